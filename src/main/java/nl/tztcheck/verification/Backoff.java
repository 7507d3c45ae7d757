package nl.tztcheck.verification;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;

/**
 * How long to wait before a retry: exponential ({@code base x 2^attempt}, capped at {@code max})
 * with "equal jitter" (half fixed, half random from a seeded {@link Random}, so runs are
 * reproducible), unless the server said how long with {@code Retry-After}.
 */
final class Backoff {

    private final Duration base;
    private final Duration max;
    private final Random random;

    Backoff(Duration base, Duration max, long seed) {
        this.base = base;
        this.max = max;
        this.random = new Random(seed);
    }

    /** @param attempt 0 for the wait after the first failed request */
    Duration delay(int attempt) {
        long exp = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt, 20));
        long half = exp / 2;
        long jitter;
        synchronized (random) {
            jitter = half == 0 ? 0 : (long) (random.nextDouble() * (exp - half + 1));
        }
        return Duration.ofMillis(half + jitter);
    }

    /** A {@code Retry-After} header: delay-seconds, or an HTTP date. Empty when absent or unreadable. */
    static Optional<Duration> retryAfter(Optional<String> header, ZonedDateTime now) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get().trim();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
