package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export that gives nothing to check (only a header, no 1062 line, every line rejected) does not
 * pass as a clean run: a WARNING about the run in summary.json, on the terminal and in report.html,
 * so a nightly {@code --fail-on WARNING} exits 3. The fixture export is cut down to make each case,
 * so the rows are the tested ones of the other tests.
 */
class NothingToCheckIntegrationTests {

    static final Path FIXTURES = Path.of("src/test/resources/batch");

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
    }

    private int check(Path claims, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "check",
                                "--claims",
                                claims.toString(),
                                "--profiles",
                                FIXTURES.resolve("profiles").toString(),
                                "--costs",
                                FIXTURES.resolve("costs.yaml").toString(),
                                "--out",
                                dir.resolve("out").toString(),
                                "--data-dir",
                                dir.resolve("data").toString()));
        args.addAll(List.of(extra));
        return TztCheckCli.execute(args.toArray(String[]::new));
    }

    /**
     * The fixture's header and those of its rows that {@code keep} accepts, the row changed by
     * {@code change}.
     */
    private Path export(
            String name,
            java.util.function.Predicate<String> keep,
            java.util.function.UnaryOperator<String> change)
            throws Exception {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("claims.csv"));
        String rows =
                lines.subList(1, lines.size()).stream()
                        .filter(keep)
                        .map(change)
                        .collect(Collectors.joining("\n"));
        return Files.writeString(
                dir.resolve(name), lines.get(0) + "\n" + rows + (rows.isEmpty() ? "" : "\n"));
    }

    private JsonNode runFindings() throws Exception {
        return JsonMapper.builder()
                .build()
                .readTree(dir.resolve("out/summary.json").toFile())
                .path("runFindings");
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderOnlyExportIsAWarningThatFailOnWarningTurnsIntoExitThree() throws Exception {
        // given an export with only its header row
        Path claims = export("header-only.csv", row -> false, row -> row);

        // when
        int exit = check(claims, "--fail-on", "WARNING");

        // then
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS_AT_FAIL_LEVEL);
        JsonNode findings = runFindings();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("code").asString()).isEqualTo("NO_TECHNOLOGY_LINES");
        assertThat(findings.get(0).path("severity").asString()).isEqualTo("WARNING");
        assertThat(findings.get(0).path("message").asString())
                .contains("geen enkele declaratieregel");
        assertThat(out())
                .contains(
                        "LET OP: NO_TECHNOLOGY_LINES (waarschuwing)",
                        "geen enkele declaratieregel",
                        "--fail-on WARNING: 1 bevinding");
        assertThat(Files.readString(dir.resolve("out/report.html")))
                .contains(
                        "class=\"run-findings\"",
                        "NO_TECHNOLOGY_LINES",
                        "geen enkele declaratieregel");
        // the line files stay what they were: a header and nothing else
        assertThat(Files.readAllLines(dir.resolve("out/findings.csv"))).hasSize(1);
    }

    @Test
    void anExportWithoutA1062LineIsAWarningButNotAnError() throws Exception {
        // given only the fixture's lines that are not technology (1062) lines
        Path claims =
                export(
                        "regular-care.csv",
                        row ->
                                row.split(";", -1).length > 4
                                        && !row.split(";", -1)[4].equals("1062"),
                        row -> row);

        // when
        int exit = check(claims, "--fail-on", "ERROR");

        // then --fail-on ERROR does not fire on a warning; the warning is there all the same
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(runFindings().get(0).path("code").asString()).isEqualTo("NO_TECHNOLOGY_LINES");
        assertThat(runFindings().get(0).path("message").asString())
                .contains("Geen van de", "gelezen regels");
    }

    @Test
    void anExportWhoseEveryLineIsRejectedIsAllLinesRejectedInTheRunsLanguage() throws Exception {
        // given the fixture with every row's minutes made unreadable
        Path claims =
                export(
                        "rejected.csv",
                        row -> true,
                        row -> {
                            String[] cells = row.split(";", -1);
                            cells[6] = "veel";
                            return String.join(";", cells);
                        });
        long rows = Files.readAllLines(claims).size() - 1;

        // when
        int exit = check(claims, "--fail-on", "WARNING", "--lang", "en");

        // then
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS_AT_FAIL_LEVEL);
        assertThat(runFindings()).hasSize(1);
        assertThat(runFindings().get(0).path("code").asString()).isEqualTo("ALL_LINES_REJECTED");
        assertThat(out())
                .contains(
                        "NOTE: ALL_LINES_REJECTED (warning)",
                        "All " + rows + " lines were rejected");
    }

    @Test
    void aNormalExportHasNoRunFindings() throws Exception {
        // when
        int exit = check(FIXTURES.resolve("claims.csv"));

        // then
        assertThat(exit).isZero();
        assertThat(runFindings()).isEmpty();
        assertThat(out()).doesNotContain("LET OP");
        assertThat(Files.readString(dir.resolve("out/report.html")))
                .doesNotContain("class=\"run-findings\"");
    }
}
