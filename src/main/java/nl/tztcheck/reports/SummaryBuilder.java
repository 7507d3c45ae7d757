package nl.tztcheck.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.rules.LineStatus;
import nl.tztcheck.rules.RunChecks;

/**
 * Adds up a run as its lines and findings stream past, in memory bounded by the number of
 * insurers and codes (plus a few examples), never by the number of lines.
 */
public final class SummaryBuilder {

    static final int EXAMPLES_PER_CODE = 25;
    static final int REJECT_EXAMPLES = 50;
    /** Rows of the "lines to correct" table embedded in report.html; findings.csv has them all. */
    public static final int LINES_TO_CORRECT = 5_000;

    private final ProfileSet profiles;
    private final Map<LineStatus, Long> statuses = new EnumMap<>(LineStatus.class);
    private final Map<FindingCode, Long> codes = new EnumMap<>(FindingCode.class);
    private final Map<FindingCode, List<Finding>> examples = new EnumMap<>(FindingCode.class);
    private final Map<String, Acc> insurers = new TreeMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final Map<java.time.YearMonth, MonthFigures> months = new TreeMap<>();
    private final List<CorrectionRow> toCorrect = new ArrayList<>();
    private long toCorrectTotal;
    private Totals totals = Totals.ZERO;
    private Map<String, Long> verification = Map.of();

    private static final class Acc {
        final String name;
        final TreeSet<String> uzovi = new TreeSet<>();
        long lines;
        Totals totals = Totals.ZERO;
        final Map<FindingCode, Long> codes = new EnumMap<>(FindingCode.class);

        Acc(String name) {
            this.name = name;
        }
    }

    public SummaryBuilder(ProfileSet profiles) {
        this.profiles = profiles;
    }

    public void add(LineResult r) {
        statuses.merge(r.status(), 1L, Long::sum);
        Acc acc = insurer(r.insurer(), r.line().uzovi());
        acc.lines++;
        if (r.status().inTotals()) {
            totals = totals.plus(r);
            acc.totals = acc.totals.plus(r);
            months.merge(r.line().month(), new MonthFigures(r.line().month(), 1, Totals.ZERO.plus(r)), MonthFigures::plus);
        }
    }

    public void add(Finding f) {
        codes.merge(f.code(), 1L, Long::sum);
        Acc acc = insurer(f.insurer(), f.uzovi());
        acc.codes.merge(f.code(), 1L, Long::sum);
        if (f.code() == FindingCode.COST_GAP) {
            totals = totals.plusCostGap(f.costGapCents());
            acc.totals = acc.totals.plusCostGap(f.costGapCents());
            months.merge(f.month(), new MonthFigures(f.month(), 0, Totals.ZERO.plusCostGap(f.costGapCents())), MonthFigures::plus);
        }
        if (f.underclaimedCents() != 0) {
            // only AMOUNT_MISMATCH on a line in the totals carries it, once per line
            totals = totals.plusUnderclaimed(f.underclaimedCents());
            acc.totals = acc.totals.plusUnderclaimed(f.underclaimedCents());
            months.merge(f.month(), new MonthFigures(f.month(), 0, Totals.ZERO.plusUnderclaimed(f.underclaimedCents())),
                    MonthFigures::plus);
        }
        if (f.severity() != nl.tztcheck.findings.Severity.INFO && !f.lineId().isEmpty()) {
            toCorrectTotal++;
            if (toCorrect.size() < LINES_TO_CORRECT) {
                toCorrect.add(new CorrectionRow(f, acc.name));
            }
        }
        List<Finding> list = examples.computeIfAbsent(f.code(), c -> new ArrayList<>());
        if (list.size() < EXAMPLES_PER_CODE) {
            list.add(f);
        }
    }

    public void add(Reject r) {
        if (rejects.size() < REJECT_EXAMPLES) {
            rejects.add(r);
        }
    }

    private Acc insurer(String insurerId, String uzovi) {
        String key;
        String name;
        if (insurerId != null && !insurerId.isEmpty()) {
            key = insurerId;
            name = profiles.insurers().stream().filter(p -> p.id().equals(insurerId)).map(p -> p.name()).findFirst().orElse(insurerId);
        } else {
            var known = profiles.insurerFor(uzovi);
            key = known.map(p -> p.id()).orElse("uzovi-" + uzovi);
            name = known.map(p -> p.name()).orElse("No profile (UZOVI " + uzovi + ")");
        }
        Acc acc = insurers.computeIfAbsent(key, k -> new Acc(name));
        acc.uzovi.add(uzovi);
        return acc;
    }

    /** The insurance verification's call summary (calls, cache hits, failures, ...), in the order given. */
    public void verification(Map<String, Long> stats) {
        this.verification = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
    }

    /** The summary, with the findings about the run as a whole ({@link RunChecks}) in {@code language}. */
    public RunSummary build(RunInfo run, LineCounts counts, Language language) {
        RunSummary s = build(run, counts);
        return new RunSummary(s.run(), s.lines(), s.technologyLines(), s.totals(), s.findingsByCode(), s.insurers(), s.examples(),
                s.firstRejects(), s.verification(), s.months(), s.toCorrect(), s.toCorrectTotal(), RunChecks.of(counts, language));
    }

    public RunSummary build(RunInfo run, LineCounts counts) {
        List<InsurerSummary> list = new ArrayList<>();
        insurers.forEach((key, a) -> list.add(new InsurerSummary(key, a.name, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(a.uzovi)), a.lines, a.totals, Map.copyOf(a.codes))));
        Map<FindingCode, List<Finding>> ex = new EnumMap<>(FindingCode.class);
        examples.forEach((c, l) -> ex.put(c, List.copyOf(l)));
        return new RunSummary(run, counts, Map.copyOf(statuses), totals, Map.copyOf(codes), List.copyOf(list), ex, List.copyOf(rejects),
                verification, List.copyOf(months.values()), List.copyOf(toCorrect), toCorrectTotal);
    }
}
