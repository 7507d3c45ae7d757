package nl.tztcheck.rules;

import java.util.List;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;

/** Everything one check produced, in output order. */
public record CheckOutcome(
        List<LineResult> lines, List<Finding> findings, List<Reject> rejects, LineCounts counts) {}
