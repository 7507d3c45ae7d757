package nl.tztcheck.comparison;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;

/**
 * Adds up the evidence of many providers per insurer, code and technology: published cells are
 * summed, suppressed cells only counted (so the aggregate equals the sum of the published parts).
 */
public final class EvidenceAggregator {

    private EvidenceAggregator() {
    }

    /** Accumulates one insurer. */
    private static final class Acc {
        String name;
        int providers;
        int suppressed;
        InsurerFigures figures = InsurerFigures.ZERO;
        final Map<Technology, DimensionAggregate> gaps = new EnumMap<>(Technology.class);
        final Map<FindingCode, DimensionAggregate> codes = new EnumMap<>(FindingCode.class);
    }

    public static NationalEvidence aggregate(List<ProviderEvidence> files) {
        Map<String, Acc> byInsurer = new TreeMap<>();
        List<String> named = new ArrayList<>();
        String first = "";
        String last = "";
        for (ProviderEvidence p : files) {
            if (p.provider() != null) {
                named.add(p.provider());
            }
            first = earlier(first, p.firstMonth());
            last = later(last, p.lastMonth());
            for (InsurerEvidence i : p.insurers()) {
                Acc acc = byInsurer.computeIfAbsent(i.insurer(), k -> new Acc());
                acc.name = acc.name == null ? i.name() : acc.name;
                if (i.suppressed()) {
                    acc.suppressed++;
                    continue;
                }
                acc.providers++;
                acc.figures = acc.figures.plus(i.figures());
                i.costGaps().forEach((t, c) -> acc.gaps.merge(t, DimensionAggregate.NONE.plus(c), EvidenceAggregator::merge));
                i.findings().forEach((code, c) -> acc.codes.merge(code, DimensionAggregate.NONE.plus(c), EvidenceAggregator::merge));
            }
        }
        List<InsurerAggregate> insurers = new ArrayList<>();
        byInsurer.forEach((id, a) -> insurers.add(new InsurerAggregate(id, a.name, a.providers, a.suppressed, a.figures, a.gaps, a.codes)));
        named.sort(String.CASE_INSENSITIVE_ORDER);
        return new NationalEvidence(files.size(), named, first, last, insurers);
    }

    private static DimensionAggregate merge(DimensionAggregate a, DimensionAggregate b) {
        return new DimensionAggregate(a.providers() + b.providers(), a.suppressedProviders() + b.suppressedProviders(),
                a.total().plus(b.total()));
    }

    private static String earlier(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
    }

    private static String later(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) >= 0 ? a : b;
    }
}
