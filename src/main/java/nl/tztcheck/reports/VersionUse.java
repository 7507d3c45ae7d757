package nl.tztcheck.reports;

import java.util.List;
import java.util.Map;
import nl.tztcheck.profiles.EffectiveProfile;
import nl.tztcheck.profiles.Trust;

/**
 * One insurer version (over one national version) that judged lines of a run, with how far its
 * conditions are backed: what summary.json and report.html put next to that insurer's figures.
 *
 * @param sourcedForPeriod false when the insurer's or the national version only carries earlier
 *     terms forward
 * @param dimensions every dimension that applied, by its trust
 */
public record VersionUse(
        String insurerVersion,
        String nationalVersion,
        Trust trust,
        boolean sourcedForPeriod,
        Map<Trust, List<String>> dimensions,
        List<String> conditionsNotChecked) {

    public static VersionUse of(EffectiveProfile p) {
        return new VersionUse(
                p.insurerVersion().version(),
                p.nationalVersion().version(),
                p.trust(),
                p.sourcedForPeriod(),
                p.dimensionsByTrust(),
                p.insurerVersion().conditionsNotChecked());
    }
}
