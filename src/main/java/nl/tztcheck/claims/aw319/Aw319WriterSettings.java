package nl.tztcheck.claims.aw319;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the claims export does not say but an AW319 header needs.
 *
 * @param institutionAgb the declaring institution's AGB code (0112), 8 digits
 * @param performerAgb the AGB code of the performer on every 04 (0420), 8 digits
 * @param messageKind 0105 SOORT BERICHT: T (test, the default) or P (production)
 * @param invoiceNumber 0116, at most 12 characters; null for TZT + CCYYMM of the period's last
 *     month
 * @param invoiceDate 0117; null for the last day of the declaration period (so the file is
 *     reproducible)
 */
public record Aw319WriterSettings(
        String institutionAgb,
        String performerAgb,
        char messageKind,
        @Nullable String invoiceNumber,
        @Nullable LocalDate invoiceDate) {

    /**
     * A placeholder, like the nines of "no BSN": fill in the real AGB codes for a file that is
     * sent.
     */
    public static final String PLACEHOLDER_AGB = "99999999";

    public Aw319WriterSettings {
        requireAgb("institution AGB code", institutionAgb);
        requireAgb("performer AGB code", performerAgb);
        if (messageKind != 'T' && messageKind != 'P') {
            throw new IllegalArgumentException(
                    "message kind '" + messageKind + "' is neither T (test) nor P (production)");
        }
        if (invoiceNumber != null
                && (invoiceNumber.isBlank() || invoiceNumber.strip().length() > 12)) {
            throw new IllegalArgumentException(
                    "invoice number '" + invoiceNumber + "' must be 1 to 12 characters");
        }
    }

    public static Aw319WriterSettings defaults() {
        return new Aw319WriterSettings(PLACEHOLDER_AGB, PLACEHOLDER_AGB, 'T', null, null);
    }

    private static void requireAgb(String what, String agb) {
        if (agb == null || !agb.matches("\\d{8}")) {
            throw new IllegalArgumentException("the " + what + " '" + agb + "' is not 8 digits");
        }
    }
}
