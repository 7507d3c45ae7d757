package nl.tztcheck.verification;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A small circuit breaker: opens after {@code threshold} consecutive failed requests, lets one
 * trial request through after {@code coolDown} (half-open), closes when it succeeds and opens
 * again when it fails. Written here rather than pulling in a library: it is 60 lines and needs
 * no configuration beyond these two numbers.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long coolDownMillis;
    private final LongSupplier clockMillis;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int threshold, Duration coolDown, LongSupplier clockMillis) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the circuit breaker threshold must be at least 1");
        }
        this.threshold = threshold;
        this.coolDownMillis = coolDown.toMillis();
        this.clockMillis = clockMillis;
    }

    /** May a request be sent now? In half-open state only one trial request at a time. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && clockMillis.getAsLong() - openedAt >= coolDownMillis) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                boolean granted = !trialInFlight;
                trialInFlight = true;
                yield granted;
            }
        };
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    /** @return true when this failure opened the circuit */
    public synchronized boolean onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || (state == State.CLOSED && consecutiveFailures >= threshold)) {
            state = State.OPEN;
            openedAt = clockMillis.getAsLong();
            trialInFlight = false;
            return true;
        }
        return false;
    }

    public synchronized State state() {
        return state;
    }
}
