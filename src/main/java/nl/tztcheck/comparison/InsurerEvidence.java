package nl.tztcheck.comparison;

import java.util.Map;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;

/**
 * One provider's evidence about one insurer. When the insurer covers fewer than
 * {@link EvidenceBuilder#MIN_CLIENTS} clients the whole entry is suppressed: figures are
 * {@link InsurerFigures#ZERO} and the maps empty.
 *
 * @param costGaps cost gap per technology category (cents = the gap)
 * @param findings per finding code (cents = at risk on the lines carrying it; for COST_GAP the gap)
 */
public record InsurerEvidence(String insurer, String name, boolean suppressed, InsurerFigures figures,
        Map<Technology, EvidenceCell> costGaps, Map<FindingCode, EvidenceCell> findings) {

    public InsurerEvidence {
        costGaps = Map.copyOf(costGaps);
        findings = Map.copyOf(findings);
    }
}
