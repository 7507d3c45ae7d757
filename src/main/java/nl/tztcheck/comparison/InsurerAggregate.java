package nl.tztcheck.comparison;

import java.util.Map;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;

/**
 * One insurer over all providers: the published figures added up.
 *
 * @param providers           providers with published figures for this insurer
 * @param suppressedProviders providers whose figures for it were suppressed (not in the sums)
 */
public record InsurerAggregate(String insurer, String name, int providers, int suppressedProviders, InsurerFigures figures,
        Map<Technology, DimensionAggregate> costGaps, Map<FindingCode, DimensionAggregate> findings) {

    public InsurerAggregate {
        costGaps = Map.copyOf(costGaps);
        findings = Map.copyOf(findings);
    }

    /** The published cost gaps of every technology, in cents. */
    public long costGapCents() {
        return costGaps.values().stream().mapToLong(d -> d.total().cents()).sum();
    }

    /** Money at risk plus cost gap: what the insurer's interpretation costs these providers, in cents. */
    public long euroGapCents() {
        return figures.atRiskCents() + costGapCents();
    }

    public DimensionAggregate finding(FindingCode code) {
        return findings.getOrDefault(code, DimensionAggregate.NONE);
    }
}
