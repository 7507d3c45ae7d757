package nl.tztcheck.businesscase;

/**
 * Whether an insurer pays 1062 for the scenario, and if not, why (shown next to a reimbursement of
 * 0).
 */
public enum Outcome {
    /** Contracted and covered: the planned minutes are paid up to the caps. */
    PAID,
    /** 1062 is not contracted with this insurer: reimbursement 0. */
    NOT_CONTRACTED,
    /** The insurer does not cover the category, or its ceiling or cap is 0: reimbursement 0. */
    NOT_COVERED,
    /** The insurer excludes the product: reimbursement 0. */
    PRODUCT_EXCLUDED,
    /** No version of the insurer's profile is valid on the start date: no figures. */
    NO_PROFILE,
    /**
     * The saved minutes are not known for this insurer (e.g. an observed cell under 10 clients): no
     * figures.
     */
    SAVED_UNKNOWN;

    /** Whether this outcome has figures (a reimbursement of 0 still has them). */
    public boolean hasFigures() {
        return this != NO_PROFILE && this != SAVED_UNKNOWN;
    }
}
