package nl.tztcheck.verification;

import java.time.LocalDate;

/**
 * Asks an insurance register (modelled on VECOZO's COV check) whether a person was insured on a
 * date, and with which insurer. {@link HttpInsuranceVerifier} speaks tzt-check's JSON contract
 * (docs/verification.md); an adapter for the SOAP COV service implements this interface too.
 */
@FunctionalInterface
public interface InsuranceVerifier {

    /**
     * @param bsn 9 digits passing the 11-test; implementations send it only to their configured
     *     service and never log it or put it in a message
     * @param date the day to ask about
     * @return an answer with status {@link InsuranceAnswer.Status#INSURED} or {@link
     *     InsuranceAnswer.Status#NOT_INSURED}
     * @throws InsuranceUnavailableException when the service cannot answer (down, timed out,
     *     refused, malformed answer, circuit open); the check goes on with a warning
     */
    InsuranceAnswer verify(String bsn, LocalDate date);
}
