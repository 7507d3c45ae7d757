package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/**
 * The same care (client, insurer, prestatie, date, minutes, tariff, technology) appears twice; the
 * insurer pays it once.
 */
public final class DuplicateLineRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.DUPLICATE_LINE;
    }

    @Override
    public String nationalSource() {
        return "Vektis retourcode 0587: prestatie already declared";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.requireLine().lineId(), "otherLineId", c.detail()};
    }
}
