package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** A credit line names a debit line that is not (or no longer) in this file; it presumably reverses an earlier declaration. */
public final class OrphanCreditRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.ORPHAN_CREDIT;
    }

    @Override
    public String nationalSource() {
        return "Vektis AW319 field 0432: a credit carries the reference of the debit it reverses";
    }

    @Override
    public String explanation() {
        return "A credit line names a debit line that is not (or no longer) in this file; it presumably reverses an earlier declaration.";
    }

    @Override
    public String whatToDo() {
        return "Check that the reference points to a line declared earlier; no action is needed if it does.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Credit line " + c.line().lineId() + " reverses line " + c.line().correctsLineId() + ", " + c.detail() + ". " + whatToDo();
    }
}
