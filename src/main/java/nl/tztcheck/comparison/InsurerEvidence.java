package nl.tztcheck.comparison;

import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;

/**
 * One provider's evidence about one insurer. When the insurer covers fewer than {@link
 * EvidenceBuilder#MIN_CLIENTS} clients the whole entry is suppressed: figures are {@link
 * InsurerFigures#ZERO} and the maps empty; its provenance is still given.
 *
 * @param costGaps cost gap per technology category (cents = the gap, overlap = the part of it at
 *     risk as well)
 * @param findings per finding code (cents = at risk on the lines carrying it; for COST_GAP the gap)
 * @param causes at risk split by cause ({@link EvidenceGroup#causeOf}): insurer conditions or
 *     provider side; adds up to {@code figures.atRiskCents} when no cell is suppressed
 * @param trust how far the conditions that judged these lines can be trusted: the worst of {@code
 *     profiles}
 * @param profiles the profile versions that judged the insurer's lines
 */
public record InsurerEvidence(
        String insurer,
        String name,
        boolean suppressed,
        InsurerFigures figures,
        Map<Technology, EvidenceCell> costGaps,
        Map<FindingCode, EvidenceCell> findings,
        Map<EvidenceGroup, EvidenceCell> causes,
        Trust trust,
        List<ProfileUse> profiles) {

    public InsurerEvidence {
        costGaps = Map.copyOf(costGaps);
        findings = Map.copyOf(findings);
        causes = Map.copyOf(causes);
        profiles = List.copyOf(profiles);
    }

    static InsurerEvidence suppressed(
            String insurer, String name, Trust trust, List<ProfileUse> profiles) {
        return new InsurerEvidence(
                insurer,
                name,
                true,
                InsurerFigures.ZERO,
                Map.of(),
                Map.of(),
                Map.of(),
                trust,
                profiles);
    }
}
