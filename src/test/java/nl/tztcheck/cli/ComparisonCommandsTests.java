package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The comparison commands on the shipped samples, run as the command line runs them (no Spring).
 */
class ComparisonCommandsTests {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void compareProfilesWritesTheMatrixAndTheDiffInDutchByDefault() throws IOException {
        // when
        int exit =
                run(
                        new CompareProfilesCommand(),
                        "--date",
                        "2024-03-01",
                        "--insurer",
                        "menzis",
                        "--from",
                        "2024-06-01",
                        "--to",
                        "2025-06-01",
                        "--out",
                        dir.toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "Interpretatiematrix op 2024-03-01: 21 afwijking(en)",
                        "Menzis van 2024-06-01 (2024) tot 2025-06-01 (2025): 10 wijziging(en)");
        assertThat(read(dir.resolve("matrix.html")))
                .contains(
                        "<html lang=\"nl\">", "Menzis (2024, illustratief)", "landelijk: 390 min");
        assertThat(read(dir.resolve("matrix.md"))).contains("| **nee (0 uur)**[^");
        assertThat(read(dir.resolve("matrix.csv")))
                .startsWith("\ufeffdate;dimension;profile_keys;insurer;")
                .contains(
                        "2024-03-01;Voorafgaande toestemming;requiresApproval;zilveren-kruis;Zilveren Kruis;2024;vereist;niet vereist;yes;yes;");
        assertThat(dir.resolve("diff-menzis-2024-06-01-2025-06-01.html")).exists();
        assertThat(dir.resolve("diff-menzis-2024-06-01-2025-06-01.csv")).exists();
        assertThat(dir.resolve("diff-menzis-2024-06-01-2025-06-01.md")).exists();
    }

    @Test
    void compareProfilesSpeaksEnglishWithLangEn() throws IOException {
        // when
        int exit =
                run(
                        new CompareProfilesCommand(),
                        "--date",
                        "2024-03-01",
                        "--lang",
                        "en",
                        "--out",
                        dir.toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Interpretation matrix on 2024-03-01: 21 deviation(s)");
        assertThat(read(dir.resolve("matrix.html")))
                .contains("<html lang=\"en\">", "Menzis (2024, illustrative)", "national: 390 min");
        assertThat(read(dir.resolve("matrix.csv")))
                .contains(
                        "2024-03-01;Prior approval;requiresApproval;zilveren-kruis;Zilveren Kruis;2024;required;not required;yes;yes;");
    }

    @Test
    void whatIfPrintsTheSpreadWithEachInsurersTrustAndTheAssumption() throws IOException {
        // when
        int exit = run(new WhatIfCommand(), "--out", dir.toString());

        // then the headline of the shipped sample, every line at each insurer's ceiling with its
        // conditions met:
        // DSW 2.849,00 vs Menzis 0,00 (not contracted in 2024), 19 client-months; both profiles
        // illustrative
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "door DSW (illustratief) met \u20ac 2.849,00 vergoed worden en door Menzis (illustratief)"
                                + " met \u20ac 0,00: een verschil van \u20ac 2.849,00, \u20ac 149,95 per cli\u00ebnt per maand",
                        "Illustratief betekent",
                        "Aanname: elke technologieregel is gedeclareerd",
                        "aan zijn eigen voorwaarden is voldaan");
        String html = read(dir.resolve("what-if.html"));
        assertThat(html)
                .contains(
                        "class=\"headline\"",
                        "<html lang=\"nl\">",
                        "<svg class=\"chart\"",
                        "Aanname:")
                .doesNotContain("<script");
        assertThat(read(dir.resolve("what-if.csv")))
                .contains("dsw;DSW;7029;19;343000;3.430,00;284900;2.849,00;149,95;")
                .contains(";met;8400;illustrative;illustratief;illustrative;");
        assertThat(dir.resolve("what-if.md")).exists();
    }

    @Test
    void whatIfWithTheConditionsNotMetSaysSoInEnglish() throws IOException {
        // when
        int exit =
                run(
                        new WhatIfCommand(),
                        "--conditions",
                        "niet-vervuld",
                        "--lang",
                        "en",
                        "--out",
                        dir.toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "conditions not met",
                        "its own conditions are not met",
                        "by DSW (illustrative)");
        assertThat(read(dir.resolve("what-if.csv"))).contains(";not-met;");
    }

