package nl.tztcheck.findings;

/**
 * Findings about a run as a whole rather than about a line or a client-month: the export gave
 * nothing to check, or a check that could not be done (Wlz in AW319). They are not in findings.csv
 * (whose rows are lines and groups); summary.json lists them under {@code runFindings}, the
 * terminal summary and report.html show them as a block of their own, and {@code --fail-on} counts
 * them.
 */
public enum RunFindingCode {
    /**
     * No line is a technology (1062) line: a header-only export, or one whose lines are all other
     * care.
     */
    NO_TECHNOLOGY_LINES(Severity.WARNING),
    /** Every line of the export was rejected (rejects.csv says why). */
    ALL_LINES_REJECTED(Severity.WARNING),
    /**
     * An AW319 export was checked without --wlz-map: the Wlz indication is known only where the
     * file fills 0408-0413.
     */
    WLZ_NOT_CHECKED(Severity.WARNING),
    /**
     * The device list ({@code --devices}) added COST_GAP findings for technology in use but not
     * declarable: how many, how much.
     */
    DEVICE_COST_GAP(Severity.INFO);

    private final Severity severity;

    RunFindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
