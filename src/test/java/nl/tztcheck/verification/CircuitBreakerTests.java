package nl.tztcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The breaker on a hand-driven clock: opens after N failures in a row, one trial after the cool-down, closes or reopens. */
class CircuitBreakerTests {

    private final AtomicLong now = new AtomicLong(1_000);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterThreeFailuresInARowOnly() {
        // given two failures, a success, two failures
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();

        // when the next failure is the second in a row, then the circuit is still closed
        assertThat(breaker.onFailure()).isFalse();
        assertThat(breaker.tryAcquire()).isTrue();

        // when the third in a row
        // then it opens and refuses requests
        assertThat(breaker.onFailure()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void halfOpenLetsOneTrialThroughAndClosesOnSuccess() {
        // given an open circuit
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }

        // when the cool-down has passed
        now.addAndGet(10_000);

        // then exactly one trial request is let through
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isFalse();

        // when the trial succeeds, then it closes
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialOpensItAgainForAnotherCoolDown() {
        // given a half-open circuit
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
        now.addAndGet(10_000);
        assertThat(breaker.tryAcquire()).isTrue();

        // when the trial fails
        boolean opened = breaker.onFailure();

        // then it is open again until the next cool-down has passed
        assertThat(opened).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        now.addAndGet(9_999);
        assertThat(breaker.tryAcquire()).isFalse();
        now.addAndGet(1);
        assertThat(breaker.tryAcquire()).isTrue();
    }
}
