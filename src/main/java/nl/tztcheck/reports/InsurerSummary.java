package nl.tztcheck.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;

/**
 * The totals of one insurer (or of one UZOVI code no profile knows).
 *
 * @param versions the profile versions that judged its lines, in the order first met; empty without
 *     a profile
 */
public record InsurerSummary(
        String key,
        String name,
        Set<String> uzovi,
        long technologyLines,
        Totals totals,
        Map<FindingCode, Long> findingsByCode,
        List<VersionUse> versions) {

    public InsurerSummary {
        versions = List.copyOf(versions);
    }

    public InsurerSummary(
            String key,
            String name,
            Set<String> uzovi,
            long technologyLines,
            Totals totals,
            Map<FindingCode, Long> findingsByCode) {
        this(key, name, uzovi, technologyLines, totals, findingsByCode, List.of());
    }

    /**
     * How far this insurer's figures can be trusted: the worst over the versions used; empty when
     * none judged a line.
     */
    public Optional<Trust> trust() {
        return versions.isEmpty()
                ? Optional.empty()
                : Optional.of(Trust.worst(versions.stream().map(VersionUse::trust).toList()));
    }

    /** The published conditions of the versions used that a claims file cannot show, each once. */
    public List<String> conditionsNotChecked() {
        return versions.stream()
                .flatMap(v -> v.conditionsNotChecked().stream())
                .distinct()
                .toList();
    }
}
