package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/**
 * A credit line names a debit line that is not (or no longer) in this file; it presumably reverses
 * an earlier declaration.
 */
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
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "debitLineId",
            c.requireLine().correctsLineId(),
            "reason",
            reason(c.detail(), t)
        };
    }

    /**
     * Words the {@link Correction} reason code; a reason staged by an older version (free text) is
     * shown as it is.
     */
    private String reason(String code, RuleTexts t) {
        if (code == null || code.isEmpty() || code.equals(Correction.ABSENT)) {
            return t.text(code(), "reason.absent");
        }
        if (code.equals(Correction.TARGET_IS_CREDIT)) {
            return t.text(code(), "reason.credit");
        }
        if (code.startsWith(Correction.ALREADY_REVERSED_BY)) {
            return t.text(
                    code(),
                    "reason.reversed",
                    "creditLineId",
                    code.substring(Correction.ALREADY_REVERSED_BY.length()));
        }
        return code;
    }
}
