package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;
import java.util.List;
import nl.tztcheck.profiles.Trust;
import org.jspecify.annotations.Nullable;

/**
 * The tariff percentage one zorgkantoor would give, how it was reached and what is unclear about
 * it.
 *
 * @param percentage of the NZa maximum tariff (excluding NHC/NIC), rounded half up to two decimals
 * @param bound whether {@code percentage} is the figure or a bound of it (a term without a number
 *     applied)
 * @param unconditional the percentage without the terms that hold only under a condition the
 *     options cannot assert; null when no such term applied
 * @param conditions the conditions of the terms applied that the provider must still meet
 */
public record TariffOutcome(
        ZorgkantoorPolicy policy,
        BigDecimal percentage,
        Bound bound,
        @Nullable BigDecimal unconditional,
        List<TariffStep> steps,
        List<TariffNote> unclear,
        List<TariffNote> conditions) {

    public TariffOutcome {
        steps = List.copyOf(steps);
        unclear = List.copyOf(unclear);
        conditions = List.copyOf(conditions);
    }

    public boolean conditional() {
        return !conditions.isEmpty();
    }

    /** How far the figure can be trusted: that of the zorgkantoor profile it comes from. */
    public Trust trust() {
        return policy.trust();
    }
}
