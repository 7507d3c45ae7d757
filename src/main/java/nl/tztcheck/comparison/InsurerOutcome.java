package nl.tztcheck.comparison;

import java.util.EnumMap;
import java.util.Map;

import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.reports.Totals;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.LineResult;

/**
 * The money of one check run, in cents, as summary.json counts it: lines in the totals (debits
 * not reversed) plus the COST_GAP findings and the money AMOUNT_MISMATCH says was left unclaimed; and the findings per code.
 *
 * @param uzovi the UZOVI code every line was declared to, or "" for the export as declared
 */
public record InsurerOutcome(String insurerId, String name, String uzovi, Totals totals, Map<FindingCode, Long> findingsByCode) {

    public InsurerOutcome {
        findingsByCode = Map.copyOf(findingsByCode);
    }

    public static InsurerOutcome of(String insurerId, String name, String uzovi, CheckOutcome outcome) {
        Totals t = Totals.ZERO;
        for (LineResult r : outcome.lines()) {
            if (r.status().inTotals()) {
                t = t.plus(r);
            }
        }
        Map<FindingCode, Long> codes = new EnumMap<>(FindingCode.class);
        for (Finding f : outcome.findings()) {
            codes.merge(f.code(), 1L, Long::sum);
            if (f.code() == FindingCode.COST_GAP) {
                t = t.plusCostGap(f.costGapCents());
            }
            t = t.plusUnderclaimed(f.underclaimedCents());
        }
        return new InsurerOutcome(insurerId, name, uzovi, t, codes);
    }

    public long findings(FindingCode code) {
        return findingsByCode.getOrDefault(code, 0L);
    }
}
