package nl.tztcheck.batch;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.verification.HttpVerifierSettings;
import nl.tztcheck.verification.VerificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The insurance verification service, when {@code tzt.verification.url} is set (off otherwise).
 * Plain HTTP is refused unless {@code tzt.verification.allow-plain-http-for-tests} is set, and then
 * only to loopback. {@code tzt.verification.deadline} bounds the whole verify step; the {@code
 * tzt.verification.circuit-*} properties tune the circuit breaker (docs/verification.md).
 */
@Component
public class VerificationServiceFactory {

    private final String url;
    private final Duration timeout;
    private final int retries;
    private final int concurrency;
    private final Duration deadline;
    private final Duration circuitCoolDown;
    private final boolean plainHttpForTests;
    private final String lang;

    public VerificationServiceFactory(
            @Value("${tzt.verification.url:}") String url,
            @Value("${tzt.verification.timeout:5s}") Duration timeout,
            @Value("${tzt.verification.retries:2}") int retries,
            @Value("${tzt.verification.concurrency:4}") int concurrency,
            @Value("${tzt.verification.deadline:10m}") Duration deadline,
            @Value("${tzt.verification.circuit-cool-down:30s}") Duration circuitCoolDown,
            @Value("${tzt.verification.allow-plain-http-for-tests:false}")
                    boolean plainHttpForTests,
            @Value("${tzt.lang:nl}") String lang) {
        this.url = url == null ? "" : url.trim();
        this.timeout = timeout;
        this.retries = retries;
        this.concurrency = concurrency;
        this.deadline = deadline;
        this.circuitCoolDown = circuitCoolDown;
        this.plainHttpForTests = plainHttpForTests;
        this.lang = lang;
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    /**
     * Settings are checked now (a bad URL or deadline fails the run at once); the service itself is
     * made per run.
     */
    public Supplier<VerificationService> supplierOrNull() {
        if (!enabled()) {
            return null;
        }
        HttpVerifierSettings defaults =
                HttpVerifierSettings.of(URI.create(url), timeout, retries, plainHttpForTests);
        HttpVerifierSettings settings =
                defaults.withCircuit(defaults.circuitThreshold(), circuitCoolDown);
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException(
                    "tzt.verification.deadline must be positive, was " + deadline);
        }
        Language language = Language.parse(lang);
        return () -> VerificationService.overHttp(settings, concurrency, deadline, language);
    }
}
