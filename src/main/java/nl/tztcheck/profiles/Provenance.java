package nl.tztcheck.profiles;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * The words next to a figure that say how far to trust it ({@code
 * i18n/provenance_<nl|en>.properties}), shared by the report, the terminal summary and the
 * findings' source column, so each output says it the same way.
 */
public final class Provenance {

    /** The bundle's name: {@code src/main/resources/i18n/provenance_<nl|en>.properties}. */
    public static final String BUNDLE = "provenance";

    private Provenance() {}

    /** "Voorwaarden: illustratief" / "Conditions: illustrative". */
    public static String line(Trust trust, Language language) {
        return Messages.of(BUNDLE, language).get("trust.line", "trust", trust.label(language));
    }

    /** What the state means, for a tooltip or a note. */
    public static String explain(Trust trust, Language language) {
        return Messages.of(BUNDLE, language).get("trust.explain." + trust.code());
    }

    /**
     * "profielset 1a2b3c4d5e6f": the first 12 hex digits of the fingerprint, enough to tell two
     * sets apart.
     */
    public static String fingerprint(String fingerprint, Language language) {
        return Messages.of(BUNDLE, language)
                .get("fingerprint", "fingerprint", shortFingerprint(fingerprint));
    }

    public static String shortFingerprint(String fingerprint) {
        return fingerprint == null
                ? ""
                : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
