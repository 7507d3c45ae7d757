package nl.tztcheck.reports;

import java.util.List;
import java.util.Map;

import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineStatus;

/**
 * What one run found, in figures: the basis of summary.json, report.html and the terminal summary.
 *
 * @param examples the first findings of each code (bounded), for the report page
 * @param firstRejects the first rejects (bounded), for the report page
 * @param verification the insurance verification's call summary; empty when verification was off
 */
public record RunSummary(RunInfo run, LineCounts lines, Map<LineStatus, Long> technologyLines, Totals totals,
        Map<FindingCode, Long> findingsByCode, List<InsurerSummary> insurers,
        Map<FindingCode, List<Finding>> examples, List<Reject> firstRejects, Map<String, Long> verification) {

    public long findings() {
        return findingsByCode.values().stream().mapToLong(Long::longValue).sum();
    }

    public long findingsOf(nl.tztcheck.findings.Severity severity) {
        return findingsByCode.entrySet().stream().filter(e -> e.getKey().severity() == severity)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
