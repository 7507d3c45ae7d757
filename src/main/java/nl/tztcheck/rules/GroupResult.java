package nl.tztcheck.rules;

import java.util.List;
import nl.tztcheck.findings.Finding;

/** What the check made of one client-month: a result per line and the findings, in output order. */
public record GroupResult(List<LineResult> lines, List<Finding> findings) {}
