package nl.tztcheck.comparison;

import java.util.Collection;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;

/**
 * What a finding says about: how an insurer interprets the national rule (a dimension of the
 * interpretation matrix), the technology's cost not covered (COST_GAP, its own dimension), or the
 * provider's own declaration (duplicates, invalid BSNs, amounts, credits, administration). The
 * aggregate keeps the three apart so that provider-side errors never count as an insurer
 * difference.
 */
public enum EvidenceGroup {
    INSURER_CONDITIONS,
    COST_GAP,
    PROVIDER_SIDE;

    public static EvidenceGroup of(FindingCode code) {
        if (code == FindingCode.COST_GAP) {
            return COST_GAP;
        }
        return MatrixRow.of(code).isPresent() ? INSURER_CONDITIONS : PROVIDER_SIDE;
    }

    /**
     * Why a line's money is at risk: a provider-side error (duplicate, invalid BSN, not insured
     * there) decides whatever the insurer's terms say; else an insurer condition when the line
     * carries one; else the declaration itself (an amount above the tariff, rounding).
     */
    public static EvidenceGroup causeOf(Collection<FindingCode> codes) {
        boolean insurer = false;
        for (FindingCode c : codes) {
            if (of(c) == PROVIDER_SIDE && c.severity() == Severity.ERROR) {
                return PROVIDER_SIDE;
            }
            insurer |= of(c) == INSURER_CONDITIONS;
        }
        return insurer ? INSURER_CONDITIONS : PROVIDER_SIDE;
    }
}
