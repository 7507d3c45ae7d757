package nl.tztcheck.rules;

/**
 * Where a technology line ended up. The money invariant (claimed = reimbursable + at risk +
 * unchecked) holds for CHECKED, INELIGIBLE, DUPLICATE and UNCHECKED: the debits not reversed.
 */
public enum LineStatus {
    /** Eligible; allowed minutes and tariff decide what is paid. */
    CHECKED,
    /** Excluded by an eligibility rule; the whole amount is at risk. */
    INELIGIBLE,
    /** Repeats an earlier line; the whole amount is at risk. */
    DUPLICATE,
    /** No insurer profile; the amount is unchecked, not at risk. */
    UNCHECKED,
    /** A debit reversed by a credit in the same file; left out of the totals. */
    CANCELLED,
    /** A credit line; left out of the totals. */
    CREDIT;

    public boolean inTotals() {
        return this == CHECKED || this == INELIGIBLE || this == DUPLICATE || this == UNCHECKED;
    }
}
