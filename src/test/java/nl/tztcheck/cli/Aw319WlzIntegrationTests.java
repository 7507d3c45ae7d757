package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * check on the shipped AW319 sample: without --wlz-map the run says Wlz was not checked
 * (summary.json, terminal, report.html, --fail-on WARNING); with it, the mapped client's lines in
 * its indication period become WLZ_CLIENT.
 */
class Aw319WlzIntegrationTests {

    private static final Path SAMPLE = Path.of("sample-claims/claims-small.asc");

    @TempDir Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int check(String... extra) {
        return check(SAMPLE, extra);
    }

    private int check(Path claims, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "check",
                                "--claims",
                                claims.toString(),
                                "--out",
                                dir.resolve("out").toString(),
                                "--data-dir",
                                dir.resolve("data").toString()));
        args.addAll(List.of(extra));
        return TztCheckCli.execute(args.toArray(String[]::new));
    }

    private JsonNode summary() throws Exception {
        return JsonMapper.builder().build().readTree(dir.resolve("out/summary.json").toFile());
    }

    @Test
    void withoutAWlzMapTheRunWarnsEverywhereAndFailOnWarningExitsThree() throws Exception {
        // when the AW319 sample is checked without --wlz-map, failing on warnings
        int exit = check("--fail-on", "WARNING");

        // then summary.json, the terminal and the top of report.html say Wlz was not checked, and
        // the run exits 3
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS_AT_FAIL_LEVEL);
        JsonNode run = summary().path("runFindings");
        assertThat(run).hasSize(1);
        assertThat(run.get(0).path("code").asString()).isEqualTo("WLZ_NOT_CHECKED");
        assertThat(run.get(0).path("severity").asString()).isEqualTo("WARNING");
        assertThat(run.get(0).path("message").asString()).contains("--wlz-map", "0408-0413");
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .contains(
                        "LET OP: WLZ_NOT_CHECKED (waarschuwing)",
                        "De Wlz-indicatie is niet gecontroleerd");
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html.indexOf("WLZ_NOT_CHECKED"))
                .isPositive()
                .isLessThan(html.indexOf("id=\"key-figures\""));
    }

    @Test
    void aWlzMapTurnsTheMappedClientsLinesInItsPeriodIntoWlzClientAndSilencesTheWarning()
            throws Exception {
        // given client CL000101 (lines L003 on 1 March, L004 on 8 March, L005 on 10 March, L006 on
        // 20 March) holds a Wlz
        // indication from 9 March 2024 on
        Path map =
                Files.writeString(
                        dir.resolve("wlz.csv"),
                        "client_id;wlz_from;wlz_to\nCL000101;2024-03-09;\n");

        // when
        int exit = check("--wlz-map", map.toString(), "--fail-on", "WARNING");

        // then the lines from 9 March on are refused as Wlz care, the earlier ones are not, and no
        // run finding is left
        String lines = Files.readString(dir.resolve("out/lines.csv"));
        assertThat(lineOf(lines, "L005")).contains(";INELIGIBLE;").endsWith("WLZ_CLIENT");
        assertThat(lineOf(lines, "L006")).contains(";INELIGIBLE;").endsWith("WLZ_CLIENT");
        assertThat(lineOf(lines, "L003")).doesNotContain("WLZ_CLIENT");
        assertThat(lineOf(lines, "L004")).doesNotContain("WLZ_CLIENT");
        assertThat(summary().path("runFindings")).isEmpty();
        assertThat(summary().path("findings").path("byCode").path("WLZ_CLIENT").asLong())
                .isEqualTo(2);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).doesNotContain("WLZ_NOT_CHECKED");
        assertThat(exit)
                .isEqualTo(
                        ExitCodes
                                .FINDINGS_AT_FAIL_LEVEL); // the sample has line warnings and errors
        // of its own
    }

    @Test
    void aWlzMapWithACsvExportExitsTwo() throws Exception {
        // given
        Path map = Files.writeString(dir.resolve("wlz.csv"), "client_id;wlz_from;wlz_to\n");

        // when
        int exit = check(Path.of("sample-claims/claims-small.csv"), "--wlz-map", map.toString());

        // then nothing was checked: a CSV export carries wlz_indication itself
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--wlz-map", "wlz_indication");
        assertThat(dir.resolve("out/summary.json")).doesNotExist();
    }

    private static String lineOf(String linesCsv, String lineId) {
        return linesCsv.lines()
                .filter(l -> l.contains(";" + lineId + ";"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + lineId + " in lines.csv"));
    }
}
