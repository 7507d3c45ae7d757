package nl.tztcheck.reports;

import nl.tztcheck.findings.Finding;

/**
 * One row of report.html's "lines to correct": an error or warning finding on a line, with the
 * insurer's name.
 */
public record CorrectionRow(Finding finding, String insurerName) {}
