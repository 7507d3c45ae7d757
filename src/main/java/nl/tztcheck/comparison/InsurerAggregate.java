package nl.tztcheck.comparison;

import java.util.Map;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;

/**
 * One insurer over all providers: the published figures added up.
 *
 * @param providers providers with published figures for this insurer
 * @param suppressedProviders providers whose figures for it were suppressed whole (not in the sums)
 * @param causes at risk by cause (insurer conditions, provider side)
 * @param trust the worst trust of the profile versions that judged its lines, over all providers
 * @param dimensionTrust per profile key, the worst trust over all providers
 */
public record InsurerAggregate(
        String insurer,
        String name,
        int providers,
        int suppressedProviders,
        InsurerFigures figures,
        Map<Technology, DimensionAggregate> costGaps,
        Map<FindingCode, DimensionAggregate> findings,
        Map<EvidenceGroup, DimensionAggregate> causes,
        Trust trust,
        Map<String, Trust> dimensionTrust) {

    public InsurerAggregate {
        costGaps = Map.copyOf(costGaps);
        findings = Map.copyOf(findings);
        causes = Map.copyOf(causes);
        dimensionTrust = Map.copyOf(dimensionTrust);
    }

    /**
     * The cost gap over all technologies: the providers' published COST_GAP cells, the same figure
     * as the COST_GAP row (the technology cells are its breakdown; some of them may be suppressed
     * where the total is not).
     */
    public DimensionAggregate costGap() {
        return finding(FindingCode.COST_GAP);
    }

    public DimensionAggregate finding(FindingCode code) {
        return findings.getOrDefault(code, DimensionAggregate.NONE);
    }

    public DimensionAggregate cause(EvidenceGroup group) {
        return causes.getOrDefault(group, DimensionAggregate.NONE);
    }

    /** The worst trust over these profile keys; the insurer's overall trust when none is known. */
    public Trust trustOf(java.util.Collection<String> dimensions) {
        Trust t = Trust.VERIFIED;
        boolean any = false;
        for (String d : dimensions) {
            if (dimensionTrust.containsKey(d)) {
                t = t.and(dimensionTrust.get(d));
                any = true;
            }
        }
        return any ? t : trust;
    }
}
