package nl.tztcheck.verification;

/**
 * The insurance verification's call summary for summary.json. Counts only, nothing about clients.
 *
 * @param calls requests sent to the service, retries included
 * @param cacheHits client-months answered from the cache instead of by a call
 * @param failures requests that failed (timeout, connection error, 5xx, 429, other 4xx, malformed
 *     answer)
 * @param retries requests that were a retry of a failed one
 * @param circuitOpenings times the circuit breaker opened
 * @param unavailable client-months left unverified (their lines get INSURANCE_UNVERIFIED)
 * @param shortCircuited verifications refused without a call because the circuit was open
 * @param maxInFlight the most requests that were in flight at once (never above the concurrency)
 * @param deadlineMissed client-months not answered before the verification deadline (counted in
 *     {@code unavailable} too)
 */
public record VerificationStats(
        long calls,
        long cacheHits,
        long failures,
        long retries,
        long circuitOpenings,
        long unavailable,
        long shortCircuited,
        int maxInFlight,
        long deadlineMissed) {

    public static final VerificationStats NONE = new VerificationStats(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
