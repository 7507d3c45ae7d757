package nl.tztcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Exponential backoff with seeded jitter, and reading Retry-After. */
class BackoffTests {

    @Test
    void doublesWithJitterWithinBoundsAndRepeatsForTheSameSeed() {
        // given
        Backoff a = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5), 7);
        Backoff b = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5), 7);

        // when
        Duration[] first = {a.delay(0), a.delay(1), a.delay(2), a.delay(10)};
        Duration[] second = {b.delay(0), b.delay(1), b.delay(2), b.delay(10)};

        // then: between half and all of base x 2^attempt, capped, and the same for the same seed
        assertThat(first[0].toMillis()).isBetween(100L, 200L);
        assertThat(first[1].toMillis()).isBetween(200L, 400L);
        assertThat(first[2].toMillis()).isBetween(400L, 800L);
        assertThat(first[3].toMillis()).isBetween(2_500L, 5_000L);
        assertThat(second).containsExactly(first);
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        // given
        ZonedDateTime now = ZonedDateTime.of(2024, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

        // when / then
        assertThat(Backoff.retryAfter(Optional.of("3"), now)).contains(Duration.ofSeconds(3));
        assertThat(Backoff.retryAfter(Optional.of("Fri, 01 Mar 2024 12:00:05 GMT"), now)).contains(Duration.ofSeconds(5));
        assertThat(Backoff.retryAfter(Optional.of("soon"), now)).isEmpty();
        assertThat(Backoff.retryAfter(Optional.empty(), now)).isEmpty();
    }
}
