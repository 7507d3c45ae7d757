package nl.tztcheck.businesscase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.Trust;

/**
 * The observed change in regular V/PV care for the clients of one insurer and technology: an
 * observed difference, not a causal effect. The sums are components for arithmetic and tests only;
 * every figure a reader sees comes through an accessor that is empty when the cell covers fewer
 * than {@link #MIN_CLIENTS} clients, as in evidence.json.
 *
 * @param minutesBefore regular minutes of the included clients summed over their months before
 * @param minutesAfter the same over their months from the first 1062 month on
 * @param weightedChange sum over the clients of (after x window.before - before x window.after) x
 *     their PV tariff in cents: the change per month, times window.before x window.after, valued at
 *     each client's tariff
 * @param minTariffCents the lowest agreed PV tariff per hour among the clients' profiles (equal to
 *     max when one applies)
 * @param tariffTrust how far the tariffs used are backed (the worst over the clients' profile
 *     versions)
 */
public record EffectCell(
        String insurerId,
        String insurerName,
        Technology technology,
        EffectWindow window,
        long clients,
        long minutesBefore,
        long minutesAfter,
        long weightedChange,
        long minTariffCents,
        long maxTariffCents,
        Trust tariffTrust) {

    /**
     * The same threshold as evidence.json ({@code EvidenceBuilder.MIN_CLIENTS}); a test keeps them
     * equal.
     */
    public static final int MIN_CLIENTS = 10;

    /**
     * The tariff the change is valued at: the agreed PV (persoonlijke verzorging) tariff of the
     * insurer's profile.
     */
    public static final String TARIFF = "PV";

    public boolean suppressed() {
        return clients < MIN_CLIENTS;
    }

    /** Clients included; empty when suppressed (shown as "< 10", never as 0). */
    public OptionalLong clientsShown() {
        return suppressed() ? OptionalLong.empty() : OptionalLong.of(clients);
    }

    /**
     * Mean regular minutes per client per month before the first 1062 month, one decimal, half up.
     */
    public Optional<BigDecimal> meanBefore() {
        return mean(minutesBefore, window.before());
    }

    /**
     * Mean regular minutes per client per month from the first 1062 month on, one decimal, half up.
     */
    public Optional<BigDecimal> meanAfter() {
        return mean(minutesAfter, window.after());
    }

    /**
     * After minus before, from the exact means (so it may differ by 0.1 from the rounded means'
     * difference).
     */
    public Optional<BigDecimal> change() {
        return suppressed()
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(changeNumerator())
                                .divide(
                                        BigDecimal.valueOf(changeDenominator()),
                                        1,
                                        RoundingMode.HALF_UP));
    }

    /**
     * The change per client per month valued at the PV tariff, in cents, half up (negative: fewer
     * regular minutes).
     */
    public OptionalLong changeValueCents() {
        return suppressed()
                ? OptionalLong.empty()
                : OptionalLong.of(Money.divideHalfUp(weightedChange, changeDenominator() * 60));
    }

    /** Before minus after, whole minutes, half up: the {@code saved} of the business case. */
    public OptionalInt savedMinutes() {
        return suppressed()
                ? OptionalInt.empty()
                : OptionalInt.of(
                        Math.toIntExact(
                                Money.divideHalfUp(-changeNumerator(), changeDenominator())));
    }

    private long changeNumerator() {
        return minutesAfter * window.before() - minutesBefore * window.after();
    }

    private long changeDenominator() {
        return (long) window.before() * window.after() * clients;
    }

    private Optional<BigDecimal> mean(long minutes, int months) {
        return suppressed()
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(minutes)
                                .divide(
                                        BigDecimal.valueOf(clients * months),
                                        1,
                                        RoundingMode.HALF_UP));
    }
}
