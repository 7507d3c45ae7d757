package nl.tztcheck.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A text kept without a language until a person reads it: a key of a bundle with its placeholder
 * values, worded by {@link #render} in the language of the run or the command line. Reject reasons
 * are staged like this (so the load needs no language and a restart writes the same bytes), and
 * validator problems are found like this (so the core validators need no language and the command
 * line words them).
 *
 * <p>Encoding: {@code STX} then parts; a part is a key followed by {@code US name=value} pairs;
 * parts are separated by {@code RS} (worded as "; ") or {@code GS} (worded as ": ", a place such as
 * "record 3, field 0414" before its problem). The separators are control characters, so a stored
 * text can still be masked as text (a BSN or client-number scan passes over them); in a value they
 * are replaced by their visible Control Pictures symbols. A value named {@code <name>Key} is itself
 * a key of the bundle, worded into {@code {<name>}}. A text without the start mark (free text, or
 * staged by an older version) is shown as it is.
 */
public final class StoredText {

    static final char START = '\u0002';
    static final char NEXT = '\u001E';
    static final char WITHIN = '\u001D';
    static final char ARG = '\u001F';

    /** A value named {@code <name>Key} is a key of the bundle whose text fills {@code {<name>}}. */
    public static final String KEY_SUFFIX = "Key";

    private StoredText() {}

    /**
     * The text {@code key} with its {@code {name}} placeholder values as name/value pairs, without
     * a language.
     */
    public static String of(String key, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name/value pairs: " + key);
        }
        StringBuilder b = new StringBuilder().append(START).append(key);
        for (int p = 0; p < pairs.length; p += 2) {
            b.append(ARG).append(pairs[p]).append('=').append(safe(String.valueOf(pairs[p + 1])));
        }
        return b.toString();
    }

    /** Several texts, worded one after the other ("; "). */
    public static String join(List<String> texts) {
        StringBuilder b = new StringBuilder();
        for (String t : texts) {
            b.append(b.isEmpty() ? START : NEXT).append(strip(t));
        }
        return b.toString();
    }

    /** A text at a place: the place, ": ", the text. */
    public static String at(String place, String text) {
        return START + strip(place) + WITHIN + strip(text);
    }

    public static boolean isStored(String text) {
        return text != null && !text.isEmpty() && text.charAt(0) == START;
    }

    /**
     * The stored text worded in {@code language} from {@code bundle}; a text stored without keys is
     * returned as it is.
     */
    public static String render(String stored, String bundle, Language language) {
        if (!isStored(stored)) {
            return stored;
        }
        Messages texts = Messages.of(bundle, language);
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (i <= stored.length()) {
            int end = i;
            while (end < stored.length()
                    && stored.charAt(end) != NEXT
                    && stored.charAt(end) != WITHIN) {
                end++;
            }
            out.append(part(stored.substring(i, end), texts));
            if (end < stored.length()) {
                out.append(stored.charAt(end) == WITHIN ? ": " : "; ");
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static String part(String part, Messages texts) {
        String[] pieces = part.split(String.valueOf(ARG), -1);
        List<Object> pairs = new ArrayList<>();
        for (int p = 1; p < pieces.length; p++) {
            int eq = pieces[p].indexOf('=');
            String name = eq < 0 ? pieces[p] : pieces[p].substring(0, eq);
            String value = eq < 0 ? "" : pieces[p].substring(eq + 1);
            if (name.endsWith(KEY_SUFFIX) && texts.has(value)) {
                pairs.add(name.substring(0, name.length() - KEY_SUFFIX.length()));
                pairs.add(texts.get(value));
            } else {
                pairs.add(name);
                pairs.add(value);
            }
        }
        try {
            return texts.get(pieces[0], pairs.toArray());
        } catch (RuntimeException e) {
            // a key or name hit by masking (a client number that reads like a word): show what is
            // left, never fail an output
            return part.replace(ARG, ' ');
        }
    }

    private static String strip(String text) {
        return isStored(text) ? text.substring(1) : text;
    }

    private static String safe(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean separator = c == START || c == NEXT || c == WITHIN || c == ARG;
            if (separator && b == null) {
                b = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (b != null) {
                b.append(separator ? (char) (0x2400 + c) : c);
            }
        }
        return b == null ? value : b.toString();
    }
}