    @Test
    void breakEvenAndCompareTariffsWriteTheirTables() throws IOException {
        // when
        int be =
                run(
                        new BreakEvenCommand(),
                        "--date",
                        "2024-03-01",
                        "--out",
                        dir.resolve("be").toString());
        String beOut = out.toString();
        int ct =
                run(
                        new CompareTariffsCommand(),
                        "--new-provider",
                        "--proven-technology",
                        "--vpt-share",
                        "30",
                        "--mpt-share",
                        "20",
                        "--nza-amount",
                        "1.000.000,00",
                        "--out",
                        dir.resolve("ct").toString());

        // then
        assertThat(be).isZero();
        assertThat(ct).isZero();
        assertThat(read(dir.resolve("be/break-even.csv")))
                .contains(
                        "zilveren-kruis;2024;MEDICATION;Medido;20000;6200;390;194;3077;0;COVERED_WITHIN_CAP;"
                                + "illustrative;illustratief;");
        assertThat(beOut)
                .contains(
                        "Break-even op 1 maart 2024",
                        "3:14 uur of \u20ac 30,77/uur bij 6:30 uur: gedekt binnen het plafond  (illustratief)");
        assertThat(read(dir.resolve("be/break-even.html")))
                .contains("<html lang=\"nl\">", "Betrouwbaarheid", "illustratief");
        assertThat(out.toString())
                .contains(
                        "CZ Zorgkantoor",
                        "93,6%",
                        "\u20ac 936.000,00",
                        "VGZ Zorgkantoor",
                        "96,32%",
                        "91%");
        assertThat(dir.resolve("ct/tariffs.html")).exists();
    }

