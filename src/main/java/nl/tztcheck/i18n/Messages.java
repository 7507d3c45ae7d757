package nl.tztcheck.i18n;

import java.util.Collections;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one bundle ({@code src/main/resources/i18n/<bundle>_<nl|en>.properties}, UTF-8) in
 * one language. Placeholders are named, {@code {lineId}}, and filled from name/value pairs; no
 * MessageFormat, so an apostrophe in Dutch ("cliënt's") needs no escaping. A missing key is a
 * programming error and fails loudly; a test checks both languages hold the same keys.
 */
public final class Messages {

    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String bundle;
    private final Language language;
    private final ResourceBundle texts;

    private Messages(String bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
        this.texts =
                ResourceBundle.getBundle("i18n." + bundle, language.locale(), NoFallback.INSTANCE);
    }

    public static Messages of(String bundle, Language language) {
        return CACHE.computeIfAbsent(
                bundle + "_" + language.code(), k -> new Messages(bundle, language));
    }

    public Language language() {
        return language;
    }

    /**
     * The text for {@code key} with each {@code {name}} replaced; pairs are name, value, name,
     * value...
     */
    public String get(String key, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name/value pairs: " + key);
        }
        String text;
        try {
            text = texts.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException(
                    "no text '"
                            + key
                            + "' in i18n/"
                            + bundle
                            + "_"
                            + language.code()
                            + ".properties",
                    e);
        }
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            String name = text.substring(open + 1, close);
            out.append(valueOf(name, pairs, key));
            i = close + 1;
        }
        return out.toString();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(texts.keySet()));
    }

    private static String valueOf(String name, Object[] pairs, String key) {
        for (int p = 0; p < pairs.length; p += 2) {
            if (name.equals(pairs[p])) {
                return String.valueOf(pairs[p + 1]);
            }
        }
        throw new IllegalArgumentException("text '" + key + "' needs a value for {" + name + "}");
    }

    /** Dutch must not silently fall back to the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
