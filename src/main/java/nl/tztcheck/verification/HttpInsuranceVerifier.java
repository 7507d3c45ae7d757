package nl.tztcheck.verification;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@link InsuranceVerifier} over tzt-check's JSON contract (docs/verification.md): one POST per
 * question, with resilience4j doing the resilience: a {@link TimeLimiter} per request, a {@link
 * Retry} with exponential, randomised backoff on timeouts, connection errors, 5xx and 429
 * (honouring {@code Retry-After}), and a {@link CircuitBreaker} that opens after a run of failures
 * and, after its cool-down, lets a trial request through (half-open) and closes when it succeeds. A
 * question that finds the circuit open waits for that trial instead of giving up, until {@code
 * circuitPatience} trials in a row have failed (the service is down; then questions are answered
 * unverified at once while it is open). Every wait is interruptible: the {@link
 * VerificationService}'s deadline ends them. The BSN goes only into the request body, to the
 * configured HTTPS service; it is never logged and never in an exception message. (A little over
 * 200 lines: the request and what its answer means stay next to the resilience around it.)
 */
public final class HttpInsuranceVerifier implements InsuranceVerifier {

    private static final Duration HALF_OPEN_POLL = Duration.ofMillis(50);

    /** A failed request: why, whether to try again, and when the service asked us to. */
    private static final class Failure extends InsuranceUnavailableException {
        final boolean retryable;
        final transient Optional<Duration> retryAfter;

        Failure(String why, boolean retryable, Optional<Duration> retryAfter) {
            super(why);
            this.retryable = retryable;
            this.retryAfter = retryAfter;
        }

        Failure(String why, boolean retryable) {
            this(why, retryable, Optional.empty());
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a flow-control exception: no stack trace needed
        }
    }

    private final HttpVerifierSettings settings;
    private final VerificationCounters counters;
    private final HttpClient client;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final AtomicInteger failedTrialsInARow = new AtomicInteger();
    private volatile long openedAtNanos;

    public HttpInsuranceVerifier(HttpVerifierSettings settings, VerificationCounters counters) {
        this(settings, counters, wait -> {});
    }

