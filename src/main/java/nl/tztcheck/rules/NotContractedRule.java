package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/** The insurer has not contracted thuiszorgtechnologie (0 hours), so 1062 lines are not paid. */
public final class NotContractedRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NOT_CONTRACTED;
    }

    @Override
    public String nationalSource() {
        return "NZa: conditions of 1062 are agreed between insurer and provider; declarable only under a contract or addendum";
    }

    @Override
    public String explanation() {
        return "The insurer has not contracted thuiszorgtechnologie (0 hours), so 1062 lines are not paid.";
    }

    @Override
    public String whatToDo() {
        return "Do not declare 1062 to this insurer without a contract; discuss an addendum with the insurer.";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("contracted");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " is declared to " + c.insurer() + ", which has not contracted 1062 on " + c.line().serviceDate() + "; the whole amount is at risk. " + whatToDo();
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return !e.profile().settings().contracted();
    }
}
