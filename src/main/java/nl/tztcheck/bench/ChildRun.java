package nl.tztcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs a command of tzt-check's jar as its own process ({@code java -jar tzt-check.jar ...}), as
 * cron would, and measures it from outside: wall time, and peak resident memory (VmHWM) polled from
 * /proc while it runs, and its peak heap in use from its GC log. The check's own time (without JVM
 * and Spring start-up) comes from its progress log; the lower bound prints its own.
 */
public final class ChildRun {

    /** What one run of the check gave. */
    public record Measured(
            int exitCode,
            long wallNanos,
            long jobMillis,
            long linesRead,
            long findings,
            long atRiskCents,
            long peakRssKb,
            long peakHeapMb,
            long peakLiveMb,
            Path log) {}

    /** What one run of the lower bound gave. */
    public record LowerBound(
            int exitCode,
            long nanos,
            long linesRead,
            long groups,
            long findings,
            long peakRssKb,
            long peakHeapMb,
            long peakLiveMb,
            int buckets,
            Path log) {}

    /** What one run of the DuckDB reference gave. */
    public record DuckDb(
            int exitCode,
            long wallNanos,
            long nanos,
            long rows,
            long clientMonths,
            long over390,
            long peakRssKb,
            Path log) {}

    /**
     * Peak heap: in use before a collection (garbage included), and what was left after one (an
     * upper bound of live data).
     */
    private record Process(
            int exitCode, long wallNanos, long peakRssKb, long peakHeapMb, long peakLiveMb) {}

    private static final Pattern DURATION = Pattern.compile("\"durationMs\"\\s*:\\s*(\\d+)");
    private static final Pattern READ = Pattern.compile("\"read\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern AT_RISK = Pattern.compile("\"atRiskCents\"\\s*:\\s*(\\d+)");
    private static final Pattern LOWER_BOUND =
            Pattern.compile(
                    "lower_bound lines=(\\d+) groups=(\\d+) findings=(\\d+) at_risk_cents=(-?\\d+)"
                            + " nanos=(\\d+) buckets=(\\d+)");
    private static final Pattern DUCKDB =
            Pattern.compile("duckdb rows=(\\d+) client_months=(\\d+) over_390=(\\d+) nanos=(\\d+)");

    private ChildRun() {}

    public static Measured check(
            List<String> jvmOptions,
            Path claims,
            Path profiles,
            Path costs,
            Path work,
            Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = work.resolve("out");
        Path log = work.resolve("check.log");
        Process p =
                run(
                        jvmOptions,
                        List.of(
                                "check",
                                "--claims",
                                claims.toAbsolutePath().toString(),
                                "--profiles",
                                profiles.toAbsolutePath().toString(),
                                "--costs",
                                costs.toAbsolutePath().toString(),
                                "--data-dir",
                                work.resolve("data").toString(),
                                "--out",
                                out.toString(),
                                "--force"),
                        work.resolve("gc.log"),
                        log,
                        env);
        String summary =
                Files.exists(out.resolve("summary.json"))
                        ? Files.readString(out.resolve("summary.json"))
                        : "";
        long job = jobMillisFromLog(log);
        return new Measured(
                p.exitCode(),
                p.wallNanos(),
                job >= 0 ? job : first(DURATION, summary, 1),
                first(READ, summary, 1),
                first(TOTAL, summary, 1),
                first(AT_RISK, summary, 1),
                p.peakRssKb(),
                p.peakHeapMb(),
                p.peakLiveMb(),
                log);
    }

    /**
     * The plain-Java lower bound ({@link PlainJavaCheck}) in a fresh JVM of its own, like the
     * check.
     */
    public static LowerBound lowerBound(
            List<String> jvmOptions, Path claims, Path profiles, Path costs, Path work)
            throws IOException, InterruptedException {
        Path log = work.resolve("lower-bound.log");
        Process p =
                run(
                        jvmOptions,
                        List.of(
                                "bench",
                                "lower-bound",
                                "--spill-dir",
                                work.toAbsolutePath().toString(),
                                "--claims",
                                claims.toAbsolutePath().toString(),
                                "--profiles",
                                profiles.toAbsolutePath().toString(),
                                "--costs",
                                costs.toAbsolutePath().toString()),
                        work.resolve("lower-bound-gc.log"),
                        log,
                        Map.of());
        String text = Files.readString(log);
        return new LowerBound(
                p.exitCode(),
                first(LOWER_BOUND, text, 5),
                first(LOWER_BOUND, text, 1),
                first(LOWER_BOUND, text, 2),
                first(LOWER_BOUND, text, 3),
                p.peakRssKb(),
                p.peakHeapMb(),
                p.peakLiveMb(),
                (int) first(LOWER_BOUND, text, 6),
                log);
    }

