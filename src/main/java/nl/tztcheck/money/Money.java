package nl.tztcheck.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in whole euro cents. Finance staff reconcile to the cent, so no floating point
 * anywhere: every division rounds half up once, at line level.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money cents(long cents) {
        return new Money(cents);
    }

    /** minutes x hourly tariff / 60, rounded half up to the cent. */
    public static Money forMinutes(long minutes, Money hourlyTariff) {
        return new Money(divideHalfUp(Math.multiplyExact(minutes, hourlyTariff.cents), 60));
    }

    /** this x percentage / 100, rounded half up to the cent. */
    public Money percentage(BigDecimal percentage) {
        return new Money(
                BigDecimal.valueOf(cents)
                        .multiply(percentage)
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                        .longValueExact());
    }

    /**
     * Integer division rounding half away from zero ("half up" for the positive amounts we handle).
     */
    public static long divideHalfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        long sign = numerator < 0 ? -1 : 1;
        long abs = Math.abs(numerator);
        return sign * ((2 * abs + denominator) / (2 * denominator));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(-cents);
    }

    public static Money min(Money a, Money b) {
        return a.cents <= b.cents ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.cents >= b.cents ? a : b;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isZero() {
        return cents == 0;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(cents, o.cents);
    }

    /** Plain machine form: {@code 1234.56}, {@code -0.05}. */
    public String toPlainString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Dutch form for people and Dutch Excel: {@code 1.234,56}. */
    public String toDutchString() {
        String plain = BigDecimal.valueOf(Math.abs(cents), 2).toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (cents < 0 ? "-" : "") + grouped + "," + plain.substring(dot + 1);
    }

    @Override
    public String toString() {
        return "EUR " + toPlainString();
    }
}
