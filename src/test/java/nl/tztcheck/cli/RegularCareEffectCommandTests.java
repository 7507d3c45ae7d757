package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.businesscase.EffectFixtures;
import nl.tztcheck.comparison.report.RegularCareEffectReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** regular-care-effect as the command line runs it (no Spring). */
class RegularCareEffectCommandTests {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new RegularCareEffectCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesThePagesAndADutchSummary() throws IOException {
        // given ten hand-computed clients (570 before, 435 after at PV 65.00)
        Path claims =
                EffectFixtures.export(dir, EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420));
        Path profiles = EffectFixtures.profiles(dir);

        // when
        int exit =
                run(
                        "--claims",
                        claims.toString(),
                        "--profiles",
                        profiles.toString(),
                        "--out",
                        dir.resolve("out").toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "waargenomen verschil, geen causaal effect",
                        "Alpha",
                        "570",
                        "435",
                        "-135",
                        "€ -146,25",
                        "PV € 65,00 (illustratief)");
        assertThat(dir.resolve("out").resolve(RegularCareEffectReport.HTML)).exists();
        assertThat(dir.resolve("out").resolve(RegularCareEffectReport.CSV)).exists();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aWindowOfNoMonthsIsExitTwoWithOneDutchSentenceAndNothingWritten() throws IOException {
        // given
        Path claims =
                EffectFixtures.export(dir, EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420));

        // when
        int exit =
                run(
                        "--claims",
                        claims.toString(),
                        "--before",
                        "0",
                        "--out",
                        dir.resolve("out").toString());

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString())
                .contains("--before 0 --after 2", "van 1 tot en met 24")
                .doesNotContain("Exception", "\tat ");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void aMissingExportIsExitTwoInTheChosenLanguage() {
        // when
        int exit =
                run(
                        "--claims",
                        dir.resolve("nope.csv").toString(),
                        "--lang",
                        "en",
                        "--out",
                        dir.resolve("out").toString());

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString()).contains("nope.csv", "does not exist");
    }
}
