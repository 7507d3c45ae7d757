package nl.tztcheck.claims;

import java.util.Locale;
import java.util.Optional;

/**
 * The technology category of a 1062 line; Dutch words from the provider's administration are
 * accepted too.
 */
public enum Technology {
    MEDICATION("MEDICATIE"),
    VIDEO("BEELDZORG"),
    OTHER("OVERIG");

    private final String dutch;

    Technology(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public static Optional<Technology> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.trim().toUpperCase(Locale.ROOT);
        for (Technology t : values()) {
            if (t.name().equals(word) || t.dutch.equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
