package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** The declared amount differs by more than one cent from minutes x hourly tariff / 60. */
public final class AmountMismatchRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.AMOUNT_MISMATCH;
    }

    @Override
    public String nationalSource() {
        return "Vektis retourcode 0611: amount not according to the tariff";
    }

    @Override
    public String explanation() {
        return "The declared amount differs by more than one cent from minutes x hourly tariff / 60.";
    }

    @Override
    public String whatToDo() {
        return "Recalculate the amount as minutes x tariff / 60, rounded to the cent.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " declares " + c.line().amount().toPlainString() + " but " + c.line().minutes() + " minutes at " + c.line().hourlyTariff().toPlainString() + " per hour is " + c.amount().toPlainString() + ". " + whatToDo();
    }
}
