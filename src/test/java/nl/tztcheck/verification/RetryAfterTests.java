package nl.tztcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Retry-After header the retry honours (the backoff itself is resilience4j's). */
class RetryAfterTests {

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        // given
        ZonedDateTime now = ZonedDateTime.of(2024, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

        // when / then
        assertThat(RetryAfter.parse(Optional.of("3"), now)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse(Optional.of("Fri, 01 Mar 2024 12:00:05 GMT"), now))
                .contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse(Optional.of("Fri, 01 Mar 2024 11:00:00 GMT"), now))
                .contains(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("soon"), now)).isEmpty();
        assertThat(RetryAfter.parse(Optional.empty(), now)).isEmpty();
    }
}
