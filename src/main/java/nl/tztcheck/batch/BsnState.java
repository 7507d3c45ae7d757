package nl.tztcheck.batch;

import nl.tztcheck.claims.Bsn;

/**
 * What the rules need to know of a line's BSN, and all that is staged of it (never the number):
 * absent ({@link Bsn#isAbsent}), valid (passes the 11-test) or invalid. The core gets a line back
 * with a stand-in BSN of the same state ({@link #standIn()}), so its tests give the same answers.
 */
enum BsnState {
    ABSENT("A", null),
    VALID("V", "111222333"),
    INVALID("I", "000000000");

    /** The staged column: one letter. */
    final String code;

    private final String standIn;

    BsnState(String code, String standIn) {
        this.code = code;
        this.standIn = standIn;
    }

    static BsnState of(String bsn) {
        if (Bsn.isAbsent(bsn)) {
            return ABSENT;
        }
        return Bsn.isValid(bsn) ? VALID : INVALID;
    }

    static BsnState ofCode(String code) {
        for (BsnState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a staged BSN state: " + code);
    }

    /**
     * A BSN of this state that is nobody's (111222333 is the usual test number), or null when
     * absent.
     */
    String standIn() {
        return standIn;
    }
}
