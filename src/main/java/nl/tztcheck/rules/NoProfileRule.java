package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/**
 * No insurer profile covers this UZOVI code on this date, so the line could not be checked; its
 * amount is counted as unchecked, not at risk.
 */
public final class NoProfileRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NO_PROFILE;
    }

    @Override
    public String nationalSource() {
        return "tzt-check: insurer profiles (insurer-profiles/)";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "uzovi",
            c.requireLine().uzovi(),
            "date",
            t.date(c.requireLine().serviceDate())
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.profile() == null;
    }
}
