package nl.tztcheck.claims.aw319;

import nl.tztcheck.money.Money;

/**
 * How a line of {@code minutes} at an hourly tariff is written in AW319, where the tariff (0425) is
 * per time unit in whole cents. The coarsest unit that represents the line exactly wins: hour (04),
 * else five minutes (07), else minute (01); exact means the quantity is a whole number of units and
 * the unit tariff, hourly tariff x unit minutes / 60, is whole cents. When no unit is exact the
 * line is written per minute at the hourly tariff / 60 rounded half up to the cent.
 *
 * @param quantity the number of units (0418)
 * @param unitTariffCents the tariff per unit (0425)
 * @param exact false when the unit tariff had to be rounded
 */
public record UnitChoice(TimeUnit unit, long quantity, long unitTariffCents, boolean exact) {

    private static final TimeUnit[] COARSEST_FIRST = {
        TimeUnit.HOUR, TimeUnit.FIVE_MINUTES, TimeUnit.MINUTE
    };

    public static UnitChoice of(long minutes, Money hourlyTariff) {
        long hourly = hourlyTariff.cents();
        for (TimeUnit u : COARSEST_FIRST) {
            if (minutes % u.minutes() == 0 && (hourly * u.minutes()) % 60 == 0) {
                return new UnitChoice(u, minutes / u.minutes(), hourly * u.minutes() / 60, true);
            }
        }
        return new UnitChoice(TimeUnit.MINUTE, minutes, Money.divideHalfUp(hourly, 60), false);
    }

    /** quantity x unit tariff: the berekend bedrag (0426). */
    public long calculatedCents() {
        return Math.multiplyExact(quantity, unitTariffCents);
    }

    /** The hourly tariff a reader of the file gets back: unit tariff x 60 / unit minutes. */
    public Money hourlyTariffAsRead() {
        return Money.cents(unitTariffCents * 60 / unit.minutes());
    }
}
