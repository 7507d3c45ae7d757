package nl.tztcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.rules.InsuranceLookup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every output that shows figures says, next to them, how far the conditions behind them can be
 * trusted and which profile set made them: findings.csv's source column, summary.json, report.html.
 * Run on the shipped profiles with VGZ lines of 2024 (sourced) and 2026 (2025 terms carried
 * forward) and a CZ line (illustrative sample terms).
 */
class ProvenanceOutputsTests {

    static final Path SHIPPED = Path.of("insurer-profiles");
    static final String CLAIMS =
            """
            line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;amount;technology;product
            v24;C1;;7095;1062;2024-03-05;60;60,00;;VIDEO;
            o24;C1;;7095;1062;2024-03-06;30;60,00;;OTHER;
            r24;C1;;7095;1000;2024-03-05;60;60,00;;;
            v26;C2;;7095;1062;2026-03-05;60;60,00;;VIDEO;
            r26;C2;;7095;1000;2026-03-05;60;60,00;;;
            c24;C3;;9664;1062;2024-03-05;60;60,00;;VIDEO;
            """;

    record Run(ProfileSet profiles, CheckOutcome outcome, RunSummary summary) {}

    static Run run(Path dir, Language language) throws Exception {
        ProfileSet profiles = ProfileSet.load(SHIPPED);
        Path claims =
                Files.writeString(
                        Files.createDirectories(dir).resolve("claims.csv"),
                        CLAIMS,
                        StandardCharsets.UTF_8);
        CheckOutcome outcome =
                new InMemoryCheck(
                                profiles,
                                CostFileReader.read(Path.of("technology-costs.yaml")),
                                new ClientPseudonymizer(
                                        "test-key-test-key-test-key-12345"
                                                .getBytes(StandardCharsets.UTF_8)),
                                InsuranceLookup.NONE,
                                language)
                        .run(claims);
        SummaryBuilder b = new SummaryBuilder(profiles);
        outcome.findings().forEach(b::add);
        outcome.lines().forEach(b::add);
        RunInfo info =
                new RunInfo(
                        "claims.csv",
                        "ab".repeat(32),
                        1,
                        "UTF-8",
                        List.of(),
                        "insurer-profiles",
                        profiles.fingerprint(),
                        "technology-costs.yaml",
                        "ef".repeat(32),
                        java.time.Instant.parse("2026-12-05T10:00:00Z"),
                        java.time.Instant.parse("2026-12-05T10:00:01Z"),
                        1,
                        1);
        return new Run(profiles, outcome, b.build(info, outcome.counts()));
    }

