package nl.tztcheck.claims.aw319;

import java.util.Locale;
import java.util.Optional;
import nl.tztcheck.claims.RejectReasons;
import nl.tztcheck.claims.Technology;
import org.jspecify.annotations.Nullable;

/**
 * tzt-check's convention for carrying the technology of a line in AW319, which has no field for it:
 * a 98 comment record directly under the 04 record whose free text (9804) reads {@code
 * TZT=MEDICATION}, {@code TZT=VIDEO;product=Medido} or {@code TZT=OTHER}. The technology word may
 * be Dutch ({@code MEDICATIE}, {@code BEELDZORG}, {@code OVERIG}) and any case; further {@code
 * key=value} parts after a {@code ;} are read past, so the convention can grow.
 *
 * @param product null when the comment names none
 */
public record TztComment(Technology technology, @Nullable String product) {

    public static final String PREFIX = "TZT=";
    public static final String PRODUCT_KEY = "product";

    /** True when the free text is meant as a technology comment (starts with TZT=, any case). */
    public static boolean isTztComment(String freeText) {
        String t = freeText == null ? "" : freeText.strip();
        return t.length() >= PREFIX.length()
                && t.substring(0, PREFIX.length()).equalsIgnoreCase(PREFIX);
    }

    /**
     * Reads a technology comment.
     *
     * @throws IllegalArgumentException when the technology word is unknown, its message a reject
     *     reason as {@link RejectReasons#get} stores it (worded in the run's language on output)
     */
    public static TztComment parse(String freeText) {
        if (!isTztComment(freeText)) {
            throw new IllegalArgumentException(
                    RejectReasons.get("aw319.notAComment", "value", "'" + freeText.strip() + "'"));
        }
        String[] parts = freeText.strip().substring(PREFIX.length()).split(";", -1);
        String word = parts[0].strip();
        Optional<Technology> technology = Technology.parse(word);
        if (technology.isEmpty()) {
            throw new IllegalArgumentException(
                    RejectReasons.get("aw319.commentTechnology", "value", "'" + word + "'"));
        }
        String product = null;
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0
                    && parts[i].substring(0, eq)
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .equals(PRODUCT_KEY)) {
                String value = parts[i].substring(eq + 1).strip();
                product = value.isEmpty() ? null : value;
            }
        }
        return new TztComment(technology.get(), product);
    }

    /** {@code TZT=VIDEO;product=Medido}, or {@code TZT=VIDEO} without a product. */
    public String format() {
        return PREFIX
                + technology.name()
                + (product == null ? "" : ";" + PRODUCT_KEY + "=" + product);
    }
}
