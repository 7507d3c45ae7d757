package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * compare-tariffs as a user reads it: Dutch by default, English with --lang en, every figure with
 * its trust and bound.
 */
class CompareTariffsCommandTests {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new CompareTariffsCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    private static String rowOf(String csv, String zorgkantoor) {
        return csv.lines()
                .filter(l -> l.startsWith(zorgkantoor + ";"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + zorgkantoor));
    }

    @Test
    void
            inDutchByDefaultANewProviderGetsAtMostTheRichttariefWhereTheSourceSaysLowerAndEachFigureSaysItsTrust()
                    throws IOException {
        // when a new provider with 30% VPT and 20% MPT compares the zorgkantoren
        int exit =
                run(
                        "--new-provider",
                        "--vpt-share",
                        "30",
                        "--mpt-share",
                        "20",
                        "--nza-amount",
                        "1.000.000,00",
                        "--out",
                        dir.toString(),
                        "--lang",
                        "nl");

        // then the CSV speaks Dutch, with the NHC/NIC basis in the header
        assertThat(exit).isZero();
        String csv = read("tariffs.csv");
        assertThat(csv)
                .startsWith(
                        "\ufeffZorgkantoor;Tariefpercentage (van het NZa-maximumtarief, exclusief NHC/NIC);Betrouwbaarheid;");
        // Zilveren Kruis and Zorg en Zekerheid say "lower" for new providers without a number: at
        // most 95,5%
        assertThat(rowOf(csv, "Zilveren Kruis Zorgkantoor"))
                .contains(";ten hoogste 95,5%;niet geverifieerd;", "ten hoogste \u20ac 955.000,00");
        assertThat(rowOf(csv, "Zorgkantoor Zorg en Zekerheid"))
                .contains(
                        ";ten hoogste 95,5%;niet geverifieerd;",
                        "1% van de contracteerruimte voor innovatie");
        // VGZ's VPT/MPT surcharges hold only with specific plans: counted, flagged, and the figure
        // without them beside it
        assertThat(rowOf(csv, "VGZ Zorgkantoor"))
                .contains(";96,32%;niet geverifieerd;95,5%;", "specifieke plannen");
        // CZ's -2 is a number: exact
        assertThat(rowOf(csv, "CZ Zorgkantoor")).contains(";93,5%;niet geverifieerd;;");
        String html = read("tariffs.html");
        assertThat(html)
                .contains(
                        "<html lang=\"nl\">",
                        "exclusief NHC/NIC",
                        "voorwaardelijk: zie &#39;Voorwaarden&#39;");
        assertThat(out.toString())
                .contains(
                        "Tariefpercentage per zorgkantoor",
                        "ten hoogste 95,5%",
                        "(niet geverifieerd)",
                        "voorwaardelijk, zonder: 95,5%");
    }

    @Test
    void langEnWritesThePageTheCsvAndTheTerminalInEnglish() throws IOException {
        // when
        int exit = run("--new-provider", "--out", dir.toString(), "--lang", "en");

        // then
        assertThat(exit).isZero();
        String csv = read("tariffs.csv");
        assertThat(csv)
                .startsWith(
                        "\ufeffZorgkantoor;Tariff percentage (of the NZa maximum tariff, excluding NHC/NIC);Trust;");
        assertThat(rowOf(csv, "Zilveren Kruis Zorgkantoor")).contains(";at most 95.5%;unverified;");
        assertThat(read("tariffs.html"))
                .contains("<html lang=\"en\">")
                .doesNotContain("ten hoogste");
        assertThat(out.toString())
                .contains("Tariff percentage per zorgkantoor", "at most 95.5%", "(unverified)")
                .doesNotContain("Tariefpercentage");
    }

    @Test
    void anUnknownLanguageExitsTwoAndWritesNothing() {
        // when
        int exit = run("--out", dir.resolve("x").toString(), "--lang", "de");

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString()).contains("'de'");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
