package nl.tztcheck.businesscase;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;

/**
 * What the user assumes for the business case.
 *
 * @param start the profile valid on this date sets the terms of every month (later versions are not
 *     applied)
 * @param technology the category whose caps and cover apply
 * @param product the product, when one is named: its costs and the insurers' product exclusions
 *     apply
 * @param planned 1062 minutes declared per client-month; empty: what the insurer's caps allow for
 *     the category
 * @param months the horizon of the totals (36 by default)
 * @param agreedTariff the hourly tariff agreed for 1062; empty: the insurer's ceiling
 * @param regularCare the regular care whose minutes the technology saves (V or PV), valued at its
 *     agreed tariff
 */
public record Scenario(
        LocalDate start,
        Technology technology,
        Optional<String> product,
        OptionalInt planned,
        int months,
        Optional<Money> agreedTariff,
        RegularCare regularCare) {

    public Scenario {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1");
        }
        if (planned.isPresent() && planned.getAsInt() < 0) {
            throw new IllegalArgumentException("planned minutes cannot be negative");
        }
    }

    /** The regular care the technology replaces: its agreed tariff values the saved minutes. */
    public enum RegularCare {
        V,
        PV
    }
}
