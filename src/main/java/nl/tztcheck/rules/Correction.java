package nl.tztcheck.rules;

/**
 * How spec step 3.1 settled a line: a debit reversed in the same file, the credit that reversed it,
 * or a credit that reverses nothing in this file.
 *
 * @param reason for an orphan credit, why, as a language-neutral code ({@link #ABSENT}, {@link
 *     #TARGET_IS_CREDIT}, {@link #ALREADY_REVERSED_BY} + the credit's line id): it is staged in the
 *     database, and the rule words it in the run's language
 */
public record Correction(Kind kind, String otherLineId, String reason) {

    public enum Kind {
        CANCELLED,
        CANCELS,
        ORPHAN
    }

    /** The debit it names is not among the readable lines of the file. */
    public static final String ABSENT = "ABSENT";

    /** The line it names is itself a credit. */
    public static final String TARGET_IS_CREDIT = "TARGET_IS_CREDIT";

    /**
     * Another credit, earlier in the file, already reverses the debit; followed by that credit's
     * line id.
     */
    public static final String ALREADY_REVERSED_BY = "ALREADY_REVERSED_BY:";

    public static Correction cancelledBy(String creditLineId) {
        return new Correction(Kind.CANCELLED, creditLineId, "");
    }

    public static Correction cancels(String debitLineId) {
        return new Correction(Kind.CANCELS, debitLineId, "");
    }

    public static Correction orphan(String debitLineId, String reason) {
        return new Correction(Kind.ORPHAN, debitLineId, reason);
    }
}
