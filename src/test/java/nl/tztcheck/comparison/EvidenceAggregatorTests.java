package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceAggregatorTests {

    @TempDir Path dir;

    @Test
    void addsUpPublishedCellsAndCountsSuppressedOnes() {
        // given two providers by hand: P1 publishes cz, P2 publishes cz and has vgz suppressed
        InsurerEvidence cz1 =
                new InsurerEvidence(
                        "cz",
                        "CZ",
                        false,
                        new InsurerFigures(10, 20, 30, 3000, 2500, 100000, 80000, 20000, 0),
                        Map.of(
                                Technology.MEDICATION,
                                new EvidenceCell(false, 10, 12, 12, 5000, 1000)),
                        Map.of(
                                FindingCode.CATEGORY_CAP_EXCEEDED,
                                new EvidenceCell(false, 10, 11, 11, 7000),
                                FindingCode.COST_GAP,
                                new EvidenceCell(false, 10, 12, 12, 5000, 1000)),
                        Map.of(
                                EvidenceGroup.INSURER_CONDITIONS,
                                new EvidenceCell(false, 10, 11, 11, 20000)),
                        Trust.ILLUSTRATIVE,
                        List.of(
                                new ProfileUse(
                                        "2024",
                                        "2024",
                                        Trust.ILLUSTRATIVE,
                                        Map.of("categoryCapsMinutes", Trust.ILLUSTRATIVE))));
        InsurerEvidence cz2 =
                new InsurerEvidence(
                        "cz",
                        "CZ",
                        false,
                        new InsurerFigures(15, 40, 50, 5000, 4000, 150000, 120000, 30000, 100),
                        Map.of(Technology.MEDICATION, EvidenceCell.SUPPRESSED),
                        Map.of(
                                FindingCode.CATEGORY_CAP_EXCEEDED,
                                new EvidenceCell(false, 12, 13, 14, 9000),
                                FindingCode.COST_GAP,
                                EvidenceCell.SUPPRESSED),
                        Map.of(
                                EvidenceGroup.INSURER_CONDITIONS,
                                EvidenceCell.SUPPRESSED,
                                EvidenceGroup.PROVIDER_SIDE,
                                EvidenceCell.SUPPRESSED),
                        Trust.VERIFIED,
                        List.of(
                                new ProfileUse(
                                        "2025",
                                        "2025",
                                        Trust.VERIFIED,
                                        Map.of("categoryCapsMinutes", Trust.VERIFIED))));
        InsurerEvidence vgz2 =
                new InsurerEvidence(
                        "vgz",
                        "VGZ",
                        true,
                        InsurerFigures.ZERO,
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        Trust.ILLUSTRATIVE,
                        List.of());
        ProviderEvidence p1 =
                new ProviderEvidence(
                        null, "2024-01", "2024-03", 10, "set-a", Trust.ILLUSTRATIVE, List.of(cz1));
        ProviderEvidence p2 =
                new ProviderEvidence(
                        "Thuiszorg Twee",
                        "2023-12",
                        "2024-02",
                        10,
                        "set-a",
                        Trust.ILLUSTRATIVE,
                        List.of(cz2, vgz2));

        // when
        NationalEvidence n = EvidenceAggregator.aggregate(List.of(p1, p2));

        // then cz: 25 clients, 60 client-months, 2,500.00 claimed, 500.00 at risk; cost gap 50.00
        // of which 10.00 at risk
        // (P2's cells suppressed); category cap: 2 providers, 24 client-months, 160.00; at risk by
        // insurer conditions 200.00
        // at one provider, suppressed at the other; the worse trust of the two providers' versions
        InsurerAggregate cz = n.insurers().get(0);
        assertThat(cz.providers()).isEqualTo(2);
        assertThat(cz.figures())
                .isEqualTo(new InsurerFigures(25, 60, 80, 8000, 6500, 250000, 200000, 50000, 100));
        assertThat(cz.costGaps().get(Technology.MEDICATION))
                .isEqualTo(
                        new DimensionAggregate(
                                1, 1, new EvidenceCell(false, 10, 12, 12, 5000, 1000)));
        assertThat(cz.costGap())
                .isEqualTo(
                        new DimensionAggregate(
                                1, 1, new EvidenceCell(false, 10, 12, 12, 5000, 1000)));
        assertThat(cz.costGap().total().beyondOverlapCents()).isEqualTo(4000);
        assertThat(cz.cause(EvidenceGroup.INSURER_CONDITIONS))
                .isEqualTo(
                        new DimensionAggregate(1, 1, new EvidenceCell(false, 10, 11, 11, 20000)));
        assertThat(cz.cause(EvidenceGroup.PROVIDER_SIDE).onlySuppressed()).isTrue();
        assertThat(cz.finding(FindingCode.CATEGORY_CAP_EXCEEDED))
                .isEqualTo(
                        new DimensionAggregate(2, 0, new EvidenceCell(false, 22, 24, 25, 16000)));
        assertThat(cz.trust()).isEqualTo(Trust.ILLUSTRATIVE);
        assertThat(cz.trustOf(List.of("categoryCapsMinutes"))).isEqualTo(Trust.ILLUSTRATIVE);
        // and vgz: no published figures, one provider suppressed
        InsurerAggregate vgz = n.insurers().get(1);
        assertThat(vgz.providers()).isZero();
        assertThat(vgz.suppressedProviders()).isEqualTo(1);
        assertThat(vgz.figures()).isEqualTo(InsurerFigures.ZERO);
        // and the providers: one named, one anonymous; the period spans both
        assertThat(n.namedProviders()).containsExactly("Thuiszorg Twee");
        assertThat(n.anonymousProviders()).isEqualTo(1);
        assertThat(n.firstMonth()).isEqualTo("2023-12");
        assertThat(n.lastMonth()).isEqualTo("2024-03");
    }

    @Test
    void aggregatingThreeGeneratedProvidersEqualsTheSumOfTheirFiles() throws IOException {
        // given three providers' exports (seeds 1, 2, 3; 400 clients each), checked with their own
        // keys, evidence written
        List<ProviderEvidence> parts = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            ClientPseudonymizer own =
                    new ClientPseudonymizer(("provider-key-number-" + seed).getBytes());
            var outcome = EvidenceSamples.check(EvidenceSamples.export(dir, seed, 400), own);
            Path file =
                    Files.writeString(
                            dir.resolve("evidence-" + seed + ".json"),
                            EvidenceSamples.json(
                                    EvidenceSamples.evidence(
                                            outcome, own, seed == 2 ? "Thuiszorg Twee" : null)));
            parts.add(EvidenceReader.read(file));
        }

        // when
        NationalEvidence n = EvidenceAggregator.aggregate(parts);

        // then per insurer every figure, code and technology is the sum of the published parts
        assertThat(n.providers()).isEqualTo(3);
        assertThat(n.namedProviders()).containsExactly("Thuiszorg Twee");
        for (InsurerAggregate a : n.insurers()) {
            InsurerFigures sum = InsurerFigures.ZERO;
            int published = 0;
            int suppressed = 0;
            for (ProviderEvidence p : parts) {
                for (InsurerEvidence i : p.insurers()) {
                    if (i.insurer().equals(a.insurer())) {
                        sum = sum.plus(i.figures());
                        published += i.suppressed() ? 0 : 1;
                        suppressed += i.suppressed() ? 1 : 0;
                    }
                }
            }
            assertThat(a.figures()).as(a.insurer()).isEqualTo(sum);
            assertThat(a.providers()).as(a.insurer()).isEqualTo(published);
            assertThat(a.suppressedProviders()).as(a.insurer()).isEqualTo(suppressed);
            for (FindingCode code : FindingCode.values()) {
                EvidenceCell cells = EvidenceCell.ZERO;
                for (ProviderEvidence p : parts) {
                    for (InsurerEvidence i : p.insurers()) {
                        if (i.insurer().equals(a.insurer()) && i.findings().containsKey(code)) {
                            cells = cells.plus(i.findings().get(code));
                        }
                    }
                }
                assertThat(a.finding(code).total()).as(a.insurer() + " " + code).isEqualTo(cells);
            }
        }
        // and the big insurers are published by all three providers
        assertThat(n.insurers())
                .filteredOn(a -> a.insurer().equals("cz") || a.insurer().equals("zilveren-kruis"))
                .allSatisfy(a -> assertThat(a.providers()).isEqualTo(3));
    }
}
