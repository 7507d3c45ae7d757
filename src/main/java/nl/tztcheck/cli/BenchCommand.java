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
import nl.tztcheck.samples.ExportOrder;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.GeneratorSummary;
import nl.tztcheck.samples.Mix;
import nl.tztcheck.samples.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: per size and export order (date, shuffled, client), generates N lines with the
 * seeded generator (heavy or light mix), then times, each in a process of its own, the plain-Java
 * lower bound (any order), the DuckDB reference (when its driver is given) and the full check (once
 * per partition count asked for), and prints them with the ratio check / lower bound and peak
 * memory. BENCHMARKS.md says how to run it and how to read the figures.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = BenchCommand.LowerBoundCommand.class,
        description =
                "Measures the full check against a plain-Java lower bound on seeded generated exports.")
public final class BenchCommand implements Callable<Integer> {

    /** Clients of the sample the lines per client of a mix are measured on. */
    private static final int SAMPLE_CLIENTS = 2_000;

    /** The head of the Markdown table --results appends to (written when the file is new). */
    static final String RESULTS_HEADER =
            "| database | order | mix | lines | partitions | lower bound s | lower bound RSS / heap /"
                    + " live MB | check wall s | job s (no JVM start) | ratio check wall / lower bound"
                    + " | check step s | check RSS / heap / live MB | findings a line | DuckDB s (in"
                    + " process / wall) |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";

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
            names = "--orders",
            split = ",",
            paramLabel = "ORDER",
            defaultValue = "date,shuffled,client",
            description =
                    "Volgordes van de gegenereerde export om te meten, met komma's: date (op zorgdatum), shuffled"
                            + " (willekeurig, vast per seed), client (per cliënt). Standaard: ${DEFAULT-VALUE}")
    List<ExportOrder> orders;

    @Option(
            names = "--mix",
            paramLabel = "light|heavy",
            defaultValue = "heavy",
            description =
                    "heavy: bevindingen op de meeste regels; light: de realistische mix (ongeveer een bevinding per"
                            + " zeven regels). Standaard: ${DEFAULT-VALUE}")
    Mix mix;

    @Option(
            names = "--duckdb-jar",
            paramLabel = "JAR",
            description =
                    "De DuckDB-JDBC-driver (bench/run.sh haalt hem op): meet ook de DuckDB-referentie. Zonder deze"
                            + " optie wordt die overgeslagen.")
    Path duckDbJar;

    @Option(
            names = "--duckdb-program",
            paramLabel = "FILE",
            defaultValue = "bench/DuckDbReference.java",
            description =
                    "Het Java-programma van de DuckDB-referentie. Standaard: ${DEFAULT-VALUE}")
    Path duckDbProgram;

    @Option(
            names = "--lower-bound-xmx",
            paramLabel = "SIZE",
            description =
                    "Heap van de ondergrens, als die anders moet zijn dan --xmx. Standaard: dezelfde als --xmx")
    String lowerBoundXmx;

    @Option(
            names = "--keep-outputs",
            description =
                    "Bewaar de exports, uitvoer en gegevensmappen van elke meting (standaard alleen de logs: een"
                            + " export van 10M regels met veel bevindingen geeft gigabytes).")
    boolean keepOutputs;

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
        String lowerXmx = lowerBoundXmx == null ? xmx : lowerBoundXmx;
        for (String[] heap : new String[][] {{"--xmx", xmx}, {"--lower-bound-xmx", lowerXmx}}) {
            if (!heap[1].matches("\\d+[kKmMgG]?")) {
                throw new ParameterException(
                        spec.commandLine(),
                        heap[0]
                                + " '"
                                + heap[1]
                                + "' is not a heap size; write it as java's -Xmx, e.g. 1g or 512m");
            }
        }
        if (orders.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--orders names no order");
        }
        if (duckDbJar != null && !Files.isRegularFile(duckDbJar)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--duckdb-jar "
                            + duckDbJar
                            + " is not a file; run bench/run.sh (it fetches the driver) or leave the"
                            + " option out");
        }
        if (duckDbJar != null && !Files.isRegularFile(duckDbProgram)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--duckdb-program "
                            + duckDbProgram
                            + " is not a file; run the bench from the project folder or give the path"
                            + " of bench/DuckDbReference.java");
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
                "tzt-check bench: %d cores, JDK %s, -Xmx%s for the check, -Xmx%s for the lower bound,"
                        + " database %s, %s mix, orders %s, DuckDB reference %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                xmx,
                lowerXmx,
                database,
                name(mix),
                orders.stream().map(BenchCommand::name).toList(),
                duckDbJar == null ? "skipped (no --duckdb-jar)" : duckDbJar);
        List<String> jvm = List.of("-Xmx" + xmx);
        List<String> lowerJvm = List.of("-Xmx" + lowerXmx);
        GeneratorOptions base =
                new GeneratorOptions(
                        SAMPLE_CLIENTS,
                        YearMonth.of(2024, 1),
                        3,
                        seed,
                        Style.EXCEL,
                        true,
                        mix,
                        ExportOrder.CLIENT);
        // lines per client of this mix, from a sample of the generator itself (17.7 light, ~27
        // heavy)
        double linesPerClient =
                new ClaimGenerator(base).writeTo(java.io.Writer.nullWriter()).lines()
                        / (double) SAMPLE_CLIENTS;
        int failures = 0;
        for (long size : sizes) {
            int clients = (int) Math.max(1, Math.round(size / linesPerClient));
            for (ExportOrder order : orders) {
                failures +=
                        measure(
                                base.withClients(clients).withOrder(order),
                                size,
                                database,
                                jvm,
                                lowerJvm);
            }
        }
        return failures == 0 ? ExitCodes.COMPLETED : ExitCodes.INTERNAL_FAILURE;
    }

    /** One export: generate, lower bound, DuckDB, the check per partition count; failures. */
    private int measure(
            GeneratorOptions options,
            long size,
            String database,
            List<String> jvm,
            List<String> lowerJvm)
            throws IOException, InterruptedException {
        String label = size + "-" + name(options.mix()) + "-" + name(options.order());
        Path claims = work.resolve("claims-" + label + ".csv");
        long g0 = System.nanoTime();
        GeneratorSummary generated = ClaimGenerator.write(options, claims);
        stdout.printf(
                Locale.ROOT,
                "%n%,d lines generated (%,d clients, seed %d, %s mix, %s order) in %.1f s: %s%n",
                generated.lines(),
                options.clients(),
                options.seed(),
                name(options.mix()),
                name(options.order()),
                seconds(System.nanoTime() - g0),
                claims);
        int failures = 0;
        try {
            ChildRun.LowerBound lower = null;
            if (!skipLowerBound) {
                Path dir = Files.createDirectories(work.resolve("lower-bound-" + label));
                lower = ChildRun.lowerBound(lowerJvm, claims, profiles, costs, dir);
                if (lower.exitCode() != 0 || lower.linesRead() != generated.lines()) {
                    stdout.printf(
                            Locale.ROOT,
                            "  lower bound FAILED: exit %d; see %s%n",
                            lower.exitCode(),
                            lower.log());
                    return 1;
                }
                stdout.printf(
                        Locale.ROOT,
                        "  lower bound (plain Java, any order, same reader and rules, no database, own JVM -Xmx%s): %,d"
                                + " lines in %.1f s = %,.0f lines/s, %s, %,d client-months, %,d findings, peak RSS %,d MB,"
                                + " peak heap %,d MB (%,d MB after GC)%n",
                        lowerJvm.get(0).substring(4),
                        lower.linesRead(),
                        seconds(lower.nanos()),
                        perSecond(lower.linesRead(), lower.nanos()),
                        lower.buckets() <= 1
                                ? "grouped in memory"
                                : "grouped in " + lower.buckets() + " hash buckets on disk",
                        lower.groups(),
                        lower.findings(),
                        lower.peakRssKb() >> 10,
                        lower.peakHeapMb(),
                        lower.peakLiveMb());
            }
            ChildRun.DuckDb duck = null;
            if (duckDbJar == null) {
                stdout.printf(
                        Locale.ROOT,
                        "  DuckDB reference skipped: no --duckdb-jar (bench/run.sh fetches it)%n");
            } else {
                Path dir = Files.createDirectories(work.resolve("duckdb-" + label));
                duck = ChildRun.duckDb(duckDbJar, duckDbProgram, claims, dir);
                if (duck.exitCode() != 0 || duck.rows() != generated.lines()) {
                    // an outside reference: reported, but the check's measurement goes on
                    stdout.printf(
                            Locale.ROOT,
                            "  DuckDB reference FAILED: exit %d, %,d of %,d rows; see %s%n",
                            duck.exitCode(),
                            duck.rows(),
                            generated.lines(),
                            duck.log());
                    duck = null;
                } else {
                    stdout.printf(
                            Locale.ROOT,
                            "  DuckDB reference (minutes of 1062 per client-month from the CSV, over JDBC, own"
                                    + " JVM): %.2f s in the process, %.1f s wall incl. JVM start, %,d client-months,"
                                    + " %,d above 390 minutes, peak RSS %,d MB%n",
                            seconds(duck.nanos()),
                            seconds(duck.wallNanos()),
                            duck.clientMonths(),
                            duck.over390(),
                            duck.peakRssKb() >> 10);
                }
            }
            for (int p : partitions) {
                failures +=
                        checkOnce(database, jvm, claims, options, generated, label, p, lower, duck)
                                ? 0
                                : 1;
            }
        } finally {
            if (!keepOutputs) {
                Files.deleteIfExists(claims);
            }
        }
        return failures;
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private boolean checkOnce(
            String database,
            List<String> jvm,
            Path claims,
            GeneratorOptions options,
            GeneratorSummary generated,
            String label,
            int partitionCount,
            ChildRun.LowerBound lower,
            ChildRun.DuckDb duck)
            throws IOException, InterruptedException {
        Path runDir =
                work.resolve(
                        "run-" + label + (jdbcUrl == null ? "-h2" : "-pg") + "-p" + partitionCount);
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
        if (!keepOutputs) {
            deleteTree(runDir.resolve("out"));
            deleteTree(runDir.resolve("data"));
        }
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
                        : String.format(
                                Locale.ROOT, "%.2fx", m.wallNanos() / (double) lower.nanos());
        String jobRatio =
                lower == null
                        ? "n/a"
                        : String.format(Locale.ROOT, "%.2fx", jobNanos / lower.nanos());
        stdout.printf(
                Locale.ROOT,
                "  full check, %d partition(s) (java -Xmx%s -jar, all steps and outputs): process wall %.1f s"
                        + " incl. JVM start = %,.0f lines/s; job %.1f s without JVM start; check step %.1f s, %,d"
                        + " findings (%.2f a line), peak RSS %,d MB, peak heap %,d MB (%,d MB after GC)%n",
                partitionCount,
                xmx,
                seconds(m.wallNanos()),
                perSecond(m.linesRead(), m.wallNanos()),
                jobNanos / 1e9,
                checkStep / 1e3,
                m.findings(),
                m.findings() / (double) Math.max(1, m.linesRead()),
                m.peakRssKb() >> 10,
                m.peakHeapMb(),
                m.peakLiveMb());
        stdout.printf(Locale.ROOT, "  steps (ms): %s%n", ChildRun.stepMillis(m.log()));
        stdout.printf(
                Locale.ROOT,
                "  ratio full check (process wall) / lower bound: %s (job without JVM start: %s)%n",
                ratio,
                jobRatio);
        if (results != null) {
            // | database | order | mix | lines | partitions | lower bound s | lower bound RSS /
            // heap / live MB
            // | check wall s | job s | ratio | check step s | check RSS / heap / live MB | findings
            // a line
            // | DuckDB s (in process / wall) |
            String row =
                    String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %,d | %d | %s | %s | %,.1f | %,.1f | %s | %,.1f | %,d / %,d / %,d | %.2f | %s |%n",
                            database,
                            name(options.order()),
                            name(options.mix()),
                            generated.lines(),
                            partitionCount,
                            lower == null
                                    ? "n/a"
                                    : String.format(Locale.ROOT, "%,.1f", seconds(lower.nanos())),
                            lower == null
                                    ? "n/a"
                                    : String.format(
                                            Locale.ROOT,
                                            "%,d / %,d / %,d",
                                            lower.peakRssKb() >> 10,
                                            lower.peakHeapMb(),
                                            lower.peakLiveMb()),
                            seconds(m.wallNanos()),
                            jobNanos / 1e9,
                            ratio,
                            checkStep / 1e3,
                            m.peakRssKb() >> 10,
                            m.peakHeapMb(),
                            m.peakLiveMb(),
                            m.findings() / (double) Math.max(1, m.linesRead()),
                            duck == null
                                    ? "n/a"
                                    : String.format(
                                            Locale.ROOT,
                                            "%.2f / %.1f",
                                            seconds(duck.nanos()),
                                            seconds(duck.wallNanos())));
            if (!Files.exists(results)) {
                Files.writeString(results, RESULTS_HEADER);
            }
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

        @Option(
                names = "--buckets",
                paramLabel = "N",
                defaultValue = "0",
                description =
                        "1: groeperen in het geheugen; meer: eerst in zoveel bestanden op schijf; 0: naar de heap."
                                + " Standaard: ${DEFAULT-VALUE}")
        int buckets;

        @Option(
                names = "--spill-dir",
                paramLabel = "DIR",
                defaultValue = "${java.io.tmpdir}",
                description =
                        "Waar de tijdelijke bestanden van de groepering komen (na afloop verwijderd).")
        Path spillDir;

        @Override
        public Integer call() throws IOException {
            int k = buckets > 0 ? buckets : PlainJavaCheck.bucketsFor(claims);
            PlainJavaCheck.Result r =
                    PlainJavaCheck.run(
                            claims,
                            ProfileSet.load(profiles),
                            CostFileReader.read(costs),
                            k,
                            spillDir);
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
