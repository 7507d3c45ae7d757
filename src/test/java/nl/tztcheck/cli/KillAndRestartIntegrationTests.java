package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process killed with SIGKILL in the middle of the check, or of the load, then the same
 * command again: the restart picks up where the run stopped and the findings are byte-identical to
 * an uninterrupted run. Also: a second run on the same input while the first runs is refused.
 */
class KillAndRestartIntegrationTests {

    @TempDir Path dir;

    private Process start(Path claims, Path out, Path log) throws IOException {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
                                dir.resolve("data").toString()));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void waitFor(Path log, String text, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' in " + Files.readString(log));
    }

    @Test
    void aKilledRunRestartsWithTheSameCommandAndGivesIdenticalFindings() throws Exception {
        // given a generated export large enough that the check step takes a few seconds
        Path claims = dir.resolve("claims.csv");
        ClaimGenerator.write(
                new GeneratorOptions(12_000, YearMonth.of(2024, 1), 3, 11L, Style.EXCEL, true),
                claims);

        // when a run is killed (SIGKILL) once the check step has started
        Path out = dir.resolve("out");
        Process first = start(claims, out, dir.resolve("first.log"));
        waitFor(dir.resolve("first.log"), "event=step_started step=check", Duration.ofMinutes(3));
        Process second = start(claims, out, dir.resolve("concurrent.log"));
        assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        first.destroyForcibly().waitFor();

        // then the concurrent run was refused, and the same command restarts the killed run to
        // completion
        assertThat(second.exitValue()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(Files.readString(dir.resolve("concurrent.log")))
                .contains("er loopt al een controle", "Wacht tot die klaar is");
        assertThat(out.resolve("findings.csv")).doesNotExist();
        Process restart = start(claims, out, dir.resolve("restart.log"));
        assertThat(restart.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String restartLog = Files.readString(dir.resolve("restart.log"));
        assertThat(restart.exitValue()).as(restartLog).isZero();
        // (the run-file engine does load, prepare and check again on a restart: its run files
        // may be on another host; the same run goes on and gives the same findings)
        assertThat(restartLog)
                .contains(
                        "is onderbroken; die gaat nu verder waar hij stopte",
                        "step_started step=report");

        // and its findings equal those of an uninterrupted run, byte for byte
        Path reference = dir.resolve("reference");
        Process clean = start(claims, reference, dir.resolve("reference.log"));
        assertThat(clean.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readAllBytes(out.resolve("findings.csv")))
                .isEqualTo(Files.readAllBytes(reference.resolve("findings.csv")));
        assertThat(Files.readAllBytes(out.resolve("lines.csv")))
                .isEqualTo(Files.readAllBytes(reference.resolve("lines.csv")));
    }

    @Test
    void aRunKilledDuringTheLoadRestartsAndStillRejectsIdsRepeatedAcrossTheKill() throws Exception {
        // given a generated export of some 200,000 rows whose last rows repeat the ids of rows near
        // its start
        Path claims = dir.resolve("claims.csv");
        ClaimGenerator.write(
                new GeneratorOptions(12_000, YearMonth.of(2024, 1), 3, 13L, Style.PLAIN, true),
                claims);
        List<String> rows = Files.readAllLines(claims);
        Files.write(claims, rows.subList(1_000, 1_020), java.nio.file.StandardOpenOption.APPEND);

        // when a run is killed (SIGKILL) after the load has staged 100,000 rows, and the same
        // command is run again
        Path out = dir.resolve("out");
        Process first = start(claims, out, dir.resolve("first.log"));
        waitFor(
                dir.resolve("first.log"),
                "event=progress step=load items=100000",
                Duration.ofMinutes(3));
        first.destroyForcibly().waitFor();
        Process restart = start(claims, out, dir.resolve("restart.log"));
        assertThat(restart.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String restartLog = Files.readString(dir.resolve("restart.log"));
        assertThat(restart.exitValue()).as(restartLog).isZero();
        assertThat(restartLog).contains("is onderbroken; die gaat nu verder waar hij stopte");

        // then the twenty repeated ids are rejected, and the outputs equal those of an
        // uninterrupted run, byte for byte
        assertThat(
                        Files.readAllLines(out.resolve("rejects.csv")).stream()
                                .filter(r -> r.contains("staat al op regel")))
                .hasSize(20);
        Path reference = dir.resolve("reference");
        Process clean = start(claims, reference, dir.resolve("reference.log"));
        assertThat(clean.waitFor(3, TimeUnit.MINUTES)).isTrue();
        for (String file : List.of("findings.csv", "rejects.csv", "lines.csv")) {
            assertThat(Files.readAllBytes(out.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
    }
}
