package nl.tztcheck.comparison;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.reports.Totals;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.LineResult;

/**
 * The money of one check run, in cents, as summary.json counts it: lines in the totals (debits not
 * reversed) plus the COST_GAP findings and the money AMOUNT_MISMATCH says was left unclaimed; and
 * the findings per code.
 *
 * @param uzovi the UZOVI code every line was declared to, or "" for the export as declared
 * @param trust how far the conditions behind these figures can be trusted: the worst over the
 *     versions (insurer over national) that judged the lines
 * @param declaredTariffsCents the hourly tariffs the technology lines were declared at (the
 *     insurer's ceiling on each line's date), ascending; empty for the export as declared
 */
public record InsurerOutcome(
        String insurerId,
        String name,
        String uzovi,
        Totals totals,
        Map<FindingCode, Long> findingsByCode,
        Trust trust,
        List<Long> declaredTariffsCents) {

    public InsurerOutcome {
        findingsByCode = Map.copyOf(findingsByCode);
        declaredTariffsCents = List.copyOf(declaredTariffsCents);
    }

    /** The money of a run whose conditions' trust is not known here (labelled unverified). */
    public static InsurerOutcome of(
            String insurerId, String name, String uzovi, CheckOutcome outcome) {
        return of(insurerId, name, uzovi, outcome, Trust.UNVERIFIED, List.of());
    }

    public static InsurerOutcome of(
            String insurerId,
            String name,
            String uzovi,
            CheckOutcome outcome,
            Trust trust,
            List<Long> declaredTariffsCents) {
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
        return new InsurerOutcome(insurerId, name, uzovi, t, codes, trust, declaredTariffsCents);
    }

    public long findings(FindingCode code) {
        return findingsByCode.getOrDefault(code, 0L);
    }

    /** All findings, of every code. */
    public long findings() {
        return findingsByCode.values().stream().mapToLong(Long::longValue).sum();
    }
}
