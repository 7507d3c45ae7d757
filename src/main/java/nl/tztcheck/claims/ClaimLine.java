package nl.tztcheck.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One readable declaration line.
 *
 * @param lineNo the physical line in the input file where the row starts (header = 1)
 * @param amount the declared amount as a positive magnitude (a credit's sign is {@link #credit})
 * @param amountDeclared false when the export had no amount and it was computed as minutes x tariff
 *     / 60
 * @param technology null when the export does not say (only possible for non-technology lines and
 *     AW319)
 * @param product null when the export names no product
 * @param correctsLineId the debit line a credit reverses; null on debits
 * @param approvalRef the insurer's prior-approval reference; null when absent
 * @param bsn null when absent
 */
public record ClaimLine(
        long lineNo,
        String lineId,
        String clientId,
        @Nullable String bsn,
        String uzovi,
        String serviceCode,
        LocalDate serviceDate,
        int minutes,
        Money hourlyTariff,
        Money amount,
        boolean amountDeclared,
        @Nullable Technology technology,
        @Nullable String product,
        Law law,
        boolean credit,
        @Nullable String correctsLineId,
        boolean wlzIndication,
        @Nullable String approvalRef) {

    public YearMonth month() {
        return YearMonth.from(serviceDate);
    }

    /** minutes x tariff / 60 rounded half up: what the amount should be. */
    public Money expectedAmount() {
        return Money.forMinutes(minutes, hourlyTariff);
    }

    public boolean hasApproval() {
        return approvalRef != null && !approvalRef.isBlank();
    }
}
