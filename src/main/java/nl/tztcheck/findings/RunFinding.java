package nl.tztcheck.findings;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * A finding about the run as a whole, not about a line: something the check could not do, which a
 * user must know before trusting the totals. Not in findings.csv (whose rows are lines); reported
 * in summary.json ({@code runFindings}), on the terminal and at the top of report.html, and counted by
 * {@code --fail-on}. Texts in {@code i18n/runfindings_<nl|en>.properties} under {@code <code>.message}.
 *
 * @param code a stable identifier, e.g. {@code WLZ_NOT_CHECKED}
 */
public record RunFinding(String code, Severity severity, String message) {

    public static final String BUNDLE = "runfindings";

    /** An AW319 export was checked without a Wlz mapping: lines of Wlz clients pass unless the file fills 0408-0413. */
    public static final String WLZ_NOT_CHECKED = "WLZ_NOT_CHECKED";

    public static RunFinding wlzNotChecked(Language language) {
        return new RunFinding(WLZ_NOT_CHECKED, Severity.WARNING, Messages.of(BUNDLE, language).get(WLZ_NOT_CHECKED + ".message"));
    }

    /** True when this finding is at {@code level} or worse (WARNING includes ERROR), as {@code --fail-on} counts. */
    public boolean atLeast(Severity level) {
        return severity.ordinal() <= level.ordinal();
    }
}
