package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/**
 * The insurer pays 1062 only on top of regular verpleging or persoonlijke verzorging in the same
 * month.
 */
public final class NoRegularCareRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NO_REGULAR_CARE;
    }

    @Override
    public String nationalSource() {
        return Citations.CONTRACT;
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("requiresRegularCareSameMonth");
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
            "month",
            t.month(c.requireLine().month()),
            "insurer",
            t.insurer(c.profile())
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.requireProfile().settings().requiresRegularCareSameMonth()
                && !e.regularCareSameMonth();
    }
}
