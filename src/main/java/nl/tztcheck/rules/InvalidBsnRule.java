package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** The BSN fails the 11-test (or is not 9 digits), so the insurer cannot identify the client. */
public final class InvalidBsnRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.INVALID_BSN;
    }

    @Override
    public String nationalSource() {
        return "BSN 11-test; Vektis AW319: the BSN is 9 digits, all nines when the person has none; Vektis retourcode 0435 (BSN missing or wrong)";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.requireLine().lineId()};
    }
}
