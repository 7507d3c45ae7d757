package nl.tztcheck.findings;

/**
 * How a finding weighs: ERROR the insurer will refuse or cut, WARNING look at it, INFO for insight.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
