package nl.tztcheck.comparison;

import java.util.Locale;

/**
 * What a what-if assumes about the conditions an insurer sets before it pays 1062 and that the
 * provider arranges with that insurer: its prior approval. The export's own approval references are
 * never carried over (one insurer's approval does not count at another).
 */
public enum WhatIfConditions {
    /**
     * Every technology line has the insurer's approval: the figures show what its terms pay for the
     * care (the default).
     */
    MET("met", "vervuld"),
    /**
     * No line has it: the figures show what is lost where the insurer requires approval and none
     * was asked.
     */
    NOT_MET("not-met", "niet-vervuld");

    /** The approval reference a line carries when the conditions are assumed met. */
    static final String ASSUMED_APPROVAL = "WHAT-IF";

    private final String code;
    private final String dutch;

    WhatIfConditions(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    /** "met" or "not-met": on the command line and in CSV. */
    public String code() {
        return code;
    }

    /**
     * met, not-met, vervuld, niet-vervuld (any case, '_' or ' ' for '-'); anything else is refused
     * with the choices named.
     */
    public static WhatIfConditions parse(String text) {
        String t =
                text == null
                        ? ""
                        : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (WhatIfConditions c : values()) {
            if (c.code.equals(t) || c.dutch.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "--conditions '"
                        + text
                        + "' is not known: use met (vervuld, the default) or not-met (niet-vervuld)");
    }
}
