package nl.tztcheck.claims;

import java.util.Locale;
import java.util.Optional;

/** The law the care is declared under; 1062 is Zvw care only. */
public enum Law {
    ZVW,
    WLZ,
    WMO;

    public static Optional<Law> parse(String text) {
        String word = text.trim().toUpperCase(Locale.ROOT);
        for (Law law : values()) {
            if (law.name().equals(word)) {
                return Optional.of(law);
            }
        }
        return Optional.empty();
    }
}
