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
        return "BSN 11-test (Wet algemene bepalingen burgerservicenummer); Vektis retourcode 0435";
    }

    @Override
    public String explanation() {
        return "The BSN fails the 11-test (or is not 9 digits), so the insurer cannot identify the client.";
    }

    @Override
    public String whatToDo() {
        return "Correct the BSN in the client file (format the column as text so leading zeros stay), or use 999999999 when the client has none.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " carries a BSN that fails the 11-test; the insurer will refuse it (retourcode 0435). " + whatToDo();
    }
}
