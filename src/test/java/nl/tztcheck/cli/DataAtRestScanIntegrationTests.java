package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tztcheck.batch.FaultInjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No client number or BSN of the export is at rest in clear in the data directory (the embedded H2
 * database, the pseudonym key, the run locks): after a completed run, and after a run killed
 * (halted as kill -9 would) in each step, every byte of every file is searched for every identifier
 * of the input, whole-file and as {@code strings} shows it. The directory is owner-only (0700,
 * files 0600). A BSN typed into line id, product or approval reference shows only as a token in the
 * outputs, and a credit still finds the line it reverses by it.
 */
class DataAtRestScanIntegrationTests {

    @TempDir static Path dir;

    static AtRestFixture.Export export;

    @BeforeAll
    static void export() throws Exception {
        export = AtRestFixture.export(dir);
    }

    @Test
    void aCompletedRunLeavesNoIdentifierInTheDataDirectoryOrTheOutputs() throws Exception {
        // when the export is checked to the end
        Path data = dir.resolve("completed-data");
        Path out = dir.resolve("completed-out");
        Path log = dir.resolve("completed.log");
        int exit = AtRestFixture.check(export.claims(), out, data, log, null, Map.of());
        assertThat(exit).as(Files.readString(log)).isZero();

        // then no identifier is anywhere in the data directory, which is its owner's only
        assertThat(data.resolve("tzt-check.mv.db")).exists();
        List<String> hits = AtRestFixture.scanFiles(data, export.identifiers());
        System.out.printf(
                "at-rest scan H2 completed: %d identifiers, %d files, hits: %d%n",
                export.identifiers().size(), fileCount(data), hits.size());
        assertThat(hits).isEmpty();
        assertOwnerOnly(data);

        // and the outputs show the BSNs of the free-text fields as tokens only: nowhere in clear,
        // not even in report.html or
        // findings.xlsx (scanned as bytes, so also inside the workbook's zip only where
        // uncompressed: the CSVs say the same)
        assertThat(AtRestFixture.scanFiles(out, export.identifiers())).isEmpty();
        String findings = Files.readString(out.resolve("findings.csv"));
        String lines = Files.readString(out.resolve("lines.csv"));
        assertThat(findings).contains("X-BSN-").doesNotContain(export.bsnInLineId());
        assertThat(lines)
                .contains("X-BSN-")
                .contains("Medido BSN-")
                .doesNotContain(export.bsnInLineId());
        // the credit, named X-<token>-C, reverses X-<token>: found by the token
        assertThat(
                        findings.lines()
                                .filter(
                                        l ->
                                                l.contains("CREDIT_IN_SAME_FILE")
                                                        && l.contains("X-BSN-")))
                .hasSize(1);
        // outputs are their owner's only
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "prepare", "check", "report", "cleanup"})
    void aRunKilledInAStepLeavesNoIdentifierInTheDataDirectory(String step) throws Exception {
        // when a run is killed (as kill -9) once the step's work is committed, before the step is
        // recorded as done
        Path data = dir.resolve(step + "-data");
        Path log = dir.resolve(step + ".log");
        int exit =
                AtRestFixture.check(
                        export.claims(), dir.resolve(step + "-out"), data, log, step, Map.of());
        assertThat(exit).as(Files.readString(log)).isEqualTo(FaultInjection.HALTED);
        assertThat(Files.readString(log)).contains("event=step_started step=" + step);

        // then the database file it left behind holds no identifier, and the directory is its
        // owner's only
        assertThat(data.resolve("tzt-check.mv.db")).exists();
        List<String> hits = AtRestFixture.scanFiles(data, export.identifiers());
        System.out.printf(
                "at-rest scan H2 killed after %s: %d identifiers, %d files, hits: %d%n",
                step, export.identifiers().size(), fileCount(data), hits.size());
        assertThat(hits).isEmpty();
        assertOwnerOnly(data);
    }

    @Test
    void withInsuranceVerificationTheBsnIsStagedEncryptedAndStillReachesTheService()
            throws Exception {
        Set<String> asked = new HashSet<>();
        HttpServer service = AtRestFixture.verificationService(asked);
        try {
            String url = "http://127.0.0.1:" + service.getAddress().getPort();
            // when a run with verification is killed after the verify step, and when one completes
            Path killed = dir.resolve("verify-killed-data");
            Path log = dir.resolve("verify-killed.log");
            int exit =
                    AtRestFixture.check(
                            export.claims(),
                            dir.resolve("verify-killed-out"),
                            killed,
                            log,
                            "verify",
                            Map.of(),
                            "--verification-url",
                            url);
            assertThat(exit).as(Files.readString(log)).isEqualTo(FaultInjection.HALTED);
            Path completed = dir.resolve("verify-data");
            Path log2 = dir.resolve("verify.log");
            assertThat(
                            AtRestFixture.check(
                                    export.claims(),
                                    dir.resolve("verify-out"),
                                    completed,
                                    log2,
                                    null,
                                    Map.of(),
                                    "--verification-url",
                                    url))
                    .as(Files.readString(log2))
                    .isZero();

            // then the service was asked with the real BSNs (decrypted in memory), and none is at
            // rest
            assertThat(asked).isNotEmpty().isSubsetOf(export.identifiers());
            for (Path data : List.of(killed, completed)) {
                List<String> hits = AtRestFixture.scanFiles(data, export.identifiers());
                System.out.printf(
                        "at-rest scan H2 with verification (%s): %d identifiers, hits: %d%n",
                        data.getFileName(), export.identifiers().size(), hits.size());
                assertThat(hits).isEmpty();
                assertOwnerOnly(data);
            }
        } finally {
            service.stop(0);
        }
    }

    private static long fileCount(Path data) throws Exception {
        try (Stream<Path> walk = Files.walk(data)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    static void assertOwnerOnly(Path data) throws Exception {
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode)
                        .as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }
}
