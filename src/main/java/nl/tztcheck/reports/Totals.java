package nl.tztcheck.reports;

import nl.tztcheck.rules.LineResult;

/** Money totals in cents over the lines counted in the totals (debits not reversed), plus cost gaps. */
public record Totals(long claimed, long reimbursable, long atRisk, long unchecked, long costGap) {

    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    public Totals plus(LineResult r) {
        return new Totals(claimed + r.claimed(), reimbursable + r.reimbursable(), atRisk + r.atRisk(), unchecked + r.unchecked(), costGap);
    }

    public Totals plusCostGap(long cents) {
        return new Totals(claimed, reimbursable, atRisk, unchecked, costGap + cents);
    }

    /** Spec invariant: claimed = reimbursable + at risk + unchecked. */
    public boolean reconciles() {
        return claimed == reimbursable + atRisk + unchecked;
    }
}