    @Test
    void aggregateMakesANationalReportFromThreeProviders() throws IOException {
        // given three generated providers, checked, with their evidence in sub-folders (one named),
        // and a summary.json beside one
        for (int seed = 1; seed <= 3; seed++) {
            writeEvidence(Path.of("insurer-profiles"), seed, seed == 1 ? "Thuiszorg Een" : null);
        }
        Files.writeString(dir.resolve("p1/summary.json"), "{\"tool\": \"tzt-check 0.1.0\"}");

        // when
        int exit =
                run(
                        new AggregateCommand(),
                        "--evidence",
                        dir.toString(),
                        "--out",
                        dir.resolve("national").toString());

        // then in Dutch by default: the providers, the profile set they used and its trust, per
        // insurer the trust
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "3 aanbieder(s), zorg van 2024-01 tot en met 2024-03; met naam (op eigen verzoek):"
                                + " Thuiszorg Een; anoniem: 2.",
                        "Profielset "
                                + ProfileSet.load(Path.of("insurer-profiles"))
                                        .fingerprint()
                                        .substring(0, 12)
                                + " (illustratief): Thuiszorg Een, 2 anoniem",
                        "illustratief");
        String html = read(dir.resolve("national/national-evidence.html"));
        assertThat(html)
                .contains(
                        "<svg",
                        "Risicobedrag door voorwaarden van de verzekeraar",
                        "Voorwaarden van de verzekeraar, per dimensie")
                .doesNotContain("<script", "http");
        assertThat(read(dir.resolve("national/national-evidence.csv")))
                .startsWith(
                        "\ufeffinsurer;insurer_name;group;row;dimension;trust;providers;suppressed_providers;status;");
    }

    @Test
    void aggregateInEnglishOnRequest() throws IOException {
        // given one provider's evidence
        writeEvidence(Path.of("insurer-profiles"), 1, null);

        // when
        int exit =
                run(
                        new AggregateCommand(),
                        "--evidence",
                        dir.toString(),
                        "--out",
                        dir.resolve("national").toString(),
                        "--lang",
                        "en");

        // then
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("1 provider(s), care 2024-01 to 2024-03", "(illustrative)");
        assertThat(read(dir.resolve("national/national-evidence.html")))
                .contains("<html lang=\"en\"", "National evidence");
    }

    @Test
    void aggregateRefusesToMixSampleTermsWithRealOnes() throws IOException {
        // given provider 1 checked with the shipped (illustrative) profiles, provider 2 with
        // another profile set whose terms
        // are its real contract (its evidence says so: another fingerprint, every version verified)
        writeEvidence(Path.of("insurer-profiles"), 1, null);
        writeEvidence(Path.of("insurer-profiles"), 2, "Thuiszorg Echt");
        Path second = dir.resolve("p2/evidence.json");
        String fingerprint = ProfileSet.load(Path.of("insurer-profiles")).fingerprint();
        Files.writeString(
                second,
                read(second)
                        .replace(fingerprint, "0123456789abcdef-own-contract-terms")
                        .replace("\"illustrative\"", "\"verified\"")
                        .replace("\"unverified\"", "\"verified\""));

        // when
        int exit =
                run(
                        new AggregateCommand(),
                        "--evidence",
                        dir.toString(),
                        "--out",
                        dir.resolve("national").toString());

        // then exit 2, one Dutch sentence naming the insurer, both sets and both files, and nothing
        // written
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err.toString().strip())
                .startsWith("De evidence-bestanden mengen voor ")
                .contains(
                        "voorbeeldvoorwaarden (illustratief",
                        "p1/evidence.json",
                        "p2/evidence.json",
                        "tel ze apart op")
                .doesNotContain("\n");
        assertThat(dir.resolve("national")).doesNotExist();
    }

    private void writeEvidence(Path profilesDir, int seed, String provider) throws IOException {
        Path export = dir.resolve("p" + seed + "/claims.csv");
        ClaimGenerator.write(GeneratorOptions.defaults().withClients(300).withSeed(seed), export);
        ClientPseudonymizer keys =
                new ClientPseudonymizer(
                        ("key-of-provider-" + seed).getBytes(StandardCharsets.UTF_8));
        ProfileSet profiles = ProfileSet.load(profilesDir);
        var outcome =
                new InMemoryCheck(
                                profiles,
                                CostFileReader.read(Path.of("technology-costs.yaml")),
                                keys)
                        .run(export);
        var builder = new nl.tztcheck.comparison.EvidenceBuilder(profiles, keys, provider);
        outcome.findings().forEach(builder::add);
        outcome.lines().forEach(builder::add);
        try (var w = Files.newBufferedWriter(dir.resolve("p" + seed + "/evidence.json"))) {
            nl.tztcheck.comparison.EvidenceJson.write(w, builder.build());
        }
    }

    @Nested
    class UnusableInput {

        @Test
        void aMissingClaimsFileIsExit2() {
            // when
            int exit =
                    run(
                            new WhatIfCommand(),
                            "--claims",
                            dir.resolve("nope.csv").toString(),
                            "--out",
                            dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString())
                    .contains(
                            "Kan what-if niet uitvoeren:",
                            "nope.csv: het declaratiebestand bestaat niet",
                            "Er is niets geschreven.");
        }

        @Test
        void anInvalidProfilesDirectoryIsExit2() {
            // when
            int exit =
                    run(
                            new CompareProfilesCommand(),
                            "--profiles",
                            dir.toString(),
                            "--date",
                            "2024-03-01",
                            "--out",
                            dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("national.yaml", "missing");
        }

        @Test
        void aDiffWithoutDatesIsExit2() {
            // when
            int exit =
                    run(new CompareProfilesCommand(), "--insurer", "vgz", "--out", dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString())
                    .contains(
                            "een vergelijking tussen twee data vraagt alle drie: --insurer, --from en --to");
        }

        @Test
        void anUnknownLanguageIsExit2InBothLanguages() {
            // when
            int exit = run(new BreakEvenCommand(), "--lang", "fr", "--out", dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString())
                    .contains("Taal 'fr' is onbekend", "Language 'fr' is not known");
        }

        @Test
        void unknownConditionsAreExit2() {
            // when
            int exit = run(new WhatIfCommand(), "--conditions", "maybe", "--out", dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("--conditions 'maybe' is onbekend");
        }

        @Test
        void aFolderWithoutEvidenceIsExit2() {
            // when
            int exit =
                    run(
                            new AggregateCommand(),
                            "--evidence",
                            dir.toString(),
                            "--out",
                            dir.resolve("x").toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("bevat geen evidence-bestand");
        }

        @Test
        void sharesAboveAHundredAreExit2() {
            // when
            int exit =
                    run(
                            new CompareTariffsCommand(),
                            "--vpt-share",
                            "70",
                            "--mpt-share",
                            "40",
                            "--out",
                            dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("together at most 100 percent");
        }
    }
}
