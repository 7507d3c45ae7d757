package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/**
 * A credit line and the debit line it reverses are in the same file; both leave the check, and
 * insurers often refuse such pairs.
 */
public final class CreditInSameFileRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.CREDIT_IN_SAME_FILE;
    }

    @Override
    public String nationalSource() {
        return "Vektis retourcode 8062: debit and identical credit in the same file";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.requireLine().lineId(), "debitLineId", c.detail()};
    }
}
