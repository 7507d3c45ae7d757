package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tariff percentage one zorgkantoor would give, how it was reached and what is unclear about it.
 *
 * @param percentage of the NZa maximum tariff, rounded half up to two decimals
 */
public record TariffOutcome(ZorgkantoorPolicy policy, BigDecimal percentage, List<String> steps, List<String> unclear) {

    public TariffOutcome {
        steps = List.copyOf(steps);
        unclear = List.copyOf(unclear);
    }
}
