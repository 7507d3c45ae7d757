package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/**
 * The insurance verification service could not answer for this client-month; the line was checked
 * without it.
 */
public final class InsuranceUnverifiedRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.INSURANCE_UNVERIFIED;
    }

    @Override
    public String nationalSource() {
        return "tzt-check insurance verification (VECOZO COV-style service, docs/verification.md)";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {
            "lineId", c.requireLine().lineId(), "month", t.month(c.requireLine().month())
        };
    }
}
