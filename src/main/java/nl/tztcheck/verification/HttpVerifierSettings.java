package nl.tztcheck.verification;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import nl.tztcheck.privacy.SafeUrl;

/**
 * How {@link HttpInsuranceVerifier} talks to the service.
 *
 * @param baseUrl the service; requests go to {@code {baseUrl}/v1/insurance-checks}. HTTPS only:
 *     {@code http://} is refused unless {@code allowPlainHttpForTests} is set and the host is the
 *     loopback address
 * @param timeout per request, from sending to the whole answer
 * @param retries further attempts after a failed one (0 = none)
 * @param backoffBase the wait before the first retry (doubled each retry, randomised by +/- 50 %)
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one gives up at once
 * @param circuitThreshold consecutive failed requests that open the circuit
 * @param circuitCoolDown how long the circuit stays open before it lets a trial request through
 *     (half-open)
 * @param circuitPatience failed trial requests in a row after which questions stop waiting for the
 *     circuit to close and are answered unverified at once while it is open (0: never wait)
 */
public record HttpVerifierSettings(
        URI baseUrl,
        Duration timeout,
        int retries,
        Duration backoffBase,
        Duration maxBackoff,
        Duration maxRetryAfter,
        int circuitThreshold,
        Duration circuitCoolDown,
        int circuitPatience,
        boolean allowPlainHttpForTests) {

    public static final String PATH = "/v1/insurance-checks";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public HttpVerifierSettings {
        checkUrl(baseUrl, allowPlainHttpForTests);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(
                    "tzt.verification.timeout must be positive, was " + timeout);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException(
                    "tzt.verification.retries must be 0 to 10, was " + retries);
        }
        if (circuitThreshold < 1
                || circuitPatience < 0
                || circuitCoolDown.isNegative()
                || circuitCoolDown.isZero()) {
            throw new IllegalArgumentException(
                    "the circuit breaker needs a threshold of at least 1, a positive cool-down and a"
                            + " patience of at least 0");
        }
    }

    /**
     * Defaults: backoff 200 ms doubling up to 5 s, Retry-After up to 30 s, the circuit opens after
     * 5 failures in a row for 30 s, and questions wait for it until 3 trial requests in a row have
     * failed.
     */
    public static HttpVerifierSettings of(URI baseUrl, Duration timeout, int retries) {
        return of(baseUrl, timeout, retries, false);
    }

    /**
     * As {@link #of(URI, Duration, int)}; {@code allowPlainHttpForTests} accepts {@code http://} to
     * the loopback address (tests only).
     */
    public static HttpVerifierSettings of(
            URI baseUrl, Duration timeout, int retries, boolean allowPlainHttpForTests) {
        return new HttpVerifierSettings(
                baseUrl,
                timeout,
                retries,
                Duration.ofMillis(200),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                5,
                Duration.ofSeconds(30),
                3,
                allowPlainHttpForTests);
    }

    public HttpVerifierSettings withBackoff(Duration base, Duration max) {
        return new HttpVerifierSettings(
                baseUrl,
                timeout,
                retries,
                base,
                max,
                maxRetryAfter,
                circuitThreshold,
                circuitCoolDown,
                circuitPatience,
                allowPlainHttpForTests);
    }

    public HttpVerifierSettings withMaxRetryAfter(Duration max) {
        return new HttpVerifierSettings(
                baseUrl,
                timeout,
                retries,
                backoffBase,
                maxBackoff,
                max,
                circuitThreshold,
                circuitCoolDown,
                circuitPatience,
                allowPlainHttpForTests);
    }

    public HttpVerifierSettings withCircuit(int threshold, Duration coolDown) {
        return new HttpVerifierSettings(
                baseUrl,
                timeout,
                retries,
                backoffBase,
                maxBackoff,
                maxRetryAfter,
                threshold,
                coolDown,
                circuitPatience,
                allowPlainHttpForTests);
    }

    public HttpVerifierSettings withCircuitPatience(int patience) {
        return new HttpVerifierSettings(
                baseUrl,
                timeout,
                retries,
                backoffBase,
                maxBackoff,
                maxRetryAfter,
                circuitThreshold,
                circuitCoolDown,
                patience,
                allowPlainHttpForTests);
    }

    public HttpVerifierSettings withTimeoutAndRetries(
            Duration perRequest, int retriesAfterFailure) {
        return new HttpVerifierSettings(
                baseUrl,
                perRequest,
                retriesAfterFailure,
                backoffBase,
                maxBackoff,
                maxRetryAfter,
                circuitThreshold,
                circuitCoolDown,
                circuitPatience,
                allowPlainHttpForTests);
    }

    /** The URL requests are posted to. */
    public URI endpoint() {
        String base = baseUrl.toString();
        return URI.create(
                (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH);
    }

    static void checkUrl(URI url, boolean allowPlainHttpForTests) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null
                || url.getRawUserInfo() != null
                || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "tzt.verification.url must be a plain https://host[:port][/path] URL, was "
                            + SafeUrl.forLog(url));
        }
        if (scheme.equals("https")) {
            return;
        }
        if (scheme.equals("http")
                && allowPlainHttpForTests
                && LOOPBACK.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            return;
        }
        throw new IllegalArgumentException(
                "tzt.verification.url must use https:// (BSNs are never sent unencrypted), was "
                        + SafeUrl.forLog(url));
    }
}
