package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;

/** The comparison commands on the shipped samples, run as the command line runs them (no Spring). */
class ComparisonCommandsTests {

    @TempDir
    Path dir;

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
    void compareProfilesWritesTheMatrixAndTheDiff() throws IOException {
        // when
        int exit = run(new CompareProfilesCommand(), "--date", "2024-03-01", "--insurer", "menzis", "--from", "2024-06-01",
                "--to", "2025-06-01", "--out", dir.toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Interpretation matrix on 2024-03-01: 21 deviation(s)",
                "Menzis from 2024-06-01 (2024) to 2025-06-01 (2025): 4 change(s)");
        assertThat(dir.resolve("matrix.html")).exists();
        assertThat(read(dir.resolve("matrix.md"))).contains("| **no (0 hours)**[^");
        assertThat(read(dir.resolve("matrix.csv"))).startsWith("\ufeffdate;dimension;profile_keys;insurer;")
                .contains("2024-03-01;Prior approval;requiresApproval;zilveren-kruis;Zilveren Kruis;2024;required;not required;yes;yes;");
        assertThat(dir.resolve("diff-menzis-2024-06-01-2025-06-01.html")).exists();
        assertThat(dir.resolve("diff-menzis-2024-06-01-2025-06-01.csv")).exists();
        assertThat(dir.resolve("diff-menzis-2024-06-01-2025-06-01.md")).exists();
    }

    @Test
    void whatIfPrintsTheSpreadInEurosAndPerClientMonth() throws IOException {
        // when
        int exit = run(new WhatIfCommand(), "--out", dir.toString());

        // then the headline of the shipped sample: DSW 2,363.74 vs Menzis 0.00 (not contracted in 2024), 19 client-months
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("a spread of \u20ac 2.363,74, \u20ac 124,41 per client per month",
                "Among the 7 insurers that pay anything: DSW \u20ac 2.363,74 against Zilveren Kruis \u20ac 465,00, a spread of"
                        + " \u20ac 1.898,74, \u20ac 99,93 per client per month.");
        assertThat(read(dir.resolve("what-if.html"))).contains("class=\"headline\"").doesNotContain("<script");
        assertThat(read(dir.resolve("what-if.csv"))).contains("dsw;DSW;7029;19;287798;2.877,98;236374;2.363,74;124,41;");
        assertThat(dir.resolve("what-if.md")).exists();
    }

    @Test
    void breakEvenAndCompareTariffsWriteTheirTables() throws IOException {
        // when
        int be = run(new BreakEvenCommand(), "--date", "2024-03-01", "--out", dir.resolve("be").toString());
        int ct = run(new CompareTariffsCommand(), "--new-provider", "--proven-technology", "--vpt-share", "30", "--mpt-share", "20",
                "--nza-amount", "1.000.000,00", "--out", dir.resolve("ct").toString());

        // then
        assertThat(be).isZero();
        assertThat(ct).isZero();
        assertThat(read(dir.resolve("be/break-even.csv"))).contains("zilveren-kruis;2024;MEDICATION;Medido;20000;6200;390;194;3077;0;COVERED_WITHIN_CAP");
        assertThat(out.toString()).contains("CZ Zorgkantoor", "93,6%", "\u20ac 936.000,00", "VGZ Zorgkantoor", "96,32%", "91%");
        assertThat(dir.resolve("ct/tariffs.html")).exists();
    }

    @Test
    void aggregateMakesANationalReportFromThreeProviders() throws IOException {
        // given three generated providers, checked, with their evidence in sub-folders (one named), and a summary.json beside one
        for (int seed = 1; seed <= 3; seed++) {
            Path export = dir.resolve("p" + seed + "/claims.csv");
            ClaimGenerator.write(GeneratorOptions.defaults().withClients(300).withSeed(seed), export);
            ClientPseudonymizer keys = new ClientPseudonymizer(("key-of-provider-" + seed).getBytes(StandardCharsets.UTF_8));
            ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
            var outcome = new InMemoryCheck(profiles, CostFileReader.read(Path.of("technology-costs.yaml")), keys).run(export);
            var builder = new nl.tztcheck.comparison.EvidenceBuilder(profiles, keys, seed == 1 ? "Thuiszorg Een" : null);
            outcome.findings().forEach(builder::add);
            outcome.lines().forEach(builder::add);
            try (var w = Files.newBufferedWriter(dir.resolve("p" + seed + "/evidence.json"))) {
                nl.tztcheck.comparison.EvidenceJson.write(w, builder.build());
            }
        }
        Files.writeString(dir.resolve("p1/summary.json"), "{\"tool\": \"tzt-check 0.1.0\"}");

        // when
        int exit = run(new AggregateCommand(), "--evidence", dir.toString(), "--out", dir.resolve("national").toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("National evidence: 3 provider(s), care 2024-01 to 2024-03; named (opted in): Thuiszorg Een;"
                + " anonymous: 2.");
        String html = read(dir.resolve("national/national-evidence.html"));
        assertThat(html).contains("<svg", "Euro gap per insurer", "Per insurer and dimension").doesNotContain("<script", "http");
        assertThat(read(dir.resolve("national/national-evidence.csv"))).startsWith("\ufeffinsurer;insurer_name;row;dimension;providers;");
    }

    @Nested
    class UnusableInput {

        @Test
        void aMissingClaimsFileIsExit2() {
            // when
            int exit = run(new WhatIfCommand(), "--claims", dir.resolve("nope.csv").toString(), "--out", dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("Cannot run what-if:", "the claims file does not exist");
        }

        @Test
        void anInvalidProfilesDirectoryIsExit2() {
            // when
            int exit = run(new CompareProfilesCommand(), "--profiles", dir.toString(), "--date", "2024-03-01", "--out", dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("national.yaml", "missing");
        }

        @Test
        void aDiffWithoutDatesIsExit2() {
            // when
            int exit = run(new CompareProfilesCommand(), "--insurer", "vgz", "--out", dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("a diff needs all three of --insurer, --from and --to");
        }

        @Test
        void aFolderWithoutEvidenceIsExit2() {
            // when
            int exit = run(new AggregateCommand(), "--evidence", dir.toString(), "--out", dir.resolve("x").toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("holds no evidence file");
        }

        @Test
        void sharesAboveAHundredAreExit2() {
            // when
            int exit = run(new CompareTariffsCommand(), "--vpt-share", "70", "--mpt-share", "40", "--out", dir.toString());

            // then
            assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(err.toString()).contains("together at most 100 percent");
        }
    }
}
