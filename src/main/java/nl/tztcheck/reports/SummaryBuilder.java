package nl.tztcheck.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.RunFinding;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.rules.LineStatus;
import nl.tztcheck.rules.RunChecks;

/**
 * Adds up a run as its lines and findings stream past, in memory bounded by the number of insurers
 * and codes (plus a few examples), never by the number of lines.
 */
public final class SummaryBuilder {

    static final int EXAMPLES_PER_CODE = 25;
    static final int REJECT_EXAMPLES = 50;

    /**
     * Rows of the "lines to correct" table embedded in report.html (those with the most money at
     * risk); findings.csv has them all.
     */
    public static final int LINES_TO_CORRECT = 5_000;

    /**
     * The order of the lines to correct: most money at risk first; equal amounts in the order of
     * findings.csv (the order they arrive in), so the page is the same on every run.
     */
    static final Comparator<Ranked> MOST_AT_RISK_FIRST =
            Comparator.comparingLong((Ranked r) -> r.row().finding().atRiskCents())
                    .reversed()
                    .thenComparingLong(Ranked::seq);

    /** A row to correct and its place in findings.csv. */
    record Ranked(long seq, CorrectionRow row) {}

    private final ProfileSet profiles;
    private final Map<LineStatus, Long> statuses = new EnumMap<>(LineStatus.class);
    private final Map<FindingCode, Long> codes = new EnumMap<>(FindingCode.class);
    private final Map<FindingCode, List<Finding>> examples = new EnumMap<>(FindingCode.class);
    private final Map<String, Acc> insurers = new TreeMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final Map<java.time.YearMonth, MonthFigures> months = new TreeMap<>();

    /**
     * The rows with the most money at risk so far, the one to drop next on top: bounded, whatever
     * the number of findings.
     */
    private final PriorityQueue<Ranked> toCorrect =
            new PriorityQueue<>(MOST_AT_RISK_FIRST.reversed());

    private long toCorrectTotal;
    private Totals totals = Totals.ZERO;
    private Map<String, Long> verification = Map.of();
    private final List<RunFinding> runFindings = new ArrayList<>();

    private static final class Acc {
        final String name;
        final TreeSet<String> uzovi = new TreeSet<>();
        long lines;
        Totals totals = Totals.ZERO;
        final Map<FindingCode, Long> codes = new EnumMap<>(FindingCode.class);

        /**
         * The profiles that judged its lines; few, and the same instances line after line
         * (ProfileSet caches them).
         */
        final List<nl.tztcheck.profiles.EffectiveProfile> profiles = new ArrayList<>();

        void used(nl.tztcheck.profiles.EffectiveProfile p) {
            for (var known : profiles) {
                if (known == p
                        || known.insurerVersion() == p.insurerVersion()
                                && known.nationalVersion() == p.nationalVersion()) {
                    return;
                }
            }
            profiles.add(p);
        }

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
        if (!r.insurer().isEmpty()) {
            profiles.resolve(r.line().uzovi(), r.line().serviceDate()).ifPresent(acc::used);
        }
        if (r.status().inTotals()) {
            totals = totals.plus(r);
            acc.totals = acc.totals.plus(r);
            months.merge(
                    r.line().month(),
                    new MonthFigures(r.line().month(), 1, Totals.ZERO.plus(r)),
                    MonthFigures::plus);
        }
    }

