package nl.tztcheck.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the insurance verification service said about a client in a month, if it was asked.
 *
 * @param uzovi the insurer the client is insured with (INSURED), else null
 * @param to inclusive; null when open-ended
 */
public record Insurance(
        State state, @Nullable String uzovi, @Nullable LocalDate from, @Nullable LocalDate to) {

    public enum State {
        /** Verification is off, or the line has no BSN to ask about. */
        NOT_ASKED,
        INSURED,
        NOT_INSURED,
        /**
         * The service could not answer (down, timed out, circuit open): the line stays checked,
         * with a warning.
         */
        UNAVAILABLE
    }

    public static final Insurance NOT_ASKED = new Insurance(State.NOT_ASKED, null, null, null);
    public static final Insurance UNAVAILABLE = new Insurance(State.UNAVAILABLE, null, null, null);

    /**
     * Why a line cannot be paid by the insurer it is declared to, as the verification service said.
     */
    public enum Mismatch {
        /** The client was not insured at all on the date. */
        NOT_INSURED,
        /** The insurance did not run on the date. */
        OUTSIDE_PERIOD,
        /** The client was insured with another insurer ({@link #uzovi()}). */
        OTHER_INSURER
    }

    /**
     * Why the client was not insured with {@code declaredUzovi} on {@code date}; empty when it was
     * (or nobody knows).
     */
    public Optional<Mismatch> mismatch(String declaredUzovi, LocalDate date) {
        return switch (state) {
            case NOT_ASKED, UNAVAILABLE -> Optional.empty();
            case NOT_INSURED -> Optional.of(Mismatch.NOT_INSURED);
            case INSURED -> {
                if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
                    yield Optional.of(Mismatch.OUTSIDE_PERIOD);
                }
                yield declaredUzovi.equals(uzovi)
                        ? Optional.empty()
                        : Optional.of(Mismatch.OTHER_INSURER);
            }
        };
    }
}
