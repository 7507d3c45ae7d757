package nl.tztcheck.rules;

import java.util.List;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;

/**
 * Spec step 6, the money of one line in whole cents: what it claims, what is reimbursable, at risk
 * or unchecked, and what the provider left unclaimed. Static methods rather than a value per line,
 * since this runs for every line of every group and {@link LineResult} already carries the figures.
 */
final class LineMoney {

    private LineMoney() {}

    /**
     * reimbursable = min(claimed, allowed minutes x min(tariff, ceiling) / 60), rounded half up
     * once per line; never more than the line claims, because a payer pays at most what was
     * declared, so at risk is never negative.
     */
    static long reimbursable(ClaimLine line, int allowedMinutes, Money ceiling) {
        long payable =
                Money.forMinutes(allowedMinutes, TariffCeilingRule.paidTariff(line, ceiling))
                        .cents();
        return Math.min(line.amount().cents(), payable);
    }

    /**
     * What a declared amount falls short of minutes x tariff / 60 ({@code expected}): money left
     * unclaimed, apart from at risk. Like the other money figures only carried by lines in the
     * totals (a credit or a reversed debit carries none); zero when the amount is the higher of the
     * two.
     */
    static Money underclaimed(ClaimLine line, Money expected, LineStatus status) {
        return status.inTotals()
                ? Money.max(Money.ZERO, expected.minus(line.amount()))
                : Money.ZERO;
    }

    /**
     * The line's result: how its claimed amount splits by where it ended up ({@link LineStatus}).
     * Checked: what the caps and the ceiling allow is reimbursable, the rest at risk. Ineligible or
     * duplicate: all at risk. Unchecked: all unchecked. Cancelled and credit lines are left out of
     * the totals; a credit claims its amount negated.
     *
     * @param allowedMinutes what the caps granted (only a checked line has any)
     * @param reimbursable {@link #reimbursable} for a checked line
     */
    static LineResult result(
            ClaimLine line,
            LineStatus status,
            String insurer,
            String version,
            int allowedMinutes,
            long reimbursable,
            List<FindingCode> codes) {
        long amount = line.amount().cents();
        return switch (status) {
            case CHECKED ->
                    new LineResult(
                            line,
                            status,
                            insurer,
                            version,
                            allowedMinutes,
                            amount,
                            reimbursable,
                            amount - reimbursable,
                            0,
                            codes);
            case INELIGIBLE, DUPLICATE ->
                    new LineResult(line, status, insurer, version, 0, amount, 0, amount, 0, codes);
            case UNCHECKED ->
                    new LineResult(line, status, insurer, version, 0, amount, 0, 0, amount, codes);
            case CANCELLED ->
                    new LineResult(line, status, insurer, version, 0, amount, 0, 0, 0, codes);
            case CREDIT ->
                    new LineResult(line, status, insurer, version, 0, -amount, 0, 0, 0, codes);
        };
    }
}