    public void add(Finding f) {
        codes.merge(f.code(), 1L, Long::sum);
        Acc acc = insurer(f.insurer(), f.uzovi());
        acc.codes.merge(f.code(), 1L, Long::sum);
        if (f.code() == FindingCode.COST_GAP) {
            totals = totals.plusCostGap(f.costGapCents());
            acc.totals = acc.totals.plusCostGap(f.costGapCents());
            months.merge(
                    f.month(),
                    new MonthFigures(f.month(), 0, Totals.ZERO.plusCostGap(f.costGapCents())),
                    MonthFigures::plus);
        }
        if (f.underclaimedCents() != 0) {
            // only AMOUNT_MISMATCH on a line in the totals carries it, once per line
            totals = totals.plusUnderclaimed(f.underclaimedCents());
            acc.totals = acc.totals.plusUnderclaimed(f.underclaimedCents());
            months.merge(
                    f.month(),
                    new MonthFigures(
                            f.month(), 0, Totals.ZERO.plusUnderclaimed(f.underclaimedCents())),
                    MonthFigures::plus);
        }
        if (f.severity() != nl.tztcheck.findings.Severity.INFO && !f.lineId().isEmpty()) {
            toCorrect.add(new Ranked(toCorrectTotal++, new CorrectionRow(f, acc.name)));
            if (toCorrect.size() > LINES_TO_CORRECT) {
                toCorrect.poll();
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
            name =
                    profiles.insurers().stream()
                            .filter(p -> p.id().equals(insurerId))
                            .map(p -> p.name())
                            .findFirst()
                            .orElse(insurerId);
        } else {
            var known = profiles.insurerFor(uzovi);
            key = known.map(p -> p.id()).orElse("uzovi-" + uzovi);
            name = known.map(p -> p.name()).orElse("No profile (UZOVI " + uzovi + ")");
        }
        Acc acc = insurers.computeIfAbsent(key, k -> new Acc(name));
        acc.uzovi.add(uzovi);
        return acc;
    }

    /**
     * The insurance verification's call summary (calls, cache hits, failures, ...), in the order
     * given.
     */
    public void verification(Map<String, Long> stats) {
        this.verification =
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
    }

    /**
     * A finding about the run as a whole (summary.json {@code runFindings}, the terminal, the top
     * of report.html).
     */
    public void runFinding(RunFinding finding) {
        runFindings.add(finding);
    }

    /**
     * The summary, with the findings about the run as a whole (those added, then {@link RunChecks})
     * in {@code language}.
     */
    public RunSummary build(RunInfo run, LineCounts counts, Language language) {
        RunSummary s = build(run, counts);
        return new RunSummary(
                s.run(),
                s.lines(),
                s.technologyLines(),
                s.totals(),
                s.findingsByCode(),
                s.insurers(),
                s.examples(),
                s.firstRejects(),
                s.verification(),
                s.months(),
                s.toCorrect(),
                s.toCorrectTotal(),
                withRunChecks(s.runFindings(), counts, language));
    }

    private static List<RunFinding> withRunChecks(
            List<RunFinding> added, LineCounts counts, Language language) {
        List<RunFinding> all = new ArrayList<>(RunChecks.of(counts, language));
        all.addAll(added);
        return List.copyOf(all);
    }

    public RunSummary build(RunInfo run, LineCounts counts) {
        List<InsurerSummary> list = new ArrayList<>();
        insurers.forEach(
                (key, a) ->
                        list.add(
                                new InsurerSummary(
                                        key,
                                        a.name,
                                        java.util.Collections.unmodifiableSortedSet(
                                                new TreeSet<>(a.uzovi)),
                                        a.lines,
                                        a.totals,
                                        Map.copyOf(a.codes),
                                        a.profiles.stream().map(VersionUse::of).toList())));
        Map<FindingCode, List<Finding>> ex = new EnumMap<>(FindingCode.class);
        examples.forEach((c, l) -> ex.put(c, List.copyOf(l)));
        return new RunSummary(
                run,
                counts,
                Map.copyOf(statuses),
                totals,
                Map.copyOf(codes),
                List.copyOf(list),
                ex,
                List.copyOf(rejects),
                verification,
                List.copyOf(months.values()),
                toCorrectRows(),
                toCorrectTotal,
                runFindings);
    }

    private List<CorrectionRow> toCorrectRows() {
        return toCorrect.stream().sorted(MOST_AT_RISK_FIRST).map(Ranked::row).toList();
    }
}
