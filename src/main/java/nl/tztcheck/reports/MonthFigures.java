package nl.tztcheck.reports;

import java.time.YearMonth;

/**
 * The totals of one calendar month of service: the technology lines counted in the totals (debits
 * not reversed) whose service date falls in it, plus the cost gaps of its client-months. In cents.
 */
public record MonthFigures(YearMonth month, long technologyLines, Totals totals) {

    public MonthFigures plus(MonthFigures other) {
        Totals o = other.totals();
        return new MonthFigures(month, technologyLines + other.technologyLines(), totals.plus(o));
    }
}
