package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** The same care (client, insurer, prestatie, date, minutes, tariff, technology) appears twice; the insurer pays it once. */
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
    public String explanation() {
        return "The same care (client, insurer, prestatie, date, minutes, tariff, technology) appears twice; the insurer pays it once.";
    }

    @Override
    public String whatToDo() {
        return "Remove the duplicate line, or make it differ if it really is separate care.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " repeats " + c.detail() + " (same client, insurer, prestatie, date, minutes, tariff and technology); the whole amount is at risk. " + whatToDo();
    }
}
