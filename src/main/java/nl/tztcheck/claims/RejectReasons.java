package nl.tztcheck.claims;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * The texts of reject reasons, from {@code i18n/rejects_en.properties}: one place, named placeholders, no
 * sentences put together in the parsers. English for now, as every reject reason is (docs/checking.md,
 * Language); making them follow {@code --lang} means adding {@code rejects_nl.properties} and passing the
 * run's language here.
 */
public final class RejectReasons {

    /** The most a quoted cell shows: a cell that swallowed the rest of the file is not repeated in the reason. */
    static final int MAX_SHOWN = 40;

    private static final Messages TEXTS = Messages.of("rejects", Language.EN);

    private RejectReasons() {
    }

    /** The reason {@code key} with its {@code {name}} placeholders filled from name/value pairs. */
    public static String get(String key, Object... pairs) {
        return TEXTS.get(key, pairs);
    }

    /** A cell as a reason quotes it: in quotes, its first line only, at most {@value #MAX_SHOWN} characters. */
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
