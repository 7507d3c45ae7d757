package nl.tztcheck.verification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies client-months with bounded concurrency and caches the answers per (client, month) for
 * the life of the service: a client-month is asked about once, however many lines or requests
 * name it. Per client-month the service is asked about the last service date; only when the
 * client was not insured then (insurance ending mid-month) is it asked about the first service
 * date as well. A verifier that cannot answer gives {@link InsuranceAnswer.Status#UNAVAILABLE};
 * nothing here throws for the service's sake. Logs counts only, never a BSN.
 */
public final class VerificationService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationService.class);

    private final InsuranceVerifier verifier;
    private final VerificationCounters counters;
    private final ExecutorService pool;
    private final Map<ClientMonth, InsuranceAnswer> cache = new ConcurrentHashMap<>();

    public VerificationService(InsuranceVerifier verifier, int concurrency, VerificationCounters counters) {
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("tzt.verification.concurrency must be 1 to 64, was " + concurrency);
        }
        this.verifier = verifier;
        this.counters = counters;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "insurance-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The HTTP verifier with its own counters. */
    public static VerificationService overHttp(HttpVerifierSettings settings, int concurrency) {
        VerificationCounters counters = new VerificationCounters();
        return new VerificationService(new HttpInsuranceVerifier(settings, counters), concurrency, counters);
    }

    /** Answers every request, from the cache where possible; blocks until all are answered. */
    public VerificationResult verifyAll(Collection<VerificationRequest> requests) {
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
        for (ClientMonth key : order) {
            InsuranceAnswer a = await(pending.get(key));
            if (a.status() == InsuranceAnswer.Status.UNAVAILABLE) {
                counters.unavailable();
            }
            cache.put(key, a);
            answers.put(key, a);
        }
        VerificationStats stats = counters.snapshot();
        LOG.info("event=insurance_verification client_months={} calls={} cache_hits={} failures={} retries={} circuit_openings={}"
                + " unavailable={}", answers.size(), stats.calls(), stats.cacheHits(), stats.failures(), stats.retries(),
                stats.circuitOpenings(), stats.unavailable());
        return new VerificationResult(answers, stats);
    }

    private static InsuranceAnswer await(Future<InsuranceAnswer> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return InsuranceAnswer.unavailable("interrupted");
        } catch (ExecutionException e) {
            return InsuranceAnswer.unavailable("the verifier failed (" + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    private InsuranceAnswer resolve(VerificationRequest r) {
        InsuranceAnswer last = ask(r.bsn(), r.lastServiceDate());
        if (last.status() != InsuranceAnswer.Status.NOT_INSURED || !r.firstServiceDate().isBefore(r.lastServiceDate())) {
            return last;
        }
        InsuranceAnswer first = ask(r.bsn(), r.firstServiceDate());
        return first.status() == InsuranceAnswer.Status.NOT_INSURED
                ? new InsuranceAnswer(InsuranceAnswer.Status.NOT_INSURED, null, null, null,
                        "not insured on " + r.firstServiceDate() + " nor on " + r.lastServiceDate())
                : first;
    }

    private InsuranceAnswer ask(String bsn, LocalDate date) {
        try {
            return verifier.verify(bsn, date);
        } catch (InsuranceUnavailableException e) {
            return InsuranceAnswer.unavailable(e.getMessage());
        } catch (RuntimeException e) {
            return InsuranceAnswer.unavailable("the verifier failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    public VerificationStats stats() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
