package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.CheckOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack of issue 13 point 4, written as an attacker who holds one evidence.json: for every
 * insurer and every published total, subtract the published cells of each partition under it and
 * see whether a single suppressed cell is left alone (then its value is recovered exactly, or, for
 * a total that the cells add up to at least, bounded from below). The true values come from the
 * same check built without any suppression. Run on generated exports of several sizes.
 */
class EvidenceAttackTests {

    private static final ClientPseudonymizer PSEUDONYMS = ComparisonFixtures.pseudonymizer();

    /** Export sizes (clients) and seeds: small ones suppress much, big ones little. */
    private static final int[][] EXPORTS = {{40, 21}, {90, 22}, {150, 23}, {400, 24}, {1000, 25}};

    @TempDir Path dir;

    /**
     * One partition: a published total, the cells under it, and whether they add up to it exactly
     * or at least.
     */
    private record Partition(
            String name,
            long total,
            List<String> cells,
            ToLongFunction<EvidenceCell> value,
            boolean exact) {}

    /**
     * A suppressed cell the attacker isolates: recovered exactly, or given a lower bound above
     * zero.
     */
    private record Leak(
            String export,
            String insurer,
            String partition,
            String cell,
            long trueValue,
            long attackerValue) {}

    @Test
    void noSuppressedCellCanBeDerivedFromThePublishedFiguresOfItsFile() throws IOException {
        // given generated exports of several sizes, checked, their evidence written and read back
        // as an attacker would
        List<Leak> leaks = new ArrayList<>();
        int suppressedCells = 0;
        for (int[] export : EXPORTS) {
            Sample s = sample(export[0], export[1], true);
            suppressedCells += countSuppressed(s.published());

            // when every partition of every insurer is attacked
            leaks.addAll(attack(s));
        }

        // then nothing is isolated, although there was plenty suppressed to try on
        assertThat(suppressedCells).isGreaterThan(50);
        assertThat(leaks).isEmpty();
    }

    @Test
    void withoutComplementarySuppressionTheSameAttackRecoversCells() throws IOException {
        // given the same exports, suppressed only where a cell covers fewer than 10 clients (the
        // old behaviour)
        List<Leak> leaks = new ArrayList<>();
        for (int[] export : EXPORTS) {
            // when
            leaks.addAll(attack(sample(export[0], export[1], false)));
        }

        // then the attack finds cells, some of them recovered to the cent: the test above can fail
        assertThat(leaks).isNotEmpty();
        assertThat(leaks).anySatisfy(l -> assertThat(l.attackerValue()).isEqualTo(l.trueValue()));
    }

    @Test
    void bigInsurersStillPublishTheirTotalsAndMostTechnologies() throws IOException {
        // given the largest export
        Sample s = sample(1000, 25, true);

        // then the complementary cells did not swallow the evidence: CZ and Zilveren Kruis publish
        // their cost gap total,
        // MEDICATION and their at risk caused by insurer conditions
        for (String id : List.of("cz", "zilveren-kruis")) {
            InsurerEvidence i = insurer(s.published(), id);
            assertThat(i.suppressed()).as(id).isFalse();
            assertThat(i.findings().get(FindingCode.COST_GAP).suppressed()).as(id).isFalse();
            assertThat(i.costGaps().get(nl.tztcheck.claims.Technology.MEDICATION).suppressed())
                    .as(id)
                    .isFalse();
        }
    }

    // ---- the attacker

    private record Sample(String name, ProviderEvidence published, ProviderEvidence truth) {}

    private Sample sample(int clients, int seed, boolean complementary) throws IOException {
        CheckOutcome outcome =
                EvidenceSamples.check(EvidenceSamples.export(dir, seed, clients), PSEUDONYMS);
        EvidenceBuilder published =
                new EvidenceBuilder(
                        EvidenceSamples.SHIPPED,
                        PSEUDONYMS,
                        null,
                        EvidenceBuilder.MIN_CLIENTS,
                        complementary);
        EvidenceBuilder truth =
                new EvidenceBuilder(EvidenceSamples.SHIPPED, PSEUDONYMS, null, 1, false);
        outcome.findings()
                .forEach(
                        f -> {
                            published.add(f);
                            truth.add(f);
                        });
        outcome.lines()
                .forEach(
                        l -> {
                            published.add(l);
                            truth.add(l);
                        });
        Path file =
                Files.writeString(
                        dir.resolve("evidence-" + seed + ".json"),
                        EvidenceSamples.json(published.build()));
        return new Sample(
                clients + " clients, seed " + seed, EvidenceReader.read(file), truth.build());
    }

