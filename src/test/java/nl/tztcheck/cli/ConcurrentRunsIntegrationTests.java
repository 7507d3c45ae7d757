package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.Style;
import nl.tztcheck.testing.RequiredTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs as an operator meets them (issue 12): real processes, on the embedded H2 database and on
 * PostgreSQL. Two runs on different exports started side by side on one database, and the sequence
 * "a run killed in its report step; another export checked; the first restarted" each give exactly
 * the outputs of the same export checked alone. Two processes with different data directories on
 * one PostgreSQL database: one runs, the other is refused with exit 2 naming the holder. A run left
 * behind by a killed process is resumed by the same command, or given up with --abandon.
 */
class ConcurrentRunsIntegrationTests {

    /**
     * The same key everywhere, so that outputs from different data directories can be compared byte
     * for byte.
     */
    private static final String KEY = "concurrent-runs-test-key-0123456789";

    private static final List<String> OUTPUTS =
            List.of("findings.csv", "lines.csv", "rejects.csv", "evidence.json");

    enum Db {
        H2,
        POSTGRES
    }

    @TempDir static Path exports;
    static Path big;
    static Path small;

    /**
     * Each export checked alone, on its own fresh H2 data directory: what every other run must
     * reproduce.
     */
    static Path bigAlone;

    static Path smallAlone;

    @TempDir Path dir;

