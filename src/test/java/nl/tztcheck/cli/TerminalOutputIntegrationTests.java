package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.batch.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.LoggingSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code check} on the shipped sample puts on the screen: no library warning a user cannot act
 * on; on a terminal (told with {@code -Dtzt.terminal=true}, the seam {@link Terminal#interactive()}
 * offers) only the progress line and the summary, the log lines in the data directory's log file;
 * every finding code; report.html's absolute path last.
 */
class TerminalOutputIntegrationTests {

    @TempDir Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.clearProperty(Terminal.PROPERTY);
        // one run per JVM in real use; here the next in-process run must set up its logging afresh:
        // Boot hands the log file
        // and the console threshold to logback as system properties (LOG_FILE,
        // CONSOLE_LOG_THRESHOLD), which outlive the run
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        System.getProperties().stringPropertyNames().stream()
                .filter(
                        k ->
                                k.startsWith("LOG_")
                                        || k.startsWith("CONSOLE_LOG_")
                                        || k.startsWith("FILE_LOG_"))
                .forEach(System::clearProperty);
    }

    private int checkSample() {
        return TztCheckCli.execute(
                "check",
                "--claims",
                "sample-claims/claims-small.csv",
                "--out",
                dir.resolve("out").toString(),
                "--data-dir",
                dir.resolve("data").toString());
    }

    private List<String> lines() {
        return stdout.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void onATerminalOnlyTheProgressAndTheSummaryShowAndTheLogLinesGoToTheLogFile()
            throws Exception {
        // given a person at a terminal
        System.setProperty(Terminal.PROPERTY, "true");

        // when
        int exit = checkSample();

        // then no log line and no warning on the screen, but the progress line and the summary
        assertThat(exit).isZero();
        String screen = stdout.toString(StandardCharsets.UTF_8);
        assertThat(screen)
                .doesNotContain("event=", "WARN", "Flyway", "H2 ")
                .contains("Inlezen", "klaar in", "Regels gelezen");
        // and the log lines in the data directory, for whoever wants them
        assertThat(Files.readString(dir.resolve("data").resolve(CheckCommand.LOG_FILE)))
                .contains(
                        "event=step_started step=load",
                        "event=step_finished step=prepare",
                        "event=step_finished step=cleanup");
        assertThat(lines().get(lines().size() - 1))
                .isEqualTo("Rapport: " + dir.resolve("out/report.html").toAbsolutePath());
    }

    @Test
    void
            offATerminalTheLogLinesStayOnStandardOutputWithoutLibraryWarningsAndTheSummaryNamesEveryCode()
                    throws Exception {
        // given a cron job (no terminal)
        System.setProperty(Terminal.PROPERTY, "false");

        // when
        int exit = checkSample();

        // then the key=value lines as before, no Flyway warning about the H2 version, no log file
        assertThat(exit).isZero();
        String screen = stdout.toString(StandardCharsets.UTF_8);
        assertThat(screen)
                .contains("event=step_started step=load")
                .doesNotContain("WARN", "Flyway");
        assertThat(dir.resolve("data").resolve(CheckCommand.LOG_FILE)).doesNotExist();
        // every code of summary.json is in the summary (the sample has more than the eight shown
        // before)
        JsonNode byCode =
                JsonMapper.builder()
                        .build()
                        .readTree(dir.resolve("out/summary.json").toFile())
                        .path("findings")
                        .path("byCode");
        assertThat(byCode.size()).isGreaterThan(8);
        byCode.properties()
                .forEach(
                        e ->
                                assertThat(screen)
                                        .containsPattern(
                                                "(?m)^    "
                                                        + e.getKey()
                                                        + " +\\S+ +"
                                                        + e.getValue().asLong()
                                                        + "$"));
        // and the page to open is the last line, as an absolute path
        assertThat(lines().get(lines().size() - 1))
                .isEqualTo("Rapport: " + dir.resolve("out/report.html").toAbsolutePath());
    }
}
