package nl.tztcheck.profiles;

import java.util.Collection;
import nl.tztcheck.i18n.Language;

/**
 * How far a condition or a figure built on it can be trusted, shown next to every figure a user may
 * forward. Declared from best to worst: combining two gives the worse.
 *
 * <ul>
 *   <li>{@code VERIFIED}: a quoted public source says exactly this;
 *   <li>{@code UNVERIFIED}: a plausible value (a real source exists, but no quote backs this
 *       value);
 *   <li>{@code ILLUSTRATIVE}: an invented sample value, to be replaced by the provider's own
 *       contract.
 * </ul>
 */
public enum Trust {
    VERIFIED("geverifieerd", "verified"),
    UNVERIFIED("niet geverifieerd", "unverified"),
    ILLUSTRATIVE("illustratief", "illustrative");

    private final String dutch;
    private final String english;

    Trust(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** The worse of the two. */
    public Trust and(Trust other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The worst of all; VERIFIED for none. */
    public static Trust worst(Collection<Trust> all) {
        Trust t = VERIFIED;
        for (Trust each : all) {
            t = t.and(each);
        }
        return t;
    }

    /** "geverifieerd" / "verified", for labels next to figures. */
    public String label(Language lang) {
        return lang == Language.EN ? english : dutch;
    }

    /** "verified", "unverified" or "illustrative": the stable value in JSON and CSV. */
    public String code() {
        return english;
    }
}
