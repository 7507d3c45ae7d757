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

/** The check command as a user runs it: exit codes, messages, outputs. Starts Spring in-process. */
class CheckCommandIntegrationTests {

    static final Path FIXTURES = Path.of("src/test/resources/batch");

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

    private int check(Path claims, Path profiles, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "check",
                                "--claims",
                                claims.toString(),
                                "--profiles",
                                profiles.toString(),
                                "--costs",
                                FIXTURES.resolve("costs.yaml").toString(),
                                "--out",
                                dir.resolve("out").toString(),
                                "--data-dir",
                                dir.resolve("data").toString()));
        args.addAll(List.of(extra));
        return TztCheckCli.execute(args.toArray(String[]::new));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCompletedRunExitsZeroAndPrintsTheSummaryInDutchByDefault() throws Exception {
        // when
        int exit = check(FIXTURES.resolve("claims.csv"), FIXTURES.resolve("profiles"));

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out())
                .contains(
                        "Regels gelezen",
                        "14",
                        "Risicobedrag",
                        "EUR 129,16",
                        "Sluit aan",
                        "ja, tot op de cent",
                        "MONTHLY_CAP_EXCEEDED",
                        "fout",
                        "report.html")
                .doesNotContain("Money at risk");
        assertThat(Files.readString(dir.resolve("out/findings.csv")))
                .contains("Regel ", "het hele bedrag loopt risico")
                .doesNotContain("whole amount");
    }

    @Test
    void langEnPrintsTheSummaryAndWritesTheFindingsInEnglish() throws Exception {
        // when
        int exit =
                check(FIXTURES.resolve("claims.csv"), FIXTURES.resolve("profiles"), "--lang", "en");

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out())
                .contains(
                        "Lines read",
                        "14",
                        "Money at risk",
                        "EUR 129.16",
                        "Reconciles",
                        "yes, to the cent",
                        "MONTHLY_CAP_EXCEEDED",
                        "error",
                        "report.html")
                .doesNotContain("Risicobedrag");
        assertThat(Files.readString(dir.resolve("out/findings.csv")))
                .contains("Line ", "the whole amount is at risk")
                .doesNotContain("Regel ");
    }

    @Test
    void anotherLanguageChecksAgainAndTheSameLanguageSaysAlreadyChecked() throws Exception {
        // given a completed Dutch run
        assertThat(check(FIXTURES.resolve("claims.csv"), FIXTURES.resolve("profiles"))).isZero();
        stdout.reset();

        // when the same export is checked in English
        int exit =
                check(FIXTURES.resolve("claims.csv"), FIXTURES.resolve("profiles"), "--lang", "en");

        // then it is a new run (the outputs are rewritten in English), not "already checked"
        assertThat(exit).isZero();
        assertThat(out())
                .doesNotContain("Already checked", "Al gecontroleerd")
                .contains("Money at risk");
        assertThat(Files.readString(dir.resolve("out/findings.csv")))
                .contains("the whole amount is at risk");

        // and in English again it was already checked, said in English
        stdout.reset();
        assertThat(
                        check(
                                FIXTURES.resolve("claims.csv"),
                                FIXTURES.resolve("profiles"),
                                "--lang",
                                "EN"))
                .isZero();
        assertThat(out()).contains("Already checked", "--force", "Money at risk");
    }

    @Test
    void anUnknownLanguageExitsTwoNamingTheChoices() {
        // when
        int exit =
                check(FIXTURES.resolve("claims.csv"), FIXTURES.resolve("profiles"), "--lang", "de");

        // then nothing was checked, and the message names both choices in both languages
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err())
                .contains(
                        "'de'",
                        "nl (Nederlands, de standaard) of en (Engels)",
                        "nl (Dutch, the default) or en (English)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void failOnErrorExitsThreeWhenErrorsExist() {
        // when
        int exit =
                check(
                        FIXTURES.resolve("claims.csv"),
                        FIXTURES.resolve("profiles"),
                        "--fail-on",
                        "ERROR");

        // then
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS_AT_FAIL_LEVEL);
        assertThat(out()).contains("--fail-on ERROR");
    }

    @Test
    void theSameRunAgainSaysAlreadyChecked() {
        // given a completed run
        assertThat(check(FIXTURES.resolve("claims.csv"), FIXTURES.resolve("profiles"))).isZero();

        // when the same command runs again
        int exit = check(FIXTURES.resolve("claims.csv"), FIXTURES.resolve("profiles"));

        // then
        assertThat(exit).isZero();
        assertThat(out()).contains("Al gecontroleerd", "--force");
    }

    @Test
    void anInvalidProfileExitsTwoNamingFileAndFieldBeforeReadingClaims() throws Exception {
        // given a profile directory whose insurer file has a cap above the national 390 minutes
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.copy(FIXTURES.resolve("profiles/national.yaml"), profiles.resolve("national.yaml"));
        Files.writeString(
                profiles.resolve("cz.yaml"),
                Files.readString(FIXTURES.resolve("profiles/cz.yaml"))
                        .replace(
                                "tariffCeiling: {basis: PV}",
                                "tariffCeiling: {basis: PV}\n    monthlyCapMinutes: 400"));

        // when
        int exit = check(FIXTURES.resolve("claims.csv"), profiles);

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        // the validator's words are Dutch too, like the command's around them
        assertThat(err())
                .contains(
                        "cz.yaml",
                        "monthlyCapMinutes",
                        "400 minuten is boven het landelijke maximum van 390",
                        "Kan niet controleren",
                        "Er is niets gecontroleerd");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anExportWithoutARequiredColumnExitsTwoNamingTheColumn() throws Exception {
        // given an export without the minutes column
        Path claims = dir.resolve("claims.csv");
        Files.writeString(
                claims,
                "line_id;client_id;insurer_uzovi;service_code;service_date;hourly_tariff\n"
                        + "a;C1;9664;1062;2024-03-01;70,00\n");

        // when
        int exit = check(claims, FIXTURES.resolve("profiles"));

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err()).contains("claims.csv", "regel 1", "minuten (minutes)", "Wat te doen");
    }

    @Test
    void aMissingExportExitsTwo() {
        // when
        int exit = check(dir.resolve("nope.csv"), FIXTURES.resolve("profiles"));

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err()).contains("nope.csv", "bestaat niet");
    }

    @Test
    void anUnknownOptionExitsTwo() {
        // when
        int exit = TztCheckCli.execute("check", "--no-such-option");

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err()).contains("kent '--no-such-option' niet", "--help");
    }
}
