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
        return Citations.CONTRACT
                + "; in practice 1062 is declarable only under such a contract or addendum";
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
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "insurer",
            t.insurer(c.profile()),
            "date",
            t.date(c.requireLine().serviceDate())
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return !e.requireProfile().settings().contracted();
    }
}
