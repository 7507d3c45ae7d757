package nl.tztcheck.findings;

import java.time.YearMonth;
import nl.tztcheck.claims.Technology;
import org.jspecify.annotations.Nullable;

/**
 * One finding: what is wrong (or worth knowing) about a line or a client-month, with the money
 * involved. Money fields are the figures of the line (or, for COST_GAP, of the category in the
 * client-month); a line with two findings carries the same figures on both, so totals are taken
 * from lines, never by adding up findings.
 *
 * @param key deterministic: the same input and profiles give the same key
 * @param lineId empty for findings about a whole client-month (COST_GAP)
 * @param lineNo the line in the input file, 0 for client-month findings
 * @param client the client's pseudonym, never the client number or BSN
 * @param insurer the insurer profile id, empty when no profile knows the UZOVI code
 * @param underclaimedCents AMOUNT_MISMATCH on a line in the totals (a debit not reversed): how much
 *     the declared amount falls short of minutes x tariff / 60, money the provider left unclaimed;
 *     0 on every other finding. Reported apart: it is not part of claimed = reimbursable + at risk
 *     + unchecked
 */
public record Finding(
        String key,
        FindingCode code,
        String lineId,
        long lineNo,
        String client,
        String uzovi,
        String insurer,
        String profileVersion,
        YearMonth month,
        @Nullable Technology technology,
        int minutesClaimed,
        int minutesAllowed,
        long claimedCents,
        long reimbursableCents,
        long atRiskCents,
        long costGapCents,
        long underclaimedCents,
        String message,
        String source) {

    public Severity severity() {
        return code.severity();
    }

    public String retourcode() {
        return code.retourcode();
    }
}
