package nl.tztcheck.businesscase;

import java.util.Optional;
import java.util.OptionalInt;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.Trust;

/**
 * The business case at one insurer: the same client-month repeated over the horizon (the terms of
 * the profile valid on the start date), the one-off cost paid at the start.
 *
 * @param version the profile version valid on the start date, "" when none is
 * @param month the monthly figures; empty when the outcome has none
 * @param oneOff the one-off cost per client
 * @param months the horizon of the totals
 * @param profileTrust how far the insurer's terms on the start date can be trusted
 * @param costTrust how far the cost file's figures can be trusted
 */
public record InsurerCase(
        String insurerId,
        String insurerName,
        String version,
        Outcome outcome,
        Optional<MonthlyResult> month,
        Money oneOff,
        int months,
        Trust profileTrust,
        Trust costTrust) {

    /** The provider's result needs both the insurer's terms and the costs. */
    public Trust providerTrust() {
        return profileTrust.and(costTrust);
    }

    /**
     * The insurer's result rests on its own terms (reimbursement and regular tariff) and the
     * assumed saved minutes.
     */
    public Trust insurerTrust() {
        return profileTrust;
    }

    /**
     * The provider's result after month {@code k} (1-based): k monthly results minus the one-off
     * cost.
     */
    public Optional<Money> providerCumulative(int k) {
        return month.map(
                m -> Money.cents(Math.multiplyExact(m.provider().cents(), (long) k)).minus(oneOff));
    }

    /** The insurer's result after month {@code k}. */
    public Optional<Money> insurerCumulative(int k) {
        return month.map(m -> Money.cents(Math.multiplyExact(m.insurer().cents(), (long) k)));
    }

    /** Over the horizon: {@code months} x the monthly result - the one-off cost. */
    public Optional<Money> providerTotal() {
        return providerCumulative(months);
    }

    public Optional<Money> insurerTotal() {
        return insurerCumulative(months);
    }

    /**
     * The first month whose cumulative provider result covers the one-off cost; empty ("never")
     * when the monthly result is not positive or there are no figures. It may lie beyond the
     * horizon.
     */
    public OptionalInt paybackMonth() {
        if (month.isEmpty() || !month.get().provider().isPositive()) {
            return OptionalInt.empty();
        }
        long perMonth = month.get().provider().cents();
        long needed = (oneOff.cents() + perMonth - 1) / perMonth;
        return OptionalInt.of((int) Math.max(1, needed));
    }
}
