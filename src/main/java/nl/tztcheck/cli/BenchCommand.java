package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.tztcheck.bench.ChildRun;
import nl.tztcheck.bench.PlainJavaCheck;
import nl.tztcheck.privacy.SafeUrl;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.GeneratorSummary;
import nl.tztcheck.samples.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: generates N lines with the seeded generator, then times, each in a fresh {@code
 * java -jar} process of its own with the same heap, the plain-Java lower bound and the full check
 * (once per partition count asked for), and prints both with their ratio and peak memory.
 * BENCHMARKS.md holds the figures and how to read them.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = BenchCommand.LowerBoundCommand.class,
        description =
                "Measures the full check against a plain-Java lower bound on seeded generated exports.")
public final class BenchCommand implements Callable<Integer> {

    /**
     * Lines per client over three months in the generator's realistic mix (35,411 lines for 2,000
     * clients).
     */
    private static final double LINES_PER_CLIENT = 35_411 / 2_000.0;

    @Option(
            names = "--lines",
            split = ",",
            paramLabel = "N",
            defaultValue = "1000000",
            description =
                    "Sizes to measure, comma-separated (about; the generator works in whole clients). Default: ${DEFAULT-VALUE}")
    List<Long> sizes;

    @Option(
            names = "--partitions",
            split = ",",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "Partitions of the check step to run the check with, comma-separated (1,2 shows the speed-up)."
                            + " Default: ${DEFAULT-VALUE}")
    List<Integer> partitions;

