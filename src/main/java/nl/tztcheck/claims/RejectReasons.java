package nl.tztcheck.claims;

import java.util.List;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.i18n.StoredText;

/**
 * Reject reasons, stored without a language and worded when an output is written: a key of {@code
 * i18n/rejects_<nl|en>.properties} with its placeholder values ({@link #get}), several problems of
 * one row joined ({@link #join}), worded by {@link #render} in the run's language. So the load step
 * needs no language, a restarted run writes the same bytes, and the stored text can still be masked
 * as text. The encoding is {@link StoredText}'s; a reason staged as plain text by an older version
 * is shown as it is.
 */
public final class RejectReasons {

    /**
     * The most a quoted cell shows: a cell that swallowed the rest of the file is not repeated in
     * the reason.
     */
    static final int MAX_SHOWN = 40;

    public static final String BUNDLE = "rejects";

    /** The field of a problem with the row as a whole rather than one column. */
    public static final String ROW = "(row)";

    private RejectReasons() {}

    /**
     * The reason {@code key} with its {@code {name}} placeholder values as name/value pairs, stored
     * without a language.
     */
    public static String get(String key, Object... pairs) {
        return StoredText.of(key, pairs);
    }

    /** Several reasons of one row, worded one after the other ("; "). */
    public static String join(List<String> reasons) {
        return StoredText.join(reasons);
    }

    /**
     * A reason at a place: the place, ": ", the reason (e.g. "record 3, field 0414 BEGINDATUM
     * PRESTATIE: ...").
     */
    public static String at(String place, String reason) {
        return StoredText.at(place, reason);
    }

    /** The stored reason in {@code language}; a text staged without keys is returned as it is. */
    public static String render(String stored, Language language) {
        return StoredText.render(stored, BUNDLE, language);
    }

    /** A field column as stored ("(row)" for the row as a whole) in {@code language}. */
    public static String renderField(String field, Language language) {
        return ROW.equals(field) ? Messages.of(BUNDLE, language).get("field.row") : field;
    }

    /**
     * A cell as a reason quotes it: in quotes, its first line only, at most {@value #MAX_SHOWN}
     * characters.
     */
    public static String quoted(String cell) {
        String s = cell == null ? "" : cell;
        int lineBreak = indexOfLineBreak(s);
        boolean cut = lineBreak >= 0 || s.length() > MAX_SHOWN;
        if (lineBreak >= 0) {
            s = s.substring(0, lineBreak);
        }
        if (s.length() > MAX_SHOWN) {
            s = s.substring(0, MAX_SHOWN);
        }
        return "'" + s + (cut ? "\u2026" : "") + "'";
    }

    private static int indexOfLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }
}
