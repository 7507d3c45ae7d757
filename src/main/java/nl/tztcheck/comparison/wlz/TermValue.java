package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One term as the table states it. Which numbers are set depends on the term: {@code percentage}
 * (base, essential facilities, ceiling, or a fixed new-provider rate), {@code change} in percentage
 * points (surcharges, new-provider discount), {@code min}/{@code max} (differentiation). A term the
 * table mentions without a number has none of them and says so in {@code unclear}; where the table
 * still says which way it goes ("lager richttarief"), {@code direction} says so, and the outcome
 * becomes a bound ("at most 95.5%") instead of a figure.
 *
 * @param unclear what the table leaves unclear about this term, "" when nothing
 * @param direction which way a term without a number moves the percentage; NONE when not stated or
 *     not needed
 * @param condition a condition the table attaches and the provider's options cannot assert (e.g.
 *     "only with specific plans"), "" when none: the term is applied, but the outcome is flagged as
 *     conditional
 */
public record TermValue(
        @Nullable BigDecimal percentage,
        @Nullable BigDecimal change,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        String unclear,
        Direction direction,
        String condition) {

    /** Which way a term moves the percentage when the table gives no number. */
    public enum Direction {
        NONE,
        LOWER,
        HIGHER
    }

    public TermValue {
        unclear = unclear == null ? "" : unclear;
        direction = direction == null ? Direction.NONE : direction;
        condition = condition == null ? "" : condition;
    }

    public TermValue(
            @Nullable BigDecimal percentage,
            @Nullable BigDecimal change,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            String unclear) {
        this(percentage, change, min, max, unclear, Direction.NONE, "");
    }

    /** Mentioned by the table, but without a number to calculate with. */
    public boolean stated() {
        return percentage != null || change != null || min != null || max != null;
    }

    public boolean isUnclear() {
        return !unclear.isEmpty();
    }

    public boolean isConditional() {
        return !condition.isEmpty();
    }
}
