package nl.tztcheck.reports;

import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.RunFinding;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineStatus;

/**
 * What one run found, in figures: the basis of summary.json, report.html and the terminal summary.
 *
 * @param examples the first findings of each code (bounded), for the report page
 * @param firstRejects the first rejects (bounded), for the report page
 * @param verification the insurance verification's call summary; empty when verification was off
 * @param months the totals per calendar month of service, oldest first (same lines as {@code
 *     totals})
 * @param toCorrect the {@link SummaryBuilder#LINES_TO_CORRECT} error and warning findings on lines
 *     with the most money at risk, largest first (equal amounts in the order of findings.csv), for
 *     the report page
 * @param toCorrectTotal how many error and warning findings on lines there are in all
 * @param runFindings findings about the run as a whole (nothing to check, WLZ_NOT_CHECKED), in the
 *     run's language; not in findings.csv nor counted in {@code findingsByCode}
 */
public record RunSummary(
        RunInfo run,
        LineCounts lines,
        Map<LineStatus, Long> technologyLines,
        Totals totals,
        Map<FindingCode, Long> findingsByCode,
        List<InsurerSummary> insurers,
        Map<FindingCode, List<Finding>> examples,
        List<Reject> firstRejects,
        Map<String, Long> verification,
        List<MonthFigures> months,
        List<CorrectionRow> toCorrect,
        long toCorrectTotal,
        List<RunFinding> runFindings) {

    public RunSummary {
        runFindings = runFindings == null ? List.of() : List.copyOf(runFindings);
    }

    /** Without run findings. */
    public RunSummary(
            RunInfo run,
            LineCounts lines,
            Map<LineStatus, Long> technologyLines,
            Totals totals,
            Map<FindingCode, Long> findingsByCode,
            List<InsurerSummary> insurers,
            Map<FindingCode, List<Finding>> examples,
            List<Reject> firstRejects,
            Map<String, Long> verification,
            List<MonthFigures> months,
            List<CorrectionRow> toCorrect,
            long toCorrectTotal) {
        this(
                run,
                lines,
                technologyLines,
                totals,
                findingsByCode,
                insurers,
                examples,
                firstRejects,
                verification,
                months,
                toCorrect,
                toCorrectTotal,
                List.of());
    }

    public long findings() {
        return findingsByCode.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * How far the run's totals can be trusted: the worst over the insurers whose lines a profile
     * judged; empty for none.
     */
    public java.util.Optional<nl.tztcheck.profiles.Trust> trust() {
        List<nl.tztcheck.profiles.Trust> all =
                insurers.stream().flatMap(i -> i.trust().stream()).toList();
        return all.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(nl.tztcheck.profiles.Trust.worst(all));
    }

    public long findingsOf(nl.tztcheck.findings.Severity severity) {
        return findingsByCode.entrySet().stream()
                .filter(e -> e.getKey().severity() == severity)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * Run findings of this severity (not counted in {@link #findingsOf}, which matches
     * findings.csv).
     */
    public long runFindingsOf(nl.tztcheck.findings.Severity severity) {
        return runFindings.stream().filter(f -> f.severity() == severity).count();
    }
}
