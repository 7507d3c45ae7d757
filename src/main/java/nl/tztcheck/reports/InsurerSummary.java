package nl.tztcheck.reports;

import java.util.Map;
import java.util.Set;

import nl.tztcheck.findings.FindingCode;

/** The totals of one insurer (or of one UZOVI code no profile knows). */
public record InsurerSummary(String key, String name, Set<String> uzovi, long technologyLines, Totals totals,
        Map<FindingCode, Long> findingsByCode) {
}
