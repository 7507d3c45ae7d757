package nl.tztcheck.comparison.wlz;

/**
 * How a calculated percentage relates to what the zorgkantoor would give: the figure itself, or a
 * bound because a term applies whose size the source does not state ("lower for new providers": at
 * most).
 */
public enum Bound {
    EXACT,
    AT_MOST,
    AT_LEAST,
    /** Terms without a number pull both ways: the figure is neither a bound nor exact. */
    UNKNOWN;

    /** The bound after one more term of this direction applies. */
    Bound with(TermValue.Direction d) {
        Bound other =
                switch (d) {
                    case LOWER -> AT_MOST;
                    case HIGHER -> AT_LEAST;
                    case NONE -> EXACT;
                };
        if (other == EXACT || other == this) {
            return this;
        }
        return this == EXACT ? other : UNKNOWN;
    }
}
