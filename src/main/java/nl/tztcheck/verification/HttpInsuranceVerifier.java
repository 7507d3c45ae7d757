package nl.tztcheck.verification;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * {@link InsuranceVerifier} over tzt-check's JSON contract (docs/verification.md): one POST per
 * question, a timeout per request, retries with exponential backoff and jitter on timeouts,
 * connection errors, 5xx and 429 (honouring {@code Retry-After}), and a {@link CircuitBreaker}.
 * The BSN goes only into the request body, to the configured HTTPS service; it is never logged
 * and never in an exception message.
 */
public final class HttpInsuranceVerifier implements InsuranceVerifier {

    /** Waits between attempts; replaceable in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** One request's outcome: an answer, or why it failed and whether (and when) to try again. */
    private record Attempt(InsuranceAnswer answer, String failure, boolean retryable, Optional<Duration> retryAfter) {

        static Attempt failed(String why, boolean retryable) {
            return new Attempt(null, why, retryable, Optional.empty());
        }
    }

    private final HttpVerifierSettings settings;
    private final VerificationCounters counters;
    private final HttpClient client;
    private final Backoff backoff;
    private final CircuitBreaker breaker;
    private final Sleeper sleeper;

    public HttpInsuranceVerifier(HttpVerifierSettings settings, VerificationCounters counters) {
        this(settings, counters, d -> Thread.sleep(d.toMillis()), System::currentTimeMillis);
    }

    HttpInsuranceVerifier(HttpVerifierSettings settings, VerificationCounters counters, Sleeper sleeper, LongSupplier clockMillis) {
        this.settings = settings;
        this.counters = counters;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.backoff = new Backoff(settings.backoffBase(), settings.maxBackoff(), settings.seed());
        this.breaker = new CircuitBreaker(settings.circuitThreshold(), settings.circuitCoolDown(), clockMillis);
    }

    @Override
    public InsuranceAnswer verify(String bsn, LocalDate date) {
        for (int attempt = 0; ; attempt++) {
            if (!breaker.tryAcquire()) {
                counters.shortCircuited();
                throw new InsuranceUnavailableException("the circuit breaker is open after " + settings.circuitThreshold()
                        + " failed requests in a row; the service is not asked again for " + settings.circuitCoolDown().toSeconds() + " s");
            }
            Attempt a = send(bsn, date);
            if (a.answer() != null) {
                breaker.onSuccess();
                return a.answer();
            }
            counters.failed();
            if (breaker.onFailure()) {
                counters.circuitOpened();
            }
            if (!a.retryable() || attempt >= settings.retries()) {
                throw new InsuranceUnavailableException(a.failure() + (attempt == 0 ? "" : " (after " + (attempt + 1) + " attempts)"));
            }
            pause(a, attempt);
        }
    }

    private void pause(Attempt a, int attempt) {
        Duration wait = a.retryAfter().orElseGet(() -> backoff.delay(attempt));
        if (wait.compareTo(settings.maxRetryAfter()) > 0) {
            throw new InsuranceUnavailableException(a.failure() + "; the service asked to wait " + wait.toSeconds()
                    + " s, longer than the " + settings.maxRetryAfter().toSeconds() + " s tzt-check waits");
        }
        counters.retrying();
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InsuranceUnavailableException("interrupted while waiting to retry");
        }
    }

    private Attempt send(String bsn, LocalDate date) {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(InsuranceJson.request(bsn, date))).build();
        counters.started();
        try {
            HttpResponse<String> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return interpret(response, date);
        } catch (TimeoutException e) {
            return Attempt.failed("no answer within " + settings.timeout().toMillis() + " ms", true);
        } catch (ExecutionException e) {
            return e.getCause() instanceof HttpTimeoutException
                    ? Attempt.failed("no answer within " + settings.timeout().toMillis() + " ms", true)
                    : Attempt.failed("cannot reach the service (" + e.getCause().getClass().getSimpleName() + ")",
                            e.getCause() instanceof IOException);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted", false);
        } finally {
            counters.finished();
        }
    }

    private static Attempt interpret(HttpResponse<String> response, LocalDate date) {
        int status = response.statusCode();
        if (status == 200) {
            try {
                return new Attempt(InsuranceJson.answer(response.body(), date), null, false, Optional.empty());
            } catch (IllegalArgumentException e) {
                return Attempt.failed("malformed answer: " + e.getMessage(), false);
            }
        }
        boolean retryable = status == 429 || status >= 500;
        Optional<Duration> retryAfter = retryable
                ? Backoff.retryAfter(response.headers().firstValue("Retry-After"), ZonedDateTime.now(ZoneOffset.UTC))
                : Optional.empty();
        return new Attempt(null, "the service answered HTTP " + status, retryable, retryAfter);
    }

    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }
}
