package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes a user can fix end with exit 2 and one sentence saying what, where and what to do (Dutch
 * unless --lang en), never with a stack trace or the advice to run the same command again that
 * cannot succeed. One row per mistake, run in-process as {@code java -jar tzt-check.jar ARGS}
 * would; {@code {dir}} in the arguments is a fresh folder, in which {@code {dir}/file} is a regular
 * file.
 *
 * <p>Not writable as root: root ignores permission bits, so the rows make a folder impossible
 * instead ({@code --out} under a regular file); a location even root cannot write to ({@code /sys})
 * is an extra test that runs where there is one.
 */
class UserMistakesIntegrationTests {

    /** A stack trace line as the JVM prints it ("\tat org.springframework..."). */
    private static final Pattern STACK_TRACE_LINE = Pattern.compile("(?m)^\\s+at [a-z]+\\.");

    private static final String CHECK = "check --data-dir {dir}/data --out {dir}/out";

    @TempDir Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() throws IOException {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("file"), "not a folder");
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // check: the verification URL, before Spring starts
                row(
                        CHECK + " --verification-url http://127.0.0.1:9/x",
                        "http://127.0.0.1:9/x gebruikt geen https://"),
                row(
                        CHECK + " --verification-url https://exa|mple.com/",
                        "is geen geldig adres; schrijf het als https://host"),
                row(CHECK + " --verification-url https:///x", "staat geen servernaam"),
                row(
                        CHECK + " --verification-url https://user:secret@verify.example/x",
                        "https://***@verify.example/x bevat een gebruikersnaam"),
                // check: --out and --data-dir
                row(
                        "check --data-dir {dir}/data --out {dir}/file",
                        "--out {dir}/file is een bestand, geen map"),
                row(
                        "check --data-dir {dir}/data --out {dir}/file/sub",
                        "--out {dir}/file/sub kan geen map worden, want {dir}/file is een bestand"),
                row(
                        "check --data-dir {dir}/file --out {dir}/out",
                        "--data-dir {dir}/file is een bestand, geen map"),
                row(
                        "check --data-dir {dir}/file/sub --out {dir}/out",
                        "--data-dir {dir}/file/sub kan geen map worden"),
                // option values and names, every command
                row(
                        CHECK + " --fail-on FATAL",
                        "'FATAL' bij --fail-on is geen geldige keuze (kies uit ERROR (fout), WARNING (waarschuwing), INFO (informatie))"),
                row(CHECK + " --forse", "tzt-check check kent '--forse' niet (bedoelt u --force?)"),
                row(
                        "generate --clients many --out {dir}/g.csv",
                        "'many' bij --clients is geen geheel getal"),
                row(
                        "generate --first-month 2024-13 --out {dir}/g.csv",
                        "'2024-13' bij --first-month is geen maand in de vorm JJJJ-MM"),
                row(
                        "generate --style fancy --out {dir}/g.csv",
                        "'fancy' bij --style is geen geldige keuze"),
                row("generate --clients 10", "tzt-check generate heeft --out-file nodig"),
                row(
                        "export-aw319 --claims {dir}/c.csv --out {dir}/c.asc --invoice-date 2024-02-30",
                        "'2024-02-30' bij --invoice-date is geen datum in de vorm JJJJ-MM-DD"),
                row(
                        "bench --lines 1e6 --work {dir}/bench",
                        "'1e6' bij --lines is geen geheel getal"),
                row(
                        "bench --lines 10 --partitions 0 --work {dir}/bench",
                        "every --partitions count must be 1 to 64"),
                row(
                        "bench --lines 10 --xmx lots --work {dir}/bench",
                        "--xmx 'lots' is not a heap size"),
                row("what-if --claims", "Kan niet uitvoeren: "),
                row("aggregate --out {dir}/agg", "tzt-check aggregate heeft --evidence nodig"),
                row(
                        "compare-profiles --date 30-02-2024",
                        "'30-02-2024' bij --date is geen datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ"),
                row("compare-tariffs --vpt-share half", "'half' bij --vpt-share is geen getal"),
                row("break-even --date yesterday", "'yesterday' bij --date is geen datum"),
                row(
                        "profiles sync --profiles {dir}/p",
                        "tzt-check profiles sync heeft --from nodig"),
                row("profiles sink", "tzt-check profiles kent 'sink' niet"),
                // English with --lang en
                row(
                        CHECK + " --lang en --verification-url http://127.0.0.1:9/x",
                        "http://127.0.0.1:9/x does not use https://"),
                row(
                        "check --lang en --data-dir {dir}/data --out {dir}/file",
                        "--out {dir}/file is a file, not a folder"),
                row(
                        CHECK + " --lang en --fail-on FATAL",
                        "'FATAL' for --fail-on is not a valid choice (choose from ERROR (fout), WARNING (waarschuwing), INFO (informatie))"),
                row(
                        "generate --lang en --clients 10",
                        "Cannot run: tzt-check generate needs --out-file"));
    }

    private static Arguments row(String args, String phrase) {
        return Arguments.of(args, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeExitsTwoWithOneSentenceAndNoStackTrace(String args, String phrase) {
        // when
        int exit =
                TztCheckCli.execute(
                        Arrays.stream(args.split(" ")).map(this::resolve).toArray(String[]::new));

        // then: exit 2, one line on stderr with the key phrase, no stack trace anywhere, nothing
        // run
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err)
                .contains(resolve(phrase))
                .doesNotContain("opnieuw om verder te gaan", "run the same command");
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(STACK_TRACE_LINE.matcher(err + stdout.toString(StandardCharsets.UTF_8)).find())
                .as(err)
                .isFalse();
        assertThat(dir.resolve("data/tzt-check.mv.db")).doesNotExist();
    }

    @Test
    void theVerificationUrlsPasswordAndQueryAreNotRepeated() {
        // when
        int exit =
                TztCheckCli.execute(
                        "check",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--out",
                        dir.resolve("out").toString(),
                        "--verification-url",
                        "https://tzt:hunter2@verify.example/v1?token=s3cret");

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("https://***@verify.example/v1...")
                .doesNotContain("hunter2", "s3cret", "tzt:");
    }

    @Test
    void aFolderEvenRootCannotWriteToExitsTwoNamingIt() {
        // given a location where creating a file fails for root too (sysfs); skipped where there is
        // none
        Path sys = Path.of("/sys");
        assumeTrue(
                Files.isDirectory(sys) && !canCreateIn(sys),
                "no folder here that even root cannot write to");

        // when
        int exit =
                TztCheckCli.execute(
                        "check",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--out",
                        "/sys/tzt-check-out");

        // then
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err)
                .contains(
                        "in de map /sys/tzt-check-out (--out) kan niet worden geschreven",
                        "kies bij --out een map");
        assertThat(STACK_TRACE_LINE.matcher(err).find()).isFalse();
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String resolve(String s) {
        return s.replace("{dir}", dir.toString());
    }
}