    @Test
    void aLineJudgedByTermsCarriedForwardGetsTheWarningAndTheOthersDoNot(@TempDir Path dir)
            throws Exception {
        // when the lines are checked
        Run r = run(dir, Language.NL);

        // then only the 2026 line gets TERMS_NOT_SOURCED_FOR_DATE, naming the version that judged
        // it
        List<Finding> warnings =
                r.outcome().findings().stream()
                        .filter(f -> f.code() == FindingCode.TERMS_NOT_SOURCED_FOR_DATE)
                        .toList();
        assertThat(warnings)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.lineId()).isEqualTo("v26");
                            assertThat(f.message())
                                    .contains(
                                            "VGZ versie 2026",
                                            "landelijk 2026",
                                            "herhaalt de voorwaarden van 2025");
                        });
    }

    @Test
    void findingsCsvCitesTheInsurersDocumentWithTheStateOfTheDimensionsThatDecided(
            @TempDir Path dir) throws Exception {
        // given the OTHER line VGZ refuses, checked in Dutch and in English
        for (Language language : Language.values()) {
            Run r = run(dir.resolve(language.code()), language);
            Finding refused =
                    r.outcome().findings().stream()
                            .filter(f -> f.code() == FindingCode.TECHNOLOGY_NOT_COVERED)
                            .findFirst()
                            .orElseThrow();

            // when findings.csv is written
            StringWriter csv = new StringWriter();
            try (FindingsCsv out = new FindingsCsv(csv)) {
                out.write(refused);
            }

            // then its source says the covered-technology reading is unverified, in the run's
            // language, not "verified"
            String label = language == Language.NL ? "(niet geverifieerd)" : "(unverified)";
            assertThat(csv.toString())
                    .contains("Coöperatie VGZ")
                    .contains(label + "\"")
                    .doesNotContain("(verified)")
                    .doesNotContain("(geverifieerd)");
        }
    }

    @Test
    void summaryJsonGivesEachInsurerItsTrustTheVersionsUsedAndTheFingerprint(@TempDir Path dir)
            throws Exception {
        // given a run over VGZ 2024 and 2026 and CZ 2024
        Run r = run(dir, Language.NL);

        // when summary.json is written
        StringWriter w = new StringWriter();
        SummaryJson.write(w, r.summary());
        JsonNode root = JsonMapper.builder().build().readTree(w.toString());

        // then the set's fingerprint and the run's trust sit with the profiles
        assertThat(root.path("profiles").path("fingerprint").asString())
                .isEqualTo(r.profiles().fingerprint());
        assertThat(root.path("profiles").path("trust").asString()).isEqualTo("illustrative");
        JsonNode vgz = insurer(root, "vgz");
        JsonNode cz = insurer(root, "cz");
        // and each insurer says how far its figures can be trusted, with the versions that judged
        // its lines
        assertThat(vgz.path("trust").asString()).isEqualTo("illustrative");
        assertThat(vgz.path("profileFingerprint").asString()).isEqualTo(r.profiles().fingerprint());
        assertThat(vgz.path("versionsUsed")).hasSize(2);
        JsonNode v2024 = vgz.path("versionsUsed").get(0);
        JsonNode v2026 = vgz.path("versionsUsed").get(1);
        assertThat(v2024.path("version").asString()).isEqualTo("2024");
        assertThat(v2024.path("sourcedForPeriod").asBoolean()).isTrue();
        assertThat(v2024.path("dimensions").path("unverified").toString())
                .contains("coveredCategories", "requiresRegularCareSameMonth");
        assertThat(v2024.path("dimensions").path("illustrative").toString()).contains("tariffs");
        assertThat(v2026.path("version").asString()).isEqualTo("2026");
        assertThat(v2026.path("nationalVersion").asString()).isEqualTo("2026");
        assertThat(v2026.path("sourcedForPeriod").asBoolean()).isFalse();
        assertThat(vgz.path("conditionsNotChecked").toString())
                .contains("Er vindt geen dubbele financiering plaats.", "formulier");
        assertThat(cz.path("trust").asString()).isEqualTo("illustrative");
        assertThat(cz.path("conditionsNotChecked")).isEmpty();
    }

    private static JsonNode insurer(JsonNode root, String id) {
        for (JsonNode i : root.path("insurers")) {
            if (i.path("insurer").asString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no insurer " + id);
    }

    @Test
    void reportHtmlLabelsTheHeadlineAndEachInsurersFiguresInTheRunsLanguage(@TempDir Path dir)
            throws Exception {
        for (Language language : Language.values()) {
            // given a run in this language
            Run r = run(dir.resolve(language.code()), language);

            // when report.html is written
            StringWriter w = new StringWriter();
            HtmlReport.write(w, r.summary(), language);
            Document page = Jsoup.parse(w.toString());

            // then under the headline: the run's trust and the profile set's fingerprint
            Element line = page.getElementById("trust");
            assertThat(line).isNotNull();
            String fingerprint = r.profiles().fingerprint().substring(0, 12);
            assertThat(line.text())
                    .contains(
                            language == Language.NL
                                    ? "Voorwaarden: illustratief"
                                    : "Conditions: illustrative")
                    .contains(fingerprint);
            // and a badge next to each insurer's name in the insurer table
            Element table = page.getElementById("insurer-table");
            assertThat(table.select("tbody th .trust"))
                    .hasSize(2)
                    .allSatisfy(
                            b ->
                                    assertThat(b.text())
                                            .isEqualTo(
                                                    language == Language.NL
                                                            ? "illustratief"
                                                            : "illustrative"));
            // and VGZ's conditions a claims file cannot show
            assertThat(page.select("p.not-checked").text())
                    .contains("VGZ", "formulier", "dubbele financiering")
                    .contains(
                            language == Language.NL
                                    ? "Niet uit een declaratiebestand te controleren"
                                    : "Not checkable from a claims file");
        }
    }
}