    private static List<Leak> attack(Sample s) {
        List<Leak> leaks = new ArrayList<>();
        for (InsurerEvidence i : s.published().insurers()) {
            if (i.suppressed()) {
                continue;
            }
            Map<String, EvidenceCell> cells = cells(i);
            Map<String, EvidenceCell> truth = cells(insurer(s.truth(), i.insurer()));
            for (Partition p : partitions(i, cells)) {
                long rest = p.total();
                List<String> hidden = new ArrayList<>();
                for (String c : p.cells()) {
                    if (cells.get(c).suppressed()) {
                        hidden.add(c);
                    } else {
                        rest -= p.value().applyAsLong(cells.get(c));
                    }
                }
                // a pessimistic attacker knows which suppressed cells are really zero (a credit
                // carries no money)
                List<String> unknown =
                        hidden.stream()
                                .filter(c -> p.value().applyAsLong(truth.get(c)) != 0)
                                .toList();
                if (unknown.size() != 1) {
                    continue;
                }
                long trueValue = p.value().applyAsLong(truth.get(unknown.get(0)));
                if (p.exact() || rest > 0) {
                    leaks.add(
                            new Leak(
                                    s.name(),
                                    i.insurer(),
                                    p.name(),
                                    unknown.get(0),
                                    trueValue,
                                    rest));
                }
            }
        }
        return leaks;
    }

    /** The partitions an attacker can read off the file: what adds up to what. */
    private static List<Partition> partitions(InsurerEvidence i, Map<String, EvidenceCell> cells) {
        List<Partition> ps = new ArrayList<>();
        List<String> techs = cells.keySet().stream().filter(k -> k.startsWith("tech:")).toList();
        EvidenceCell costGap = cells.get("code:COST_GAP");
        if (costGap != null && !costGap.suppressed()) {
            ps.add(
                    new Partition(
                            "COST_GAP cents", costGap.cents(), techs, EvidenceCell::cents, true));
            ps.add(
                    new Partition(
                            "COST_GAP overlap",
                            costGap.overlapCents(),
                            techs,
                            EvidenceCell::overlapCents,
                            true));
            ps.add(
                    new Partition(
                            "COST_GAP findings",
                            costGap.findings(),
                            techs,
                            EvidenceCell::findings,
                            true));
        }
        List<String> causes = cells.keySet().stream().filter(k -> k.startsWith("cause:")).toList();
        ps.add(
                new Partition(
                        "atRiskCents by cause",
                        i.figures().atRiskCents(),
                        causes,
                        EvidenceCell::cents,
                        true));
        List<String> codes =
                cells.keySet().stream()
                        .filter(k -> k.startsWith("code:") && !k.equals("code:COST_GAP"))
                        .toList();
        ps.add(
                new Partition(
                        "atRiskCents over codes",
                        i.figures().atRiskCents(),
                        codes,
                        EvidenceCell::cents,
                        false));
        for (EvidenceGroup g :
                List.of(EvidenceGroup.INSURER_CONDITIONS, EvidenceGroup.PROVIDER_SIDE)) {
            EvidenceCell cause = cells.get("cause:" + g);
            if (cause != null && !cause.suppressed()) {
                ps.add(
                        new Partition(
                                g + " over its codes",
                                cause.cents(),
                                codes.stream()
                                        .filter(
                                                k ->
                                                        EvidenceGroup.of(
                                                                        FindingCode.valueOf(
                                                                                k.substring(5)))
                                                                == g)
                                        .toList(),
                                EvidenceCell::cents,
                                false));
            }
        }
        return ps;
    }

    private static Map<String, EvidenceCell> cells(InsurerEvidence i) {
        Map<String, EvidenceCell> m = new java.util.TreeMap<>();
        i.costGaps().forEach((t, c) -> m.put("tech:" + t, c));
        i.findings().forEach((code, c) -> m.put("code:" + code, c));
        i.causes().forEach((g, c) -> m.put("cause:" + g, c));
        return m;
    }

    private static InsurerEvidence insurer(ProviderEvidence e, String id) {
        return e.insurers().stream().filter(i -> i.insurer().equals(id)).findFirst().orElseThrow();
    }

    private static int countSuppressed(ProviderEvidence e) {
        return (int)
                e.insurers().stream()
                        .flatMap(i -> cells(i).values().stream())
                        .filter(EvidenceCell::suppressed)
                        .count();
    }
}