    @BeforeAll
    static void exportsCheckedAlone() throws Exception {
        // a three-month export with findings on many lines, and a different, small one that
        // overlaps its first month
        big = exports.resolve("big.csv");
        ClaimGenerator.write(
                new GeneratorOptions(9_000, YearMonth.of(2024, 1), 3, 7L, Style.EXCEL, true), big);
        small = exports.resolve("small.csv");
        ClaimGenerator.write(
                new GeneratorOptions(1_500, YearMonth.of(2024, 1), 1, 9L, Style.PLAIN, true),
                small);
        bigAlone = exports.resolve("big-alone");
        smallAlone = exports.resolve("small-alone");
        Process a =
                start(
                        Db.H2,
                        big,
                        bigAlone,
                        exports.resolve("data-big"),
                        exports.resolve("big-alone.log"));
        Process b =
                start(
                        Db.H2,
                        small,
                        smallAlone,
                        exports.resolve("data-small"),
                        exports.resolve("small-alone.log"));
        assertCompleted(a, exports.resolve("big-alone.log"));
        assertCompleted(b, exports.resolve("small-alone.log"));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void twoRunsOnDifferentExportsSideBySideGiveWhatEachGivesAlone(Db db) throws Exception {
        requireDatabase(db);
        Path data = dir.resolve("data");
        Process first = start(db, big, dir.resolve("big"), data, dir.resolve("big.log"));
        waitFor(dir.resolve("big.log"), "event=step_started step=load", Duration.ofMinutes(3));
        Process second = start(db, small, dir.resolve("small"), data, dir.resolve("small.log"));

        assertCompleted(first, dir.resolve("big.log"));
        assertCompleted(second, dir.resolve("small.log"));
        assertSameOutputs(dir.resolve("big"), bigAlone);
        assertSameOutputs(dir.resolve("small"), smallAlone);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aRunKilledInItsReportStepKeepsItsFindingsWhileAnotherExportIsCheckedAndThenRestarts(Db db)
            throws Exception {
        requireDatabase(db);
        Path data = dir.resolve("data");
        Process first = start(db, big, dir.resolve("big"), data, dir.resolve("first.log"));
        waitFor(dir.resolve("first.log"), "event=step_started step=report", Duration.ofMinutes(4));
        first.destroyForcibly().waitFor();

        // another export covering the killed run's first month, checked to the end on the same
        // database
        assertCompleted(
                start(db, small, dir.resolve("small"), data, dir.resolve("small.log")),
                dir.resolve("small.log"));

        Path restartLog = dir.resolve("restart.log");
        assertCompleted(start(db, big, dir.resolve("big"), data, restartLog), restartLog);
        // (the run-file engine, the default, does load, prepare and check again on a restart: its
        // run files may be on another host; what matters is the same run going on, and its outputs)
        assertThat(Files.readString(restartLog))
                .contains(
                        "is onderbroken; die gaat nu verder waar hij stopte",
                        "step_started step=report");
        assertSameOutputs(dir.resolve("big"), bigAlone);
        assertSameOutputs(dir.resolve("small"), smallAlone);
    }

    @Test
    void twoHostsOnOnePostgresDatabaseRefuseEachOtherAndAKilledRunIsResumed() throws Exception {
        requireDatabase(Db.POSTGRES);
        // two "hosts": processes with their own data directories, one database
        Path out = dir.resolve("out");
        Process first =
                start(Db.POSTGRES, 5, big, out, dir.resolve("host-a"), dir.resolve("a.log"));
        waitFor(dir.resolve("a.log"), "event=step_started step=check", Duration.ofMinutes(4));
        Process second = start(Db.POSTGRES, big, out, dir.resolve("host-b"), dir.resolve("b.log"));
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String refused = Files.readString(dir.resolve("b.log"));
        assertThat(second.exitValue()).as(refused).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(refused)
                .contains("er loopt al een controle", "pid " + first.pid())
                .doesNotContainPattern("(?m)^\\s+at ");

        // the first host dies; the second host resumes its run with the same command
        first.destroyForcibly().waitFor();
        Path resumed = dir.resolve("b2.log");
        assertCompleted(start(Db.POSTGRES, big, out, dir.resolve("host-b"), resumed), resumed);
        assertThat(Files.readString(resumed))
                .contains("is onderbroken; die gaat nu verder waar hij stopte");
        assertSameOutputs(out, bigAlone);
    }

    @Test
    void aRunGivenUpWithAbandonIsCheckedAfreshByTheSameCommand() throws Exception {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        Process first = start(Db.H2, 20, small, out, data, dir.resolve("first.log"));
        waitFor(dir.resolve("first.log"), "event=step_started step=check", Duration.ofMinutes(3));
        // H2 writes its commits to the file up to a second late (MVStore's auto-commit delay): a
        // kill -9 at once can take the run's record with it (the run-file engine's first steps
        // last less than a second here), and then there is nothing interrupted to give up
        Thread.sleep(2_000);
        first.destroyForcibly().waitFor();

        Path abandonLog = dir.resolve("abandon.log");
        Process abandon = start(Db.H2, small, out, data, abandonLog, "--abandon");
        assertThat(abandon.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(abandon.exitValue()).as(Files.readString(abandonLog)).isZero();
        assertThat(Files.readString(abandonLog)).contains("is opgegeven");

        Path again = dir.resolve("again.log");
        assertCompleted(start(Db.H2, small, out, data, again), again);
        assertThat(Files.readString(again))
                .contains("opnieuw gecontroleerd")
                .contains("step_started step=load");
        assertSameOutputs(out, smallAlone);

        // nothing left to abandon now: a mistake the user can fix, said in one sentence
        Path nothing = dir.resolve("nothing.log");
        Process none = start(Db.H2, small, dir.resolve("other-out"), data, nothing, "--abandon");
        assertThat(none.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(none.exitValue()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(Files.readString(nothing)).contains("Niets opgegeven");
    }

    @Test
    void aRunLeftUnknownIsResumedByTheSameCommand() throws Exception {
        requireDatabase(Db.POSTGRES);
        Path out = dir.resolve("out");
        Process first =
                start(Db.POSTGRES, 20, small, out, dir.resolve("data"), dir.resolve("first.log"));
        waitFor(dir.resolve("first.log"), "event=step_started step=check", Duration.ofMinutes(3));
        // H2 writes its commits to the file up to a second late (MVStore's auto-commit delay): a
        // kill -9 at once can take the run's record with it (the run-file engine's first steps
        // last less than a second here), and then there is nothing interrupted to give up
        Thread.sleep(2_000);
        first.destroyForcibly().waitFor();
        // what a failed metadata update leaves: Spring Batch refuses to restart UNKNOWN ("Cannot
        // restart job from UNKNOWN status")
        try (Connection c =
                        DriverManager.getConnection(
                                System.getenv("TZT_TEST_POSTGRES_URL"), pgUser(), pgPassword());
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN' WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)");
        }

        Path again = dir.resolve("again.log");
        assertCompleted(start(Db.POSTGRES, small, out, dir.resolve("data"), again), again);
        assertThat(Files.readString(again))
                .contains("is onderbroken; die gaat nu verder waar hij stopte");
        assertSameOutputs(out, smallAlone);
    }

    static Process start(Db db, Path claims, Path out, Path data, Path log, String... extra)
            throws IOException {
        return start(db, 0, claims, out, data, log, extra);
    }

    /**
     * With {@code groupDelayMs} > 0 the check step is slowed down (FaultInjection), so the run is
     * still going when the test meets it.
     */
    static Process start(
            Db db, int groupDelayMs, Path claims, Path out, Path data, Path log, String... extra)
            throws IOException {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx512m",
                                "-Dtzt.fault.group-delay-ms=" + groupDelayMs,
                                "-cp",
                                System.getProperty("java.class.path"),
                                TztCheckCli.class.getName(),
                                "check",
                                "--claims",
                                claims.toString(),
                                "--profiles",
                                "insurer-profiles",
                                "--costs",
                                "technology-costs.yaml",
                                "--out",
                                out.toString(),
                                "--data-dir",
                                data.toString()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb =
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("TZT_PSEUDONYM_KEY", KEY);
        env.remove("TZT_DATA_DIR");
        env.remove("SPRING_DATASOURCE_URL");
        if (db == Db.POSTGRES) {
            env.put("SPRING_DATASOURCE_URL", System.getenv("TZT_TEST_POSTGRES_URL"));
            env.put("SPRING_DATASOURCE_USERNAME", pgUser());
            env.put("SPRING_DATASOURCE_PASSWORD", pgPassword());
        }
        return pb.start();
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("TZT_TEST_POSTGRES_USER", "tzt");
    }

    private static String pgPassword() {
        return System.getenv().getOrDefault("TZT_TEST_POSTGRES_PASSWORD", "tzt");
    }

    /** PostgreSQL runs where TZT_TEST_POSTGRES_URL is set: always on CI, which starts it. */
    private static void requireDatabase(Db db) {
        if (db == Db.POSTGRES) {
            RequiredTool.require(
                    System.getenv("TZT_TEST_POSTGRES_URL") != null,
                    "PostgreSQL (TZT_TEST_POSTGRES_URL)",
                    "apt-get install postgresql; see .ci/run");
        }
    }

    private static void assertCompleted(Process p, Path log) throws Exception {
        assertThat(p.waitFor(6, TimeUnit.MINUTES)).as("still running: " + log).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }

    private static void assertSameOutputs(Path out, Path alone) throws IOException {
        for (String file : OUTPUTS) {
            // line by line first, so a difference shows as the lines that differ, not as two byte
            // arrays
            assertThat(Files.readAllLines(out.resolve(file)))
                    .as(file + " of " + out.getFileName())
                    .containsExactlyElementsOf(Files.readAllLines(alone.resolve(file)));
            assertThat(Files.readAllBytes(out.resolve(file)))
                    .as(file + " of " + out.getFileName())
                    .isEqualTo(Files.readAllBytes(alone.resolve(file)));
        }
        assertThat(Files.readAllLines(out.resolve("findings.csv"))).hasSizeGreaterThan(100);
    }

    private static void waitFor(Path log, String text, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no '" + text + "' in " + Files.readString(log));
    }
}
