package nl.tztcheck.batch;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.tztcheck.verification.HttpVerifierSettings;
import nl.tztcheck.verification.VerificationService;

/**
 * The insurance verification service, when {@code tzt.verification.url} is set (off otherwise).
 * Plain HTTP is refused unless {@code tzt.verification.allow-plain-http-for-tests} is set, and then
 * only to loopback.
 */
@Component
public class VerificationServiceFactory {

    private final String url;
    private final Duration timeout;
    private final int retries;
    private final int concurrency;
    private final boolean plainHttpForTests;

    public VerificationServiceFactory(@Value("${tzt.verification.url:}") String url,
            @Value("${tzt.verification.timeout:5s}") Duration timeout, @Value("${tzt.verification.retries:2}") int retries,
            @Value("${tzt.verification.concurrency:4}") int concurrency,
            @Value("${tzt.verification.allow-plain-http-for-tests:false}") boolean plainHttpForTests) {
        this.url = url == null ? "" : url.trim();
        this.timeout = timeout;
        this.retries = retries;
        this.concurrency = concurrency;
        this.plainHttpForTests = plainHttpForTests;
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    /** Settings are checked now (a bad URL fails the run at once); the service itself is made per run. */
    public Supplier<VerificationService> supplierOrNull() {
        if (!enabled()) {
            return null;
        }
        HttpVerifierSettings defaults = HttpVerifierSettings.of(URI.create(plainHttpForTests ? "https://localhost" : url), timeout, retries);
        HttpVerifierSettings settings = new HttpVerifierSettings(URI.create(url), timeout, retries, defaults.backoffBase(),
                defaults.maxBackoff(), defaults.maxRetryAfter(), defaults.circuitThreshold(), defaults.circuitCoolDown(),
                defaults.seed(), plainHttpForTests);
        return () -> VerificationService.overHttp(settings, concurrency);
    }
}
