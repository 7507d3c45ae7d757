package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.rules.LineStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceBuilderTests {

    private static final ClientPseudonymizer PSEUDONYMS = ComparisonFixtures.pseudonymizer();

    @TempDir Path dir;

    @Test
    void theEvidenceFileHoldsNoClientNumberBsnOrPseudonym() throws IOException {
        // given a generated export of 300 clients, checked
        Path export = EvidenceSamples.export(dir, 11, 300);
        CheckOutcome outcome = EvidenceSamples.check(export, PSEUDONYMS);

        // when the evidence is written
        String json = EvidenceSamples.json(EvidenceSamples.evidence(outcome, PSEUDONYMS, null));

        // then no client number, BSN, pseudonym or line id of the export occurs in it
        Set<String> identifying = new HashSet<>();
        List<String> rows = Files.readAllLines(export, Charset.forName("windows-1252"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(";", -1);
            identifying.add(cells[0]);
            identifying.add(cells[1]);
            identifying.add(PSEUDONYMS.pseudonym(cells[1]));
            if (cells[2].matches("\\d{9}")) {
                identifying.add(cells[2]);
            }
        }
        identifying.removeIf(String::isBlank);
        outcome.findings().forEach(f -> identifying.add(f.client()));
        assertThat(identifying).hasSizeGreaterThan(900);
        assertThat(identifying).allSatisfy(id -> assertThat(json).doesNotContain(id));
        assertThat(Pattern.compile("P-[0-9a-f]{12}|CL\\d{6}|R\\d{7}").matcher(json).find())
                .isFalse();
        // and it is not anonymous by accident: the figures are there
        assertThat(json).contains("\"claimedCents\"", "\"findingsByCode\"", "\"provider\" : null");
    }

    @Test
    void theFiguresOfAnInsurerAreTheTotalsOfItsLines() throws IOException {
        // given a generated export of 300 clients, checked
        CheckOutcome outcome =
                EvidenceSamples.check(EvidenceSamples.export(dir, 12, 300), PSEUDONYMS);

        // when
        ProviderEvidence e = EvidenceSamples.evidence(outcome, PSEUDONYMS, null);

        // then every published insurer's money equals the sum over its lines in the totals
        for (InsurerEvidence i : e.insurers()) {
            if (i.suppressed()) {
                continue;
            }
            String id = i.insurer().equals("none") ? "" : i.insurer();
            List<LineResult> lines =
                    outcome.lines().stream()
                            .filter(l -> l.insurer().equals(id) && l.status().inTotals())
                            .toList();
            assertThat(i.figures().claimedCents())
                    .as(id)
                    .isEqualTo(lines.stream().mapToLong(LineResult::claimed).sum());
            assertThat(i.figures().reimbursableCents())
                    .as(id)
                    .isEqualTo(lines.stream().mapToLong(LineResult::reimbursable).sum());
            assertThat(i.figures().atRiskCents())
                    .as(id)
                    .isEqualTo(lines.stream().mapToLong(LineResult::atRisk).sum());
            assertThat(i.figures().technologyLines()).as(id).isEqualTo(lines.size());
            assertThat(i.figures().clients())
                    .as(id)
                    .isEqualTo(lines.stream().map(l -> l.line().clientId()).distinct().count());
        }
        assertThat(e.insurers()).anyMatch(i -> !i.suppressed());
    }

    @Test
    void theFileNamesTheProfileSetAndTheTrustOfEveryVersionUsed() throws IOException {
        // given a generated export of 300 clients (Jan-Mar 2024), checked with the shipped profiles
        CheckOutcome outcome =
                EvidenceSamples.check(EvidenceSamples.export(dir, 13, 300), PSEUDONYMS);

        // when
        ProviderEvidence e = EvidenceSamples.evidence(outcome, PSEUDONYMS, null);
        String json = EvidenceSamples.json(e);

        // then the set's fingerprint is there, and per insurer the versions valid on its lines'
        // dates with their trust,
        // as ProfileSet.trustOn says for those dates, and per profile key the trust of the version
        // that decides it
        assertThat(json)
                .contains("\"fingerprint\" : \"" + EvidenceSamples.SHIPPED.fingerprint() + "\"");
        for (InsurerEvidence i : e.insurers()) {
            if (i.insurer().equals("none")) {
                continue;
            }
            var profile =
                    EvidenceSamples.SHIPPED.insurers().stream()
                            .filter(p -> p.id().equals(i.insurer()))
                            .findFirst()
                            .orElseThrow();
            var version = profile.versionOn(LocalDate.of(2024, 2, 1)).orElseThrow();
            assertThat(i.profiles())
                    .as(i.insurer())
                    .extracting(ProfileUse::version)
                    .contains(version.version());
            assertThat(i.trust())
                    .as(i.insurer())
                    .isEqualTo(
                            EvidenceSamples.SHIPPED.trustOn(i.insurer(), LocalDate.of(2024, 2, 1)));
            ProfileUse use = i.profiles().get(0);
            for (String d : nl.tztcheck.profiles.ProfileSettings.DIMENSIONS) {
                var decides =
                        version.settings().sets(d)
                                ? version
                                : EvidenceSamples.SHIPPED
                                        .nationalOn(LocalDate.of(2024, 2, 1))
                                        .orElseThrow();
                assertThat(use.dimensions().get(d))
                        .as(i.insurer() + " " + d)
                        .isEqualTo(decides.source().trustOf(d));
            }
        }
        assertThat(e.trust())
                .isEqualTo(
                        nl.tztcheck.profiles.Trust.worst(
                                e.insurers().stream().map(InsurerEvidence::trust).toList()));
        assertThat(json)
                .contains("\"profileVersions\"", "\"trust\" : \"" + e.trust().code() + "\"");
    }

    @Test
    void anInsurerWithFewerThanTenClientsIsSuppressedWhole() {
        // given 9 clients at insurer a and 10 at insurer b, one 100-minute line each
        EvidenceBuilder b = new EvidenceBuilder(EvidenceSamples.SHIPPED, PSEUDONYMS, null);
        for (int i = 0; i < 9; i++) {
            b.add(line("a", "A" + i, 1, 10000, 8000));
        }
        for (int i = 0; i < 10; i++) {
            b.add(line("b", "B" + i, 1, 10000, 8000));
        }

        // when
        ProviderEvidence e = b.build();

        // then a is suppressed with no figures, b is published: 10 clients, 10 x 100.00 claimed, 10
        // x 20.00 at risk
        assertThat(e.insurers())
                .extracting(InsurerEvidence::insurer, InsurerEvidence::suppressed)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("a", true),
                        org.assertj.core.api.Assertions.tuple("b", false));
        assertThat(e.insurers().get(0).figures()).isEqualTo(InsurerFigures.ZERO);
        assertThat(e.insurers().get(1).figures())
                .isEqualTo(new InsurerFigures(10, 10, 10, 1000, 800, 100000, 80000, 20000, 0));
    }

    @Test
    void aCodeOrTechnologyCellOfFewerThanTenClientsIsSuppressedAndMarked() throws IOException {
        // given 12 clients at insurer b; 9 of them have a CATEGORY_CAP_EXCEEDED, 10 a
        // TARIFF_ABOVE_CEILING (one of them
        // twice, in two months), 11 a MONTHLY_CAP_EXCEEDED, 9 a MEDICATION cost gap
        EvidenceBuilder b =
                new EvidenceBuilder(EvidenceSamples.SHIPPED, PSEUDONYMS, "Thuiszorg Test");
        for (int i = 0; i < 12; i++) {
            b.add(line("b", "B" + i, 3, 10000, 8000));
        }
        for (int i = 0; i < 9; i++) {
            b.add(finding(FindingCode.CATEGORY_CAP_EXCEEDED, "b", "B" + i, 3, 500, 0));
            b.add(finding(FindingCode.COST_GAP, "b", "B" + i, 3, 0, 1250));
        }
        for (int i = 0; i < 10; i++) {
            b.add(finding(FindingCode.TARIFF_ABOVE_CEILING, "b", "B" + i, 3, 200, 0));
        }
        for (int i = 0; i < 11; i++) {
            b.add(finding(FindingCode.MONTHLY_CAP_EXCEEDED, "b", "B" + i, 3, 100, 0));
        }
        b.add(finding(FindingCode.TARIFF_ABOVE_CEILING, "b", "B0", 2, 300, 0));

        // when
        ProviderEvidence e = b.build();
        String json = EvidenceSamples.json(e);

        // then the 9-client cells are suppressed; so is the 10-client tariff cell, the smallest
        // with money beside the
        // category cap (else atRiskCents minus the other codes would bound the cap's cents); the
        // 11-client cell is published
        InsurerEvidence i = e.insurers().get(0);
        assertThat(i.findings())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                FindingCode.CATEGORY_CAP_EXCEEDED, EvidenceCell.SUPPRESSED,
                                FindingCode.COST_GAP, EvidenceCell.SUPPRESSED,
                                FindingCode.TARIFF_ABOVE_CEILING, EvidenceCell.SUPPRESSED,
                                FindingCode.MONTHLY_CAP_EXCEEDED,
                                        new EvidenceCell(false, 11, 11, 11, 1100)));
        assertThat(i.costGaps())
                .containsExactlyEntriesOf(Map.of(Technology.MEDICATION, EvidenceCell.SUPPRESSED));
        // and the file marks them so, without figures, and names the provider who opted in
        assertThat(json)
                .contains(
                        "\"CATEGORY_CAP_EXCEEDED\" : {\n        \"suppressed\" : true,\n        \"reason\" : \"covers fewer than 10"
                                + " clients, or would let such a cell be derived from the published figures\"\n      }");
        assertThat(json).contains("\"provider\" : \"Thuiszorg Test\"");
        // and it reads back as written
        Path file = Files.writeString(dir.resolve("evidence.json"), json);
        assertThat(EvidenceReader.read(file)).isEqualTo(e);
    }

    private static ClaimLine claimLine(String client, int month) {
        return new ClaimLine(
                1,
                "X",
                client,
                null,
                "9999",
                "1062",
                LocalDate.of(2024, month, 1),
                100,
                Money.cents(6000),
                Money.cents(10000),
                true,
                Technology.MEDICATION,
                null,
                Law.ZVW,
                false,
                null,
                false,
                null);
    }

    private static LineResult line(
            String insurer, String client, int month, long claimed, long reimbursable) {
        return new LineResult(
                claimLine(client, month),
                LineStatus.CHECKED,
                insurer,
                "2024",
                80,
                claimed,
                reimbursable,
                claimed - reimbursable,
                0,
                List.of());
    }

    private static Finding finding(
            FindingCode code, String insurer, String client, int month, long atRisk, long gap) {
        return new Finding(
                "k",
                code,
                "X",
                1,
                PSEUDONYMS.pseudonym(client),
                "9999",
                insurer,
                "2024",
                YearMonth.of(2024, month),
                Technology.MEDICATION,
                100,
                80,
                10000,
                10000 - atRisk,
                atRisk,
                gap,
                0,
                "m",
                "s");
    }
}
