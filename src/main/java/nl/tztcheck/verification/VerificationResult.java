package nl.tztcheck.verification;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.rules.Insurance;
import nl.tztcheck.rules.InsuranceLookup;

/**
 * The answers per client-month of one {@link VerificationService#verifyAll} and the call summary so
 * far.
 */
public record VerificationResult(
        Map<ClientMonth, InsuranceAnswer> answers, VerificationStats stats) {

    public VerificationResult {
        answers = Map.copyOf(answers);
    }

    public Optional<InsuranceAnswer> answer(String clientKey, YearMonth month) {
        return Optional.ofNullable(answers.get(new ClientMonth(clientKey, month)));
    }

    /**
     * For the rules: a client-month not in the answers (no valid BSN) is {@link
     * Insurance#NOT_ASKED}.
     */
    public InsuranceLookup asLookup() {
        return (clientId, uzovi, month) ->
                answer(clientId, month)
                        .map(InsuranceAnswer::toInsurance)
                        .orElse(Insurance.NOT_ASKED);
    }
}
