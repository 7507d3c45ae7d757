package nl.tztcheck.businesscase;

import java.time.YearMonth;

/**
 * The months compared around a client's first 1062 month m: {@code before} months m-before..m-1
 * against {@code after} months m..m+after-1 (default 2 and 2).
 */
public record EffectWindow(int before, int after) {

    /**
     * More months than this is not a window around a start any more (and keeps the arithmetic far
     * from overflow).
     */
    public static final int MAX_MONTHS = 24;

    public static final EffectWindow DEFAULT = new EffectWindow(2, 2);

    public EffectWindow {
        if (!valid(before) || !valid(after)) {
            throw new IllegalArgumentException(
                    "window of "
                            + before
                            + " months before and "
                            + after
                            + " after: each must be 1 to "
                            + MAX_MONTHS);
        }
    }

    public static boolean valid(int months) {
        return months >= 1 && months <= MAX_MONTHS;
    }

    /**
     * The whole window lies within the export's months (first to last service month, inclusive).
     */
    public boolean fits(YearMonth start, YearMonth firstMonth, YearMonth lastMonth) {
        return !start.minusMonths(before).isBefore(firstMonth)
                && !start.plusMonths(after - 1L).isAfter(lastMonth);
    }

    public boolean isBefore(YearMonth month, YearMonth start) {
        return month.isBefore(start) && !month.isBefore(start.minusMonths(before));
    }

    public boolean isAfter(YearMonth month, YearMonth start) {
        return !month.isBefore(start) && !month.isAfter(start.plusMonths(after - 1L));
    }
}
