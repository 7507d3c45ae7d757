package nl.tztcheck.verification;

/**
 * The insurance service could not answer. The message says why (never the BSN); the lines of the
 * client-month get INSURANCE_UNVERIFIED and the run completes.
 */
public class InsuranceUnavailableException extends RuntimeException {

    public InsuranceUnavailableException(String message) {
        super(message);
    }

    public InsuranceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
