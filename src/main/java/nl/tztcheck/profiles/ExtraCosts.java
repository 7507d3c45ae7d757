package nl.tztcheck.profiles;

import java.util.Optional;
import java.util.OptionalInt;
import nl.tztcheck.money.Money;

/**
 * What a technology costs beside its monthly device cost, for the business case (issue 16): the
 * one-off cost per client (installation, training) and the staff minutes per client per month spent
 * monitoring it. Either may be absent: a cost file written before the business case has neither,
 * and the check does not need them.
 */
public record ExtraCosts(Optional<Money> oneOff, OptionalInt monitoringMinutes) {

    public static final ExtraCosts NONE = new ExtraCosts(Optional.empty(), OptionalInt.empty());

    /**
     * This entry's figures, each missing one taken from {@code fallback} (a product's from its
     * category).
     */
    public ExtraCosts orElse(ExtraCosts fallback) {
        return new ExtraCosts(
                oneOff.isPresent() ? oneOff : fallback.oneOff,
                monitoringMinutes.isPresent() ? monitoringMinutes : fallback.monitoringMinutes);
    }
}
