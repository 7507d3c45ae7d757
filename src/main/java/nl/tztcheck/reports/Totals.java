package nl.tztcheck.reports;

import nl.tztcheck.rules.LineResult;

/**
 * Money totals in cents over the lines counted in the totals (debits not reversed), plus cost gaps,
 * plus the money those lines left unclaimed (AMOUNT_MISMATCH findings where the declared amount is
 * below minutes x tariff / 60). {@code underclaimed} is reported apart: it is not part of claimed =
 * reimbursable + at risk + unchecked.
 */
public record Totals(
        long claimed,
        long reimbursable,
        long atRisk,
        long unchecked,
        long costGap,
        long underclaimed) {

    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0);

    public Totals plus(LineResult r) {
        return new Totals(
                claimed + r.claimed(),
                reimbursable + r.reimbursable(),
                atRisk + r.atRisk(),
                unchecked + r.unchecked(),
                costGap,
                underclaimed);
    }

    public Totals plusCostGap(long cents) {
        return new Totals(claimed, reimbursable, atRisk, unchecked, costGap + cents, underclaimed);
    }

    /**
     * Money a line left unclaimed (the {@code underclaimedCents} of its AMOUNT_MISMATCH finding).
     */
    public Totals plusUnderclaimed(long cents) {
        return new Totals(claimed, reimbursable, atRisk, unchecked, costGap, underclaimed + cents);
    }

    /** Both added up, field by field. */
    public Totals plus(Totals o) {
        return new Totals(
                claimed + o.claimed,
                reimbursable + o.reimbursable,
                atRisk + o.atRisk,
                unchecked + o.unchecked,
                costGap + o.costGap,
                underclaimed + o.underclaimed);
    }

    /**
     * Spec invariant: claimed = reimbursable + at risk + unchecked (underclaimed is apart from it).
     */
    public boolean reconciles() {
        return claimed == reimbursable + atRisk + unchecked;
    }
}
