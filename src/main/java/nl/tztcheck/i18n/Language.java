package nl.tztcheck.i18n;

import java.util.Locale;

/**
 * The language of every text a user sees. Dutch by default: the users are Dutch finance staff;
 * English for colleagues, auditors and insurers abroad ({@code --lang en}).
 */
public enum Language {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The code used on the command line, in job parameters and in {@code <html lang>}: "nl" or
     * "en".
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * "nl" or "en", any case; also the language's name in Dutch or English ("Nederlands",
     * "English"); else refused with the choices named.
     */
    public static Language parse(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code().equals(c) || l.names().contains(c)) {
                return l;
            }
        }
        throw new IllegalArgumentException(
                "unknown language '" + code + "': use nl (Dutch, the default) or en (English)");
    }

    private java.util.List<String> names() {
        return this == NL
                ? java.util.List.of("nederlands", "dutch", "nl-nl")
                : java.util.List.of("engels", "english", "en-gb", "en-us");
    }
}
