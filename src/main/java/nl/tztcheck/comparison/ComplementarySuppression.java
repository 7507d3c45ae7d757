package nl.tztcheck.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import nl.tztcheck.findings.FindingCode;
import org.jspecify.annotations.Nullable;

/**
 * Secondary suppression inside one insurer's evidence, so that no suppressed cell can be derived
 * from the published ones. Each relation is a published total and the cells that add up to it
 * (exactly, or at least: a line with two codes counts under both):
 *
 * <ul>
 *   <li>COST_GAP = the sum of the technology cells (cents and findings, each exactly: each is a
 *       relation);
 *   <li>the insurer's atRiskCents = the sum of its at-risk-by-cause cells (exactly);
 *   <li>atRiskCents &lt;= the sum of every code cell but COST_GAP;
 *   <li>each cause cell &lt;= the sum of the code cells of its group (insurer conditions, provider
 *       side).
 * </ul>
 *
 * Rule, applied until nothing changes: when a relation's total is published and exactly one of its
 * cells with a non-zero figure is suppressed, the published cell with a non-zero figure and the
 * fewest clients (then the fewest cents, then by key) is suppressed too; when there is none, the
 * total is suppressed if it is a cell, else the whole insurer. Cells whose figure is 0 (a credit's
 * finding carries no money) neither leak through that total nor protect another cell, so they do
 * not count.
 */
final class ComplementarySuppression {

    static final String TECH = "tech:";
    static final String CODE = "code:";
    static final String CAUSE = "cause:";

    /**
     * A total (a cell key, or null for the insurer's published atRiskCents), the cells under it,
     * and which figure adds up.
     */
    record Relation(
            @Nullable String total, List<String> cells, ToLongFunction<EvidenceCell> value) {}

    private ComplementarySuppression() {}

    static List<Relation> relations(Set<String> keys) {
        List<Relation> r = new ArrayList<>();
        List<String> techs = keys.stream().filter(k -> k.startsWith(TECH)).sorted().toList();
        // each figure of the technology cells adds up to COST_GAP's (the overlap is published on
        // COST_GAP only; were it
        // per technology, it would be one more relation)
        r.add(new Relation(CODE + FindingCode.COST_GAP, techs, EvidenceCell::cents));
        r.add(new Relation(CODE + FindingCode.COST_GAP, techs, EvidenceCell::overlapCents));
        r.add(new Relation(CODE + FindingCode.COST_GAP, techs, EvidenceCell::findings));
        r.add(
                new Relation(
                        null,
                        keys.stream().filter(k -> k.startsWith(CAUSE)).sorted().toList(),
                        EvidenceCell::cents));
        r.add(new Relation(null, codes(keys, null), EvidenceCell::cents));
        for (EvidenceGroup g :
                List.of(EvidenceGroup.INSURER_CONDITIONS, EvidenceGroup.PROVIDER_SIDE)) {
            r.add(new Relation(CAUSE + g, codes(keys, g), EvidenceCell::cents));
        }
        return r;
    }

    private static List<String> codes(Set<String> keys, @Nullable EvidenceGroup group) {
        return keys.stream()
                .filter(k -> k.startsWith(CODE))
                .filter(
                        k -> {
                            EvidenceGroup g =
                                    EvidenceGroup.of(
                                            FindingCode.valueOf(k.substring(CODE.length())));
                            return g != EvidenceGroup.COST_GAP && (group == null || g == group);
                        })
                .sorted()
                .toList();
    }

    /**
     * Adds to {@code suppressed} what protects the cells already in it.
     *
     * @param cells every cell of the insurer with its true figures
     * @return false when only suppressing the whole insurer protects them
     */
    static boolean complete(Map<String, EvidenceCell> cells, Set<String> suppressed) {
        List<Relation> relations = relations(cells.keySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation r : relations) {
                if (r.total() != null
                        && (!cells.containsKey(r.total()) || suppressed.contains(r.total()))) {
                    continue; // no published total: nothing to subtract from
                }
                long hidden =
                        r.cells().stream()
                                .filter(suppressed::contains)
                                .filter(k -> r.value().applyAsLong(cells.get(k)) != 0)
                                .count();
                if (hidden != 1) {
                    continue;
                }
                // a relation's cells are keys of cells (relations(cells.keySet())), so every lookup
                // finds one
                Optional<String> partner =
                        r.cells().stream()
                                .filter(k -> !suppressed.contains(k))
                                .filter(k -> r.value().applyAsLong(cells.get(k)) != 0)
                                .min(
                                        Comparator.comparingLong(
                                                        (String k) ->
                                                                Objects.requireNonNull(cells.get(k))
                                                                        .clients())
                                                .thenComparingLong(
                                                        k ->
                                                                Math.abs(
                                                                        Objects.requireNonNull(
                                                                                        cells.get(
                                                                                                k))
                                                                                .cents()))
                                                .thenComparing(k -> k));
                if (partner.isPresent()) {
                    suppressed.add(partner.get());
                } else if (r.total() != null) {
                    suppressed.add(r.total());
                } else {
                    return false;
                }
                changed = true;
            }
        }
        return true;
    }
}
