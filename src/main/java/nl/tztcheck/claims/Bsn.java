package nl.tztcheck.claims;

/** The Dutch citizen service number and its 11-test (elfproef). */
public final class Bsn {

    /** What providers fill in when the client has no BSN (all nines, as in AW319). */
    public static final String NONE = "999999999";

    private Bsn() {
    }

    /** True when the text is 9 digits and passes the 11-test; 000000000 is not a BSN. */
    public static boolean isValid(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum != 0 && sum % 11 == 0;
    }

    /** Absent or "no BSN": nothing to test. */
    public static boolean isAbsent(String bsn) {
        return bsn == null || bsn.isBlank() || NONE.equals(bsn.trim());
    }
}
