package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.tztcheck.bench.ChildRun;
import nl.tztcheck.bench.PlainJavaCheck;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.GeneratorSummary;
import nl.tztcheck.samples.Style;

/**
 * {@code bench}: generates N lines with the seeded generator, times the plain-Java lower bound in
 * this JVM, then the full check as its own {@code java -jar} process, and prints both with their
 * ratio and peak memory. BENCHMARKS.md holds the figures and how to read them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the full check against a plain-Java lower bound on seeded generated exports.")
public final class BenchCommand implements Callable<Integer> {

    /** Lines per client over three months in the generator's realistic mix (35,411 lines for 2,000 clients). */
    private static final double LINES_PER_CLIENT = 35_411 / 2_000.0;

    @Option(names = "--lines", split = ",", paramLabel = "N", defaultValue = "1000000",
            description = "Sizes to measure, comma-separated (about; the generator works in whole clients). Default: ${DEFAULT-VALUE}")
    List<Long> sizes;

    @Option(names = "--xmx", paramLabel = "SIZE", defaultValue = "1g", description = "Heap of the check process. Default: ${DEFAULT-VALUE}")
    String xmx;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the generated exports, job state and outputs go. Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated exports. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--profiles", paramLabel = "DIR", defaultValue = "insurer-profiles")
    Path profiles;

    @Option(names = "--costs", paramLabel = "FILE", defaultValue = "technology-costs.yaml")
    Path costs;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Job repository of the check process (e.g. PostgreSQL); default the embedded H2 file database.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "${env:SPRING_DATASOURCE_USERNAME}")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "${env:SPRING_DATASOURCE_PASSWORD}")
    String jdbcPassword;

    @Option(names = "--skip-lower-bound", description = "Only run the check (e.g. at 10M lines, where the lower bound holds the groups in memory).")
    boolean skipLowerBound;

    @Option(names = "--results", paramLabel = "FILE", description = "Also append the results as Markdown table rows to FILE.")
    Path results;

    PrintStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        ProfileSet profileSet = ProfileSet.load(profiles);
        CostTable costTable = CostFileReader.read(costs);
        String database = jdbcUrl == null ? "H2 (embedded file)" : jdbcUrl.startsWith("jdbc:postgresql") ? "PostgreSQL" : jdbcUrl;
        stdout.printf(Locale.ROOT, "tzt-check bench: %d cores, JDK %s, check process -Xmx%s, database %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), xmx, database);
        int failures = 0;
        for (long size : sizes) {
            int clients = (int) Math.max(1, Math.round(size / LINES_PER_CLIENT));
            Path claims = work.resolve("claims-" + size + ".csv");
            long g0 = System.nanoTime();
            GeneratorSummary generated = ClaimGenerator.write(
                    new GeneratorOptions(clients, YearMonth.of(2024, 1), 3, seed, Style.EXCEL, true), claims);
            stdout.printf(Locale.ROOT, "%n%,d lines generated (%,d clients, seed %d) in %.1f s: %s%n", generated.lines(), clients, seed,
                    seconds(System.nanoTime() - g0), claims);

            PlainJavaCheck.Result lower = null;
            long lowerHeapMb = -1;
            if (!skipLowerBound) {
                resetPeaks();
                lower = PlainJavaCheck.run(claims, profileSet, costTable);
                lowerHeapMb = peakHeapBytes() >> 20;
                stdout.printf(Locale.ROOT, "  lower bound (plain Java, same reader and rules, no database): %,d lines in %.1f s = %,.0f lines/s,"
                        + " %,d client-months, %,d findings, peak heap %,d MB%n", lower.linesRead(), seconds(lower.nanos()),
                        perSecond(lower.linesRead(), lower.nanos()), lower.groups(), lower.findings(), lowerHeapMb);
            }

            Path runDir = work.resolve("run-" + size + (jdbcUrl == null ? "-h2" : "-pg"));
            deleteTree(runDir);
            Files.createDirectories(runDir);
            Map<String, String> env = new HashMap<>();
            if (jdbcUrl != null) {
                env.put("SPRING_DATASOURCE_URL", jdbcUrl);
                if (jdbcUser != null) {
                    env.put("SPRING_DATASOURCE_USERNAME", jdbcUser);
                }
                if (jdbcPassword != null) {
                    env.put("SPRING_DATASOURCE_PASSWORD", jdbcPassword);
                }
            }
            ChildRun.Measured m = ChildRun.check(List.of("-Xmx" + xmx), claims, profiles, costs, runDir, env);
            if (m.exitCode() != 0 || m.linesRead() != generated.lines()) {
                failures++;
                stdout.printf(Locale.ROOT, "  full check FAILED: exit %d, %,d of %,d lines read; see %s%n", m.exitCode(), m.linesRead(),
                        generated.lines(), m.log());
                continue;
            }
            double jobNanos = m.jobMillis() * 1e6;
            stdout.printf(Locale.ROOT, "  full check (java -Xmx%s -jar, load, check, report): job %.1f s = %,.0f lines/s"
                    + " (process wall %.1f s incl. JVM start), %,d findings, peak RSS %,d MB, peak heap used %,d MB%n", xmx,
                    jobNanos / 1e9, perSecond(m.linesRead(), (long) jobNanos), seconds(m.wallNanos()), m.findings(), m.peakRssKb() >> 10,
                    m.peakHeapMb());
            stdout.printf(Locale.ROOT, "  steps (ms): %s%n", ChildRun.stepMillis(m.log()));
            String ratio = lower == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", jobNanos / lower.nanos());
            stdout.printf(Locale.ROOT, "  ratio full check / lower bound: %s%n", ratio);
            if (results != null) {
                String row = String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %,.1f | %,.0f | %s | %,d | %,d | %,.1f |%n", database,
                        generated.lines(), lower == null ? "n/a" : String.format(Locale.ROOT, "%,.1f", seconds(lower.nanos())),
                        lower == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", perSecond(lower.linesRead(), lower.nanos())),
                        lower == null ? "n/a" : String.format(Locale.ROOT, "%,d", lowerHeapMb), jobNanos / 1e9,
                        perSecond(m.linesRead(), (long) jobNanos), ratio, m.peakRssKb() >> 10, m.peakHeapMb(), seconds(m.wallNanos()));
                Files.writeString(results, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        return failures == 0 ? ExitCodes.COMPLETED : ExitCodes.INTERNAL_FAILURE;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double perSecond(long lines, long nanos) {
        return nanos <= 0 ? 0 : lines / (nanos / 1e9);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
