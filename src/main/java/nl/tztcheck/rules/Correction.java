package nl.tztcheck.rules;

/**
 * How spec step 3.1 settled a line: a debit reversed in the same file, the credit that reversed
 * it, or a credit that reverses nothing in this file.
 */
public record Correction(Kind kind, String otherLineId, String reason) {

    public enum Kind { CANCELLED, CANCELS, ORPHAN }

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
