package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/** The insurer requires its prior approval (e.g. an accepted addendum or application) before 1062 is paid; the line carries no approval reference. */
public final class ApprovalMissingRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.APPROVAL_MISSING;
    }

    @Override
    public String nationalSource() {
        return "NZa Regeling verpleging en verzorging NR/REG-2407, art. 5.7 (thuiszorgtechnologie)";
    }

    @Override
    public String explanation() {
        return "The insurer requires its prior approval (e.g. an accepted addendum or application) before 1062 is paid; the line carries no approval reference.";
    }

    @Override
    public String whatToDo() {
        return "Fill in the approval reference (toestemming) from the insurer's approval, or apply for approval before declaring.";
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
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " has no approval reference, but " + c.insurer() + " requires prior approval for 1062; the whole amount is at risk. " + whatToDo();
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.profile().settings().requiresApproval() && !line.hasApproval();
    }
}
