package nl.tztcheck.verification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One client-month to verify.
 *
 * @param clientKey the client's key in the export (client_id or its pseudonym): the cache key,
 *     never sent
 * @param bsn sent to the service only; {@link #toString()} masks it
 * @param firstServiceDate the earliest service date of the client's lines in the month
 * @param lastServiceDate the latest; the service is asked about this date first (see
 *     docs/verification.md)
 */
public record VerificationRequest(
        String clientKey,
        String bsn,
        YearMonth month,
        LocalDate firstServiceDate,
        LocalDate lastServiceDate) {

    public VerificationRequest {
        Objects.requireNonNull(clientKey, "clientKey");
        if (!YearMonth.from(firstServiceDate).equals(month)
                || !YearMonth.from(lastServiceDate).equals(month)
                || lastServiceDate.isBefore(firstServiceDate)) {
            throw new IllegalArgumentException(
                    "service dates "
                            + firstServiceDate
                            + ".."
                            + lastServiceDate
                            + " do not lie in "
                            + month);
        }
    }

    public ClientMonth key() {
        return new ClientMonth(clientKey, month);
    }

    @Override
    public String toString() {
        return "VerificationRequest["
                + clientKey
                + ", bsn=***, "
                + month
                + ", "
                + firstServiceDate
                + ".."
                + lastServiceDate
                + "]";
    }
}
