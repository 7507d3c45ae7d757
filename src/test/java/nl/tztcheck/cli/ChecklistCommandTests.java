package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code checklist} as a user runs it on the shipped profiles: the files written, and one sentence
 * with exit 2 on a mistake.
 */
class ChecklistCommandTests {

    private static final ProfileSet SHIPPED = ProfileSet.load(Path.of("insurer-profiles"));

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = CommandLineErrors.install(new CommandLine(new ChecklistCommand()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2026})
    void onePageInHtmlAndMarkdownPerShippedInsurerPlusAnIndex(int year) throws IOException {
        // when
        int exit = run("--year", String.valueOf(year), "--out", dir.toString());

        // then
        assertThat(exit).as(err.toString()).isZero();
        List<String> expected = new ArrayList<>(List.of("index.html", "index.md"));
        for (InsurerProfile p : SHIPPED.insurers()) {
            expected.add(p.id() + "-" + year + ".html");
            expected.add(p.id() + "-" + year + ".md");
        }
        assertThat(written())
                .containsExactlyInAnyOrderElementsOf(expected)
                .hasSize(2 + 2 * SHIPPED.insurers().size());
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        for (InsurerProfile p : SHIPPED.insurers()) {
            assertThat(index).contains("href=\"" + p.id() + "-" + year + ".html\"");
            assertThat(out.toString()).contains(p.name() + " " + year + ": ");
        }
        assertThat(out.toString())
                .contains(
                        "Controlelijsten geschreven in " + dir + ": " + SHIPPED.insurers().size());
    }

    @Test
    void theNonContractedInsurerIsSaidSoInTheIndexAndOnTheTerminal() throws IOException {
        int exit = run("--year", "2024", "--out", dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Menzis 2024: niet gecontracteerd, voorwaarden illustratief");
        assertThat(Files.readString(dir.resolve("index.md"), StandardCharsets.UTF_8))
                .contains("| Menzis | niet gecontracteerd | illustratief |");
    }

    @Test
    void oneInsurerByItsIdOrByAUzoviCodeInEnglish() throws IOException {
        // when VGZ is asked for by its UZOVI code
        int exit =
                run(
                        "--date",
                        "2025-03-01",
                        "--insurer",
                        "7095",
                        "--out",
                        dir.toString(),
                        "--lang",
                        "en");

        // then
        assertThat(exit).as(err.toString()).isZero();
        assertThat(written())
                .containsExactly("index.html", "index.md", "vgz-2025.html", "vgz-2025.md");
        assertThat(Files.readString(dir.resolve("vgz-2025.md"), StandardCharsets.UTF_8))
                .startsWith("# Before you declare: VGZ, 2025")
                .contains("applies on 1 March 2025");
        assertThat(out.toString()).contains("VGZ 2025: contracted, conditions illustrative");
    }

    @Test
    void anUnknownInsurerIsExit2NamingTheKnownIdsAndNothingIsWritten() throws IOException {
        int exit = run("--insurer", "achmea", "--year", "2024", "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString())
                .contains("Zorgverzekeraar 'achmea' (--insurer) staat niet in", "kies een van");
        SHIPPED.insurers().forEach(p -> assertThat(err.toString()).contains(p.id()));
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        assertThat(written()).isEmpty();
    }

    @Test
    void aYearWithoutAVersionIsExit2NamingTheYearsThatHaveOne() throws IOException {
        int one = run("--insurer", "vgz", "--year", "2030", "--out", dir.toString());

        assertThat(one).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString())
                .contains(
                        "Voor VGZ geldt in 2030 geen versie",
                        "kies een jaar met een versie, 2024, 2025, 2026.");
        assertThat(written()).isEmpty();

        int all = run("--year", "2015", "--out", dir.toString());
        assertThat(all).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString())
                .contains(
                        "Geen enkele zorgverzekeraar heeft in 2015 een geldende versie",
                        "2024, 2025, 2026");
        assertThat(written()).isEmpty();
    }

    @Test
    void yearAndDateTogetherIsExit2() {
        int exit = run("--year", "2024", "--date", "2024-05-01", "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString()).contains("Geef --year of --date, niet allebei.");
    }

    @Test
    void theCommandIsPartOfTheCommandLine() {
        int exit =
                TztCheckCli.execute(
                        "checklist", "--year", "2024", "--insurer", "dsw", "--out", dir.toString());

        assertThat(exit).isZero();
        assertThat(dir.resolve("dsw-2024.html")).exists();
    }
}
