package nl.tztcheck.verification;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread-safe counters shared by a verifier and the {@link VerificationService} that drives it. A
 * verifier (HTTP here, or a SOAP adapter) reports each request and its failures; the service
 * reports cache hits and unverified client-months.
 */
public final class VerificationCounters {

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong circuitOpenings = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong shortCircuited = new AtomicLong();
    private final AtomicLong deadlineMissed = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /** A request is about to be sent. */
    public void started() {
        calls.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    /** A request's answer (or failure) is in. */
    public void finished() {
        inFlight.decrementAndGet();
    }

    public void failed() {
        failures.incrementAndGet();
    }

    public void retrying() {
        retries.incrementAndGet();
    }

    public void circuitOpened() {
        circuitOpenings.incrementAndGet();
    }

    public void shortCircuited() {
        shortCircuited.incrementAndGet();
    }

    void cacheHit() {
        cacheHits.incrementAndGet();
    }

    void unavailable() {
        unavailable.incrementAndGet();
    }

    void deadlineMissed() {
        deadlineMissed.incrementAndGet();
    }

    public VerificationStats snapshot() {
        return new VerificationStats(
                calls.get(),
                cacheHits.get(),
                failures.get(),
                retries.get(),
                circuitOpenings.get(),
                unavailable.get(),
                shortCircuited.get(),
                maxInFlight.get(),
                deadlineMissed.get());
    }
}
