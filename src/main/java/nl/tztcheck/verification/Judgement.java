package nl.tztcheck.verification;

/**
 * What an insurance answer means for one declared line.
 *
 * @param detail why, for the finding's message: the insurer and dates, never the BSN; empty when OK
 */
public record Judgement(Outcome outcome, String detail) {

    public enum Outcome {
        /** Insured with the declared UZOVI on the service date. */
        OK,
        /**
         * Not insured on the service date, or insured with another UZOVI: retourcode 0320, an
         * ERROR.
         */
        NOT_INSURED_WITH_INSURER,
        /** The service could not answer: INSURANCE_UNVERIFIED, a WARNING. */
        UNVERIFIED
    }

    public static final Judgement OK = new Judgement(Outcome.OK, "");
}
