package nl.tztcheck.verification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies client-months with bounded concurrency and caches the answers per (client, month) for
 * the life of the service: a client-month is asked about once, however many lines or requests name
 * it. Per client-month the service is asked about the last service date; only when the client was
 * not insured then (insurance ending mid-month) is it asked about the first service date as well. A
 * verifier that cannot answer gives {@link InsuranceAnswer.Status#UNAVAILABLE}; nothing here throws
 * for the service's sake. Each {@link #verifyAll} has a total deadline: the client-months not
 * answered by then are {@link InsuranceAnswer.Status#UNAVAILABLE} too, the requests still under way
 * are stopped, and a warning (in the run's language) says how many. Logs counts only, never a BSN.
 */
public final class VerificationService implements AutoCloseable {

    /** The default total deadline of one {@link #verifyAll}. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(VerificationService.class);

    private final InsuranceVerifier verifier;
    private final VerificationCounters counters;
    private final Duration deadline;
    private final Language language;
    private final ExecutorService pool;
    private final Map<ClientMonth, InsuranceAnswer> cache = new ConcurrentHashMap<>();

    /** With the default deadline (10 minutes) and Dutch warnings. */
    public VerificationService(
            InsuranceVerifier verifier, int concurrency, VerificationCounters counters) {
        this(verifier, concurrency, counters, DEFAULT_DEADLINE, Language.NL);
    }

    /**
     * @param deadline the longest one {@link #verifyAll} takes; what is unanswered then is
     *     unverified
     * @param language of the warning logged when the deadline passes
     */
    public VerificationService(
            InsuranceVerifier verifier,
            int concurrency,
            VerificationCounters counters,
            Duration deadline,
            Language language) {
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException(
                    "tzt.verification.concurrency must be 1 to 64, was " + concurrency);
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException(
                    "tzt.verification.deadline must be positive, was " + deadline);
        }
        this.verifier = verifier;
        this.counters = counters;
        this.deadline = deadline;
        this.language = language;
        AtomicInteger n = new AtomicInteger();
        this.pool =
                Executors.newFixedThreadPool(
                        concurrency,
                        r -> {
                            Thread t = new Thread(r, "insurance-check-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** The HTTP verifier with its own counters, the default deadline and Dutch warnings. */
    public static VerificationService overHttp(HttpVerifierSettings settings, int concurrency) {
        return overHttp(settings, concurrency, DEFAULT_DEADLINE, Language.NL);
    }

    /** The HTTP verifier with its own counters. */
    public static VerificationService overHttp(
            HttpVerifierSettings settings, int concurrency, Duration deadline, Language language) {
        VerificationCounters counters = new VerificationCounters();
        return new VerificationService(
                new HttpInsuranceVerifier(settings, counters),
                concurrency,
                counters,
                deadline,
                language);
    }

    /**
     * Answers every request, from the cache where possible; blocks until all are answered or the
     * deadline has passed, whichever comes first. Every request has an answer in the result.
     */
    public VerificationResult verifyAll(Collection<VerificationRequest> requests) {
        long end = System.nanoTime() + deadline.toNanos();
        Map<ClientMonth, InsuranceAnswer> answers = new LinkedHashMap<>();
        Map<ClientMonth, Future<InsuranceAnswer>> pending = new LinkedHashMap<>();
        for (VerificationRequest r : requests) {
            ClientMonth key = r.key();
            InsuranceAnswer cached = cache.get(key);
            if (cached != null || pending.containsKey(key)) {
                counters.cacheHit();
                if (cached != null) {
                    answers.put(key, cached);
                }
            } else {
                pending.put(key, pool.submit(() -> resolve(r)));
            }
        }
        List<ClientMonth> order = new ArrayList<>(pending.keySet());
        int missed = 0;
        for (ClientMonth key : order) {
            InsuranceAnswer a = await(pending.get(key), end);
            if (a == null) {
                missed++;
                counters.deadlineMissed();
                a =
                        InsuranceAnswer.unavailable(
                                "no answer before the verification deadline of "
                                        + deadline.toSeconds()
                                        + " s");
            } else {
                cache.put(
                        key,
                        a); // an answer missed by the deadline is not cached: a later batch may ask
                // again
            }
            if (a.status() == InsuranceAnswer.Status.UNAVAILABLE) {
                counters.unavailable();
            }
            answers.put(key, a);
        }
        VerificationStats stats = counters.snapshot();
        if (missed > 0) {
            LOG.warn(
                    "{} event=insurance_verification_deadline deadline_seconds={} unanswered={} client_months={}",
                    Messages.of("verification", language)
                            .get(
                                    "deadline.passed",
                                    "deadline",
                                    readable(deadline),
                                    "unanswered",
                                    missed,
                                    "total",
                                    pending.size()),
                    deadline.toSeconds(),
                    missed,
                    pending.size());
        }
        LOG.info(
                "event=insurance_verification client_months={} calls={} cache_hits={} failures={} retries={} circuit_openings={}"
                        + " unavailable={} deadline_missed={}",
                answers.size(),
                stats.calls(),
                stats.cacheHits(),
                stats.failures(),
                stats.retries(),
                stats.circuitOpenings(),
                stats.unavailable(),
                stats.deadlineMissed());
        return new VerificationResult(answers, stats);
    }

    /** "90 s", "10 min". */
    private static String readable(Duration d) {
        return d.toSeconds() >= 120 && d.toSeconds() % 60 == 0
                ? d.toMinutes() + " min"
                : d.toSeconds() + " s";
    }

    /** The answer, or null when the deadline passed first (the request is then stopped). */
    private static InsuranceAnswer await(Future<InsuranceAnswer> f, long endNanos) {
        try {
            long left = endNanos - System.nanoTime();
            if (left <= 0 && !f.isDone()) {
                f.cancel(true);
                return null;
            }
            return f.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return null;
        } catch (CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return InsuranceAnswer.unavailable("interrupted");
        } catch (ExecutionException e) {
            return InsuranceAnswer.unavailable(
                    "the verifier failed (" + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    private InsuranceAnswer resolve(VerificationRequest r) {
        InsuranceAnswer last = ask(r.bsn(), r.lastServiceDate());
        if (last.status() != InsuranceAnswer.Status.NOT_INSURED
                || !r.firstServiceDate().isBefore(r.lastServiceDate())) {
            return last;
        }
        InsuranceAnswer first = ask(r.bsn(), r.firstServiceDate());
        return first.status() == InsuranceAnswer.Status.NOT_INSURED
                ? new InsuranceAnswer(
                        InsuranceAnswer.Status.NOT_INSURED,
                        null,
                        null,
                        null,
                        "not insured on " + r.firstServiceDate() + " nor on " + r.lastServiceDate())
                : first;
    }

    private InsuranceAnswer ask(String bsn, LocalDate date) {
        try {
            return verifier.verify(bsn, date);
        } catch (InsuranceUnavailableException e) {
            return InsuranceAnswer.unavailable(e.getMessage());
        } catch (RuntimeException e) {
            return InsuranceAnswer.unavailable(
                    "the verifier failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    public VerificationStats stats() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(
                    Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