    @Option(
            names = "--xmx",
            paramLabel = "SIZE",
            defaultValue = "1g",
            description =
                    "Heap of the check and the lower-bound processes. Default: ${DEFAULT-VALUE}")
    String xmx;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            defaultValue = "target/bench",
            description =
                    "Where the generated exports, job state and outputs go. Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Seed of the generated exports. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--profiles",
            paramLabel = "DIR",
            defaultValue = "insurer-profiles",
            description =
                    "Map met national.yaml en een bestand per verzekeraar, waartegen gemeten wordt. Standaard: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(
            names = "--costs",
            paramLabel = "FILE",
            defaultValue = "technology-costs.yaml",
            description =
                    "Kosten van de technologie per cliënt per maand. Standaard: ${DEFAULT-VALUE}")
    Path costs;

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description =
                    "Job repository of the check process (e.g. PostgreSQL); default the embedded H2 file database.")
    String jdbcUrl;

    @Option(
            names = "--jdbc-user",
            paramLabel = "USER",
            defaultValue = "${env:SPRING_DATASOURCE_USERNAME}",
            description = "Gebruikersnaam voor --jdbc-url. Standaard: $SPRING_DATASOURCE_USERNAME")
    String jdbcUser;

    @Option(
            names = "--jdbc-password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:SPRING_DATASOURCE_PASSWORD}",
            description =
                    "Wachtwoord voor --jdbc-url; zet het liever in $SPRING_DATASOURCE_PASSWORD (de standaard), dan staat het"
                            + " niet in de proceslijst.")
    String jdbcPassword;

    @Option(names = "--skip-lower-bound", description = "Only run the check.")
    boolean skipLowerBound;

    @Option(
            names = "--results",
            paramLabel = "FILE",
            description = "Also append the results as Markdown table rows to FILE.")
    Path results;

    PrintStream stdout = System.out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // refused now, not after minutes of generating (or, for partitions, a check that never
        // ends)
        if (sizes.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(
                    spec.commandLine(), "every --lines size must be at least 1, not " + sizes);
        }
        if (partitions.stream().anyMatch(p -> p < 1 || p > 64)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "every --partitions count must be 1 to 64, not " + partitions);
        }
        if (!xmx.matches("\\d+[kKmMgG]?")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--xmx '"
                            + xmx
                            + "' is not a heap size; write it as java's -Xmx, e.g. 1g or 512m");
        }
        Files.createDirectories(work);
        ProfileSet.load(profiles); // refused here, before minutes of generating, when invalid
        CostFileReader.read(costs);
        String database =
                jdbcUrl == null
                        ? "H2 (embedded file)"
                        : jdbcUrl.startsWith("jdbc:postgresql")
                                ? "PostgreSQL"
                                : SafeUrl.forLog(jdbcUrl);
        stdout.printf(
                Locale.ROOT,
                "tzt-check bench: %d cores, JDK %s, -Xmx%s for the check and the lower bound, database %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                xmx,
                database);
        List<String> jvm = List.of("-Xmx" + xmx);
        int failures = 0;
        for (long size : sizes) {
            int clients = (int) Math.max(1, Math.round(size / LINES_PER_CLIENT));
            Path claims = work.resolve("claims-" + size + ".csv");
            long g0 = System.nanoTime();
            GeneratorSummary generated =
                    ClaimGenerator.write(
                            new GeneratorOptions(
                                    clients, YearMonth.of(2024, 1), 3, seed, Style.EXCEL, true),
                            claims);
            stdout.printf(
                    Locale.ROOT,
                    "%n%,d lines generated (%,d clients, seed %d) in %.1f s: %s%n",
                    generated.lines(),
                    clients,
                    seed,
                    seconds(System.nanoTime() - g0),
                    claims);

            ChildRun.LowerBound lower = null;
            if (!skipLowerBound) {
                Path dir = Files.createDirectories(work.resolve("lower-bound-" + size));
                lower = ChildRun.lowerBound(jvm, claims, profiles, costs, dir);
                if (lower.exitCode() != 0 || lower.linesRead() != generated.lines()) {
                    failures++;
                    stdout.printf(
                            Locale.ROOT,
                            "  lower bound FAILED: exit %d; see %s%n",
                            lower.exitCode(),
                            lower.log());
                    continue;
                }
                stdout.printf(
                        Locale.ROOT,
                        "  lower bound (plain Java, same reader and rules, no database, own JVM): %,d lines in %.1f s"
                                + " = %,.0f lines/s, %,d client-months, %,d findings, peak RSS %,d MB, peak heap %,d MB (%,d MB after GC)%n",
                        lower.linesRead(),
                        seconds(lower.nanos()),
                        perSecond(lower.linesRead(), lower.nanos()),
                        lower.groups(),
                        lower.findings(),
                        lower.peakRssKb() >> 10,
                        lower.peakHeapMb(),
                        lower.peakLiveMb());
            }
            for (int p : partitions) {
                failures += checkOnce(database, jvm, claims, generated, size, p, lower) ? 0 : 1;
            }
        }
        return failures == 0 ? ExitCodes.COMPLETED : ExitCodes.INTERNAL_FAILURE;
    }

    private boolean checkOnce(
            String database,
            List<String> jvm,
            Path claims,
            GeneratorSummary generated,
            long size,
            int partitionCount,
            ChildRun.LowerBound lower)
            throws IOException, InterruptedException {
        Path runDir =
                work.resolve(
                        "run-" + size + (jdbcUrl == null ? "-h2" : "-pg") + "-p" + partitionCount);
        deleteTree(runDir);
        Files.createDirectories(runDir);
        Map<String, String> env = new HashMap<>();
        env.put("TZT_CHECK_PARTITIONS", Integer.toString(partitionCount));
        if (jdbcUrl != null) {
            env.put("SPRING_DATASOURCE_URL", jdbcUrl);
            if (jdbcUser != null) {
                env.put("SPRING_DATASOURCE_USERNAME", jdbcUser);
            }
            if (jdbcPassword != null) {
                env.put("SPRING_DATASOURCE_PASSWORD", jdbcPassword);
            }
        }
        ChildRun.Measured m = ChildRun.check(jvm, claims, profiles, costs, runDir, env);
        if (m.exitCode() != 0 || m.linesRead() != generated.lines()) {
            stdout.printf(
                    Locale.ROOT,
                    "  full check FAILED: exit %d, %,d of %,d lines read; see %s%n",
                    m.exitCode(),
                    m.linesRead(),
                    generated.lines(),
                    m.log());
            return false;
        }
        double jobNanos = m.jobMillis() * 1e6;
        long checkStep = ChildRun.stepMillis(m.log(), "check");
        String ratio =
                lower == null
                        ? "n/a"
                        : String.format(Locale.ROOT, "%.2fx", jobNanos / lower.nanos());
        stdout.printf(
                Locale.ROOT,
                "  full check, %d partition(s) (java -Xmx%s -jar, load, check, report): job %.1f s = %,.0f lines/s"
                        + " (process wall %.1f s incl. JVM start), check step %.1f s, %,d findings, peak RSS %,d MB, peak heap %,d MB"
                        + " (%,d MB after GC)%n",
                partitionCount,
                xmx,
                jobNanos / 1e9,
                perSecond(m.linesRead(), (long) jobNanos),
                seconds(m.wallNanos()),
                checkStep / 1e3,
                m.findings(),
                m.peakRssKb() >> 10,
                m.peakHeapMb(),
                m.peakLiveMb());
        stdout.printf(Locale.ROOT, "  steps (ms): %s%n", ChildRun.stepMillis(m.log()));
        stdout.printf(Locale.ROOT, "  ratio full check / lower bound: %s%n", ratio);
        if (results != null) {
            String row =
                    String.format(
                            Locale.ROOT,
                            "| %s | %,d | %d | %s | %s | %s | %,.1f | %,.0f | %s | %,.1f | %,d / %,d / %,d | %,.1f |%n",
                            database,
                            generated.lines(),
                            partitionCount,
                            lower == null
                                    ? "n/a"
                                    : String.format(Locale.ROOT, "%,.1f", seconds(lower.nanos())),
                            lower == null
                                    ? "n/a"
                                    : String.format(
                                            Locale.ROOT,
                                            "%,.0f",
                                            perSecond(lower.linesRead(), lower.nanos())),
                            lower == null
                                    ? "n/a"
                                    : String.format(
                                            Locale.ROOT,
                                            "%,d / %,d / %,d",
                                            lower.peakRssKb() >> 10,
                                            lower.peakHeapMb(),
                                            lower.peakLiveMb()),
                            jobNanos / 1e9,
                            perSecond(m.linesRead(), (long) jobNanos),
                            ratio,
                            checkStep / 1e3,
                            m.peakRssKb() >> 10,
                            m.peakHeapMb(),
                            m.peakLiveMb(),
                            seconds(m.wallNanos()));
            Files.writeString(results, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return true;
    }

    /**
     * {@code bench lower-bound}: the lower bound alone, in the JVM it is started in (the bench
     * starts a fresh one).
     */
    @Command(
            name = "lower-bound",
            hidden = true,
            description = "Times the plain-Java lower bound on one export (used by bench).")
    static final class LowerBoundCommand implements Callable<Integer> {

        @Option(
                names = "--claims",
                paramLabel = "FILE",
                required = true,
                description = "De export (CSV) om te lezen en te controleren.")
        Path claims;

        @Option(
                names = "--profiles",
                paramLabel = "DIR",
                defaultValue = "insurer-profiles",
                description =
                        "Map met national.yaml en een bestand per verzekeraar. Standaard: ${DEFAULT-VALUE}")
        Path profiles;

        @Option(
                names = "--costs",
                paramLabel = "FILE",
                defaultValue = "technology-costs.yaml",
                description =
                        "Kosten van de technologie per cliënt per maand. Standaard: ${DEFAULT-VALUE}")
        Path costs;

        @Override
        public Integer call() throws IOException {
            PlainJavaCheck.Result r =
                    PlainJavaCheck.run(
                            claims, ProfileSet.load(profiles), CostFileReader.read(costs));
            System.out.println(ChildRun.lowerBoundLine(r));
            return ExitCodes.COMPLETED;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double perSecond(long lines, long nanos) {
        return nanos <= 0 ? 0 : lines / (nanos / 1e9);
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