    /**
     * @param onRetryWait told each wait before a retry (tests)
     */
    HttpInsuranceVerifier(
            HttpVerifierSettings settings,
            VerificationCounters counters,
            Consumer<Duration> onRetryWait) {
        this.settings = settings;
        this.counters = counters;
        this.client =
                HttpClient.newBuilder()
                        .connectTimeout(settings.timeout())
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        this.timeLimiter = TimeLimiter.of(settings.timeout());
        int n = settings.circuitThreshold();
        this.breaker =
                CircuitBreaker.of(
                        "insurance-verification",
                        CircuitBreakerConfig.custom()
                                // n failures among the last n requests, i.e. n in a row, open it
                                .slidingWindow(
                                        n, n, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                                .failureRateThreshold(100)
                                .waitDurationInOpenState(settings.circuitCoolDown())
                                .permittedNumberOfCallsInHalfOpenState(1)
                                .writableStackTraceEnabled(false)
                                .build());
        this.breaker
                .getEventPublisher()
                .onStateTransition(
                        e -> {
                            switch (e.getStateTransition()) {
                                case CLOSED_TO_OPEN -> opened();
                                case HALF_OPEN_TO_OPEN -> {
                                    failedTrialsInARow.incrementAndGet();
                                    opened();
                                }
                                case HALF_OPEN_TO_CLOSED -> failedTrialsInARow.set(0);
                                default -> {}
                            }
                        });
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(
                        settings.backoffBase(), 2.0, 0.5, settings.maxBackoff());
        this.retry =
                Retry.of(
                        "insurance-verification",
                        RetryConfig.<InsuranceAnswer>custom()
                                .maxAttempts(settings.retries() + 1)
                                .retryOnException(e -> e instanceof Failure f && f.retryable)
                                .intervalBiFunction(
                                        (attempt, outcome) ->
                                                outcome.isLeft()
                                                                && outcome.getLeft()
                                                                        instanceof Failure f
                                                                && f.retryAfter.isPresent()
                                                        ? f.retryAfter.get().toMillis()
                                                        : backoff.apply(attempt))
                                .writableStackTraceEnabled(false)
                                .build());
        this.retry
                .getEventPublisher()
                .onRetry(
                        e -> {
                            counters.retrying();
                            onRetryWait.accept(e.getWaitInterval());
                        });
    }

    private void opened() {
        openedAtNanos = System.nanoTime();
        counters.circuitOpened();
    }

    @Override
    public InsuranceAnswer verify(String bsn, LocalDate date) {
        AtomicInteger attempts = new AtomicInteger();
        try {
            return Retry.decorateSupplier(retry, () -> attempt(bsn, date, attempts)).get();
        } catch (Failure f) {
            throw new InsuranceUnavailableException(
                    f.getMessage()
                            + (attempts.get() > 1
                                    ? " (after " + attempts.get() + " attempts)"
                                    : ""));
        }
    }

    private InsuranceAnswer attempt(String bsn, LocalDate date, AtomicInteger attempts) {
        awaitPermission();
        attempts.incrementAndGet();
        long start = System.nanoTime();
        Failure failure;
        try {
            InsuranceAnswer answer = send(bsn, date);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return answer;
        } catch (Failure f) {
            failure = f;
        }
        if (Thread.currentThread().isInterrupted()) {
            breaker.releasePermission(); // stopped by the deadline: says nothing about the service
            throw failure;
        }
        counters.failed();
        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
        if (failure.retryAfter.isPresent()
                && failure.retryAfter.get().compareTo(settings.maxRetryAfter()) > 0) {
            throw new Failure(
                    failure.getMessage()
                            + "; the service asked to wait "
                            + failure.retryAfter.get().toSeconds()
                            + " s, longer than the "
                            + settings.maxRetryAfter().toSeconds()
                            + " s tzt-check waits",
                    false);
        }
        throw failure;
    }

    /**
     * Waits while the circuit is open (or its trial request is under way), unless patience has run
     * out.
     */
    private void awaitPermission() {
        while (!breaker.tryAcquirePermission()) {
            if (failedTrialsInARow.get() >= settings.circuitPatience()) {
                counters.shortCircuited();
                throw new Failure(
                        "the circuit breaker is open after "
                                + settings.circuitThreshold()
                                + " failed requests in a row; the service is not asked again for "
                                + settings.circuitCoolDown().toSeconds()
                                + " s",
                        false);
            }
            long left = openedAtNanos + settings.circuitCoolDown().toNanos() - System.nanoTime();
            long wait =
                    breaker.getState() == CircuitBreaker.State.OPEN && left > 0
                            ? left
                            : HALF_OPEN_POLL.toNanos();
            try {
                TimeUnit.NANOSECONDS.sleep(Math.max(wait, TimeUnit.MILLISECONDS.toNanos(5)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                counters.shortCircuited();
                throw new Failure("interrupted while the circuit breaker was open", false);
            }
        }
    }

    private InsuranceAnswer send(String bsn, LocalDate date) {
        HttpRequest request =
                HttpRequest.newBuilder(settings.endpoint())
                        .timeout(settings.timeout())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(InsuranceJson.request(bsn, date)))
                        .build();
        String tooSlow = "no answer within " + settings.timeout().toMillis() + " ms";
        counters.started();
        try {
            HttpResponse<String> response =
                    timeLimiter.executeFutureSupplier(
                            () -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            return interpret(response, date);
        } catch (TimeoutException | HttpTimeoutException e) {
            throw new Failure(tooSlow, true);
        } catch (IOException e) {
            throw new Failure(
                    "cannot reach the service (" + e.getClass().getSimpleName() + ")", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", false);
        } catch (Failure e) {
            throw e;
        } catch (Exception e) {
            throw new Failure(
                    "cannot reach the service (" + e.getClass().getSimpleName() + ")", false);
        } finally {
            counters.finished();
        }
    }

    private static InsuranceAnswer interpret(HttpResponse<String> response, LocalDate date) {
        int status = response.statusCode();
        if (status == 200) {
            try {
                return InsuranceJson.answer(response.body(), date);
            } catch (IllegalArgumentException e) {
                throw new Failure("malformed answer: " + e.getMessage(), false);
            }
        }
        boolean retryable = status == 429 || status >= 500;
        Optional<Duration> retryAfter =
                retryable
                        ? RetryAfter.parse(
                                response.headers().firstValue("Retry-After"),
                                ZonedDateTime.now(ZoneOffset.UTC))
                        : Optional.empty();
        throw new Failure("the service answered HTTP " + status, retryable, retryAfter);
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }
}
