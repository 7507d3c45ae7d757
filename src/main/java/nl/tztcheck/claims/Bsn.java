package nl.tztcheck.claims;

import org.jspecify.annotations.Nullable;

/** The Dutch citizen service number and its 11-test (elfproef). */
public final class Bsn {

    /** What providers fill in when the client has no BSN (all nines, as in AW319). */
    public static final String NONE = "999999999";

    private Bsn() {}

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
    public static boolean isAbsent(@Nullable String bsn) {
        return bsn == null || bsn.isBlank() || NONE.equals(bsn.trim());
    }

    /**
     * The text with every BSN in it (a run of exactly nine digits passing the 11-test, in any
     * column or word) replaced by {@code replacement} of it; the same object when it holds none.
     * The one scan behind both masking a reject's raw text and the tokens of BSNs typed into
     * free-text fields.
     */
    public static String replaceEach(
            String text, java.util.function.UnaryOperator<String> replacement) {
        if (text == null || text.length() < 9) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isDigit(text.charAt(end))) {
                end++;
            }
            if (end - i == 9 && isValid(text.substring(i, end))) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8);
                }
                out.append(text, copied, i).append(replacement.apply(text.substring(i, end)));
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
