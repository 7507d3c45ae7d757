package nl.tztcheck.claims.aw319;

import java.util.List;
import java.util.Map;
import nl.tztcheck.money.Money;

/**
 * What {@link Aw319Writer} wrote.
 *
 * @param linesWritten 04 records written
 * @param insuredRecords 02 records written
 * @param commentRecords 98 records written
 * @param totalCents the trailer's total: declared amounts of debit lines minus those of credit
 *     lines
 * @param linesPerUnit how many lines were written in each time unit
 * @param roundings every line whose tariff could not be written exactly, in input order
 * @param notWritten every line AW319 cannot carry, in input order, with the reason
 */
public record Aw319ExportReport(
        int linesWritten,
        int insuredRecords,
        int commentRecords,
        long totalCents,
        Map<TimeUnit, Integer> linesPerUnit,
        List<Rounding> roundings,
        List<NotWritten> notWritten) {

    public Aw319ExportReport {
        linesPerUnit = Map.copyOf(linesPerUnit);
        roundings = List.copyOf(roundings);
        notWritten = List.copyOf(notWritten);
    }

    /**
     * A line written per minute at a rounded tariff.
     *
     * @param lineNo the line's number in the input (CSV line)
     * @param hourlyTariff the tariff in the input
     * @param unitTariff the tariff per minute written (0425)
     * @param hourlyTariffAsRead what a reader of the AW319 file gets back: unit tariff x 60
     * @param differenceCents quantity x unit tariff minus the input's minutes x hourly tariff / 60
     *     (rounded half up): how much the line's calculated amount (0426) differs, in cents
     */
    public record Rounding(
            long lineNo,
            String lineId,
            int minutes,
            Money hourlyTariff,
            Money unitTariff,
            Money hourlyTariffAsRead,
            long differenceCents) {}

    /** A line that AW319 cannot carry as it is, and why. */
    public record NotWritten(long lineNo, String lineId, String reason) {}

    /** The roundings added up, in cents. */
    public long totalRoundingCents() {
        return roundings.stream().mapToLong(Rounding::differenceCents).sum();
    }
}
