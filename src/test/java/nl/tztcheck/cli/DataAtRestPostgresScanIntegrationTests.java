package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.batch.FaultInjection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data-at-rest scan on PostgreSQL (TZT_TEST_POSTGRES_URL; skipped without it, but failed on CI,
 * CI=true): after a completed run, after a run killed once its check step's work is committed (its
 * staging tables {@code tzt_run<id>_*} then stay until it is restarted), and after that run's
 * restart, every row of every table of the schema is read and searched for every client number and
 * BSN of the export: none may be there. The export's identifiers are random per test run, so rows
 * other runs left in the database never count.
 */
class DataAtRestPostgresScanIntegrationTests {

    @TempDir static Path dir;

    static String url;
    static String user;
    static String password;
    static AtRestFixture.Export export;

    @BeforeAll
    static void postgres() throws Exception {
        url = System.getenv("TZT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(
                        "TZT_TEST_POSTGRES_URL is not set on CI: .ci/run starts PostgreSQL and sets it");
            }
            Assumptions.abort("TZT_TEST_POSTGRES_URL not set: the PostgreSQL scan is skipped");
        }
        user = System.getenv().getOrDefault("TZT_TEST_POSTGRES_USER", "tzt");
        password = System.getenv().getOrDefault("TZT_TEST_POSTGRES_PASSWORD", "tzt");
        export = AtRestFixture.export(dir);
    }

    /**
     * On the database engine: the one that stages rows in PostgreSQL tables (the run-file engine
     * keeps them in the data directory, scanned by DataAtRestScanIntegrationTests).
     */
    private static Map<String, String> env() {
        return Map.of(
                "SPRING_DATASOURCE_URL",
                url,
                "SPRING_DATASOURCE_USERNAME",
                user,
                "SPRING_DATASOURCE_PASSWORD",
                password,
                "TZT_CHECK_ENGINE",
                "database");
    }

    @Test
    void noIdentifierIsInAnyTableAfterACompletedAKilledAndARestartedRun() throws Exception {
        // when the export is checked to the end
        Path log = dir.resolve("completed.log");
        assertThat(
                        AtRestFixture.check(
                                export.claims(),
                                dir.resolve("completed-out"),
                                dir.resolve("data"),
                                log,
                                null,
                                env()))
                .as(Files.readString(log))
                .isZero();
        // then no table holds an identifier
        assertNoIdentifierInAnyTable("completed");
        assertThat(AtRestFixture.scanFiles(dir.resolve("data"), export.identifiers())).isEmpty();

        // when a run (another output directory: another run) is killed once its check step's work
        // is committed
        Path out = dir.resolve("killed-out");
        Path killedLog = dir.resolve("killed.log");
        assertThat(
                        AtRestFixture.check(
                                export.claims(),
                                out,
                                dir.resolve("data"),
                                killedLog,
                                "check",
                                env()))
                .as(Files.readString(killedLog))
                .isEqualTo(FaultInjection.HALTED);
        // then its staging tables are there, and neither they nor any other table holds an
        // identifier
        List<String> staged =
                tables().stream().filter(t -> t.matches("tzt_run\\d+_result")).toList();
        assertThat(staged).isNotEmpty();
        assertNoIdentifierInAnyTable("killed after check");

        // and after the restart completes, none either
        Path restartLog = dir.resolve("restart.log");
        assertThat(
                        AtRestFixture.check(
                                export.claims(), out, dir.resolve("data"), restartLog, null, env()))
                .as(Files.readString(restartLog))
                .isZero();
        assertNoIdentifierInAnyTable("restarted");
        assertThat(AtRestFixture.scanFiles(dir.resolve("data"), export.identifiers())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "prepare", "check", "report", "cleanup"})
    void noIdentifierIsInAnyTableAfterARunKilledInAStep(String step) throws Exception {
        // when a run is killed (as kill -9) once the step's work is committed, its own output
        // directory making it a run of its own
        Path log = dir.resolve("killed-" + step + ".log");
        assertThat(
                        AtRestFixture.check(
                                export.claims(),
                                dir.resolve("killed-" + step),
                                dir.resolve("data"),
                                log,
                                step,
                                env()))
                .as(Files.readString(log))
                .isEqualTo(FaultInjection.HALTED);
        // then no table, the stuck run's staging tables included, holds an identifier
        assertNoIdentifierInAnyTable("killed after " + step);
    }

    private static List<String> tables() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                ResultSet rs =
                        c.createStatement()
                                .executeQuery(
                                        "SELECT table_name FROM information_schema.tables"
                                                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * SELECT * from every table of the schema; every value as text searched for every identifier.
     */
    private static void assertNoIdentifierInAnyTable(String scenario) throws Exception {
        Set<String> ids = export.identifiers();
        List<String> hits = new ArrayList<>();
        long rows = 0;
        List<String> tables = tables();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v == null) {
                                continue;
                            }
                            for (String id : ids) {
                                if (v.contains(id)) {
                                    hits.add(
                                            table
                                                    + "."
                                                    + rs.getMetaData().getColumnName(i)
                                                    + ": "
                                                    + id);
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(
                "at-rest scan PostgreSQL %s: %d identifiers, %d tables, %d rows, hits: %d%n",
                scenario, ids.size(), tables.size(), rows, hits.size());
        assertThat(hits).as(scenario).isEmpty();
    }
}
