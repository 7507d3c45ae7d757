package nl.tztcheck.findings;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * A finding about the whole run ({@link RunFindingCode}), not about a line: the export gave nothing
 * to check, or something the check could not do that a user must know before trusting the totals.
 * Not in findings.csv (whose rows are lines); reported in summary.json ({@code runFindings}), on
 * the terminal and at the top of report.html, and counted by {@code --fail-on}. Texts in {@code
 * i18n/runfindings_<nl|en>.properties}.
 *
 * @param message what happened, why it matters and what to do, in the run's language
 */
public record RunFinding(RunFindingCode code, String message) {

    public static final String BUNDLE = "runfindings";

    /**
     * An AW319 export was checked without a Wlz mapping: lines of Wlz clients pass unless the file
     * fills 0408-0413.
     */
    public static RunFinding wlzNotChecked(Language language) {
        return new RunFinding(
                RunFindingCode.WLZ_NOT_CHECKED,
                Messages.of(BUNDLE, language)
                        .get(RunFindingCode.WLZ_NOT_CHECKED.name() + ".message"));
    }

    /**
     * What the device list ({@code --devices}) added: its devices, the client-months with a
     * COST_GAP it found and their cost gap (already worded, with the cost file's trust), and the
     * devices left out for want of a category.
     */
    public static RunFinding deviceCostGap(
            Language language,
            String file,
            long devices,
            long clientMonths,
            String costGap,
            String trust,
            long withoutCategory) {
        Messages texts = Messages.of(BUNDLE, language);
        String key = RunFindingCode.DEVICE_COST_GAP.name();
        String message =
                texts.get(
                        key + ".message",
                        "file",
                        file,
                        "devices",
                        devices,
                        "clientMonths",
                        clientMonths,
                        "costGap",
                        costGap,
                        "trust",
                        trust);
        return new RunFinding(
                RunFindingCode.DEVICE_COST_GAP,
                withoutCategory == 0
                        ? message
                        : message
                                + " "
                                + texts.get(key + ".withoutCategory", "devices", withoutCategory));
    }

    public Severity severity() {
        return code.severity();
    }

    /**
     * True when this finding is at {@code level} or worse (WARNING includes ERROR), as {@code
     * --fail-on} counts.
     */
    public boolean atLeast(Severity level) {
        return severity().ordinal() <= level.ordinal();
    }
}