    /**
     * The DuckDB reference: {@code java -cp <duckdb jar> <program> <claims>} in a process of its
     * own (DuckDB is not in tzt-check's jar); the program prints its own time without JVM start.
     */
    public static DuckDb duckDb(Path duckDbJar, Path program, Path claims, Path work)
            throws IOException, InterruptedException {
        Path log = work.resolve("duckdb.log");
        List<String> command =
                List.of(
                        javaCommand(),
                        "-cp",
                        duckDbJar.toAbsolutePath().toString(),
                        program.toAbsolutePath().toString(),
                        claims.toAbsolutePath().toString());
        Process p = run(command, null, log, Map.of());
        String text = Files.readString(log);
        return new DuckDb(
                p.exitCode(),
                p.wallNanos(),
                first(DUCKDB, text, 4),
                first(DUCKDB, text, 1),
                first(DUCKDB, text, 2),
                first(DUCKDB, text, 3),
                p.peakRssKb(),
                log);
    }

    /** The line the lower-bound process prints, read back by {@link #lowerBound}. */
    public static String lowerBoundLine(PlainJavaCheck.Result r) {
        return "lower_bound lines="
                + r.linesRead()
                + " groups="
                + r.groups()
                + " findings="
                + r.findings()
                + " at_risk_cents="
                + r.atRiskCents()
                + " nanos="
                + r.nanos()
                + " buckets="
                + r.buckets();
    }

    private static Process run(
            List<String> jvmOptions,
            List<String> arguments,
            Path gcLog,
            Path log,
            Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-jar", jarOfThisProcess()));
        command.addAll(arguments);
        return run(command, gcLog, log, env);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Process run(
            List<String> command, @Nullable Path gcLog, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("TZT_LANG", "en");
        long start = System.nanoTime();
        java.lang.Process p = pb.start();
        long peak = 0;
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, vmHwmKb(status));
        }
        return new Process(
                p.exitValue(),
                System.nanoTime() - start,
                peak,
                gcLog == null ? -1 : peakHeapMbFromGcLog(gcLog),
                gcLog == null ? -1 : peakLiveMbFromGcLog(gcLog));
    }

    /**
     * From the first step's start to the last step's end, as the job's progress log lines say: the
     * whole job, cleanup included (summary.json's duration ends when the report is written).
     */
    static long jobMillisFromLog(Path log) throws IOException {
        java.time.Instant first = null;
        java.time.Instant last = null;
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                boolean started = line.contains("event=step_started");
                if (started || line.contains("event=step_finished")) {
                    java.time.Instant at =
                            java.time.Instant.parse(line.substring(0, line.indexOf(' ')));
                    first = first == null && started ? at : first;
                    last = at;
                }
            }
        } catch (java.io.UncheckedIOException
                | java.time.format.DateTimeParseException
                | StringIndexOutOfBoundsException e) {
            return -1;
        }
        return first == null || last == null
                ? -1
                : java.time.Duration.between(first, last).toMillis();
    }

    private static final Pattern STEP =
            Pattern.compile("event=step_finished step=([\\w:]+) .*duration_ms=(\\d+)");

    /**
     * Each step's duration as its step_finished log line says, e.g. "load=21895 prepare=1402 ..."
     * (partitions too).
     */
    public static String stepMillis(Path log) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8)) {
            Matcher m = STEP.matcher(line);
            if (m.find()) {
                sb.append(sb.length() == 0 ? "" : " ")
                        .append(m.group(1))
                        .append('=')
                        .append(m.group(2));
            }
        }
        return sb.toString();
    }

    /** One step's duration in ms from the log, or -1. */
    public static long stepMillis(Path log, String step) throws IOException {
        Matcher m =
                Pattern.compile("(?:^| )" + Pattern.quote(step) + "=(\\d+)")
                        .matcher(stepMillis(log));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static final Pattern GC_PAUSE = Pattern.compile(" (\\d+)M->(\\d+)M\\(");

    /**
     * Peak heap in use, as the JVM's own GC log says: the largest occupancy found before a
     * collection (a lower estimate of the true peak by at most what was allocated since the last
     * collection).
     */
    static long peakHeapMbFromGcLog(Path gcLog) throws IOException {
        return gcPeak(gcLog, 1);
    }

    /**
     * The most heap left in use after a collection, as the GC log says: what the process held on to
     * (an upper bound of its live data, as a young collection leaves the old generation's garbage).
     */
    static long peakLiveMbFromGcLog(Path gcLog) throws IOException {
        return gcPeak(gcLog, 2);
    }

    /**
     * The largest figure of a GC log's "before->after(size)" pauses: group 1 before, group 2 after.
     */
    private static long gcPeak(Path gcLog, int group) throws IOException {
        long peak = -1;
        if (!Files.exists(gcLog)) {
            return peak;
        }
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(group)));
            }
        }
        return peak;
    }

    /** The jar this JVM was started from ({@code java -jar X} puts exactly X on the class path). */
    static String jarOfThisProcess() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.endsWith(".jar") || cp.contains(java.io.File.pathSeparator)) {
            throw new IllegalStateException(
                    "run the benchmark with java -jar target/tzt-check.jar bench (class path: "
                            + cp
                            + ")");
        }
        return cp;
    }

    private static long vmHwmKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read: keep what was seen
        }
        return 0;
    }

    private static long first(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(group)) : -1;
    }
}
