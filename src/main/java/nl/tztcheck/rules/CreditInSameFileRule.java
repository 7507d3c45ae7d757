package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** A credit line and the debit line it reverses are in the same file; both leave the check, and insurers often refuse such pairs. */
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
    public String explanation() {
        return "A credit line and the debit line it reverses are in the same file; both leave the check, and insurers often refuse such pairs.";
    }

    @Override
    public String whatToDo() {
        return "Remove both lines from the declaration; a reversal is only needed for a debit already sent.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Credit line " + c.line().lineId() + " reverses " + c.detail() + " in the same file; both lines were left out of the check. " + whatToDo();
    }
}
