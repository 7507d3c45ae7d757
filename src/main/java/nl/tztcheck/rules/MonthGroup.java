package nl.tztcheck.rules;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.ClaimLine;

/**
 * The technology lines of one client at one insurer in one calendar month (debits and credits),
 * with what the file-level steps found: corrections keyed by line id, and whether the client had
 * regular V/PV care at this insurer that month, and what the insurance verification said (if
 * asked).
 */
public record MonthGroup(
        String clientId,
        String uzovi,
        YearMonth month,
        List<ClaimLine> lines,
        Map<String, Correction> corrections,
        boolean regularCareSameMonth,
        Insurance insurance) {

    /** A client-month without insurance verification. */
    public MonthGroup(
            String clientId,
            String uzovi,
            YearMonth month,
            List<ClaimLine> lines,
            Map<String, Correction> corrections,
            boolean regularCareSameMonth) {
        this(clientId, uzovi, month, lines, corrections, regularCareSameMonth, Insurance.NOT_ASKED);
    }
}
