package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/**
 * The insurer requires its prior approval (e.g. an accepted addendum or application) before 1062 is
 * paid; the line carries no approval reference.
 */
public final class ApprovalMissingRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.APPROVAL_MISSING;
    }

    @Override
    public String nationalSource() {
        return Citations.CONTRACT;
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("requiresApproval");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.requireLine().lineId(), "insurer", t.insurer(c.profile())};
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.requireProfile().settings().requiresApproval() && !line.hasApproval();
    }
}
