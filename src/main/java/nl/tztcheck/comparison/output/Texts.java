package nl.tztcheck.comparison.output;

import java.math.BigDecimal;
import nl.tztcheck.money.Money;

/** How figures are written for people: Dutch euros, hours, percentages, and HTML escaping. */
public final class Texts {

    private Texts() {}

    /** {@code € 1.234,56}. */
    public static String eur(long cents) {
        return "\u20ac " + Money.cents(cents).toDutchString();
    }

    /** {@code 1.234,56} for Dutch Excel. */
    public static String eurCell(long cents) {
        return Money.cents(cents).toDutchString();
    }

    /** {@code 390 min (6:30 h)}. */
    public static String minutes(long minutes) {
        return minutes + " min (" + hours(minutes) + " h)";
    }

    /** {@code 6:30}. */
    public static String hours(long minutes) {
        return (minutes / 60) + ":" + String.format("%02d", minutes % 60);
    }

    /** {@code 95.5%}. */
    public static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code +0.1}, {@code -2}, {@code 0} percentage points. */
    public static String points(BigDecimal p) {
        String s = p.stripTrailingZeros().toPlainString();
        return p.signum() > 0 ? "+" + s : s;
    }

    public static String html(String s) {
        return nl.tztcheck.reports.Html.esc(s);
    }
}
