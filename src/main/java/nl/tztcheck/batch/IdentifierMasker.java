package nl.tztcheck.batch;

import nl.tztcheck.claims.Bsn;
import nl.tztcheck.findings.ClientPseudonymizer;

/**
 * Replaces a BSN typed into a free-text field (line id, the line id a credit reverses, product,
 * approval reference, a reject's reason) by a keyed token, {@code BSN-} and 12 hex digits, before it
 * is staged: the same BSN gives the same token (a credit still finds the line it reverses, a repeated
 * line id is still one), but the token cannot be turned back into the number without the key. Only a
 * run of exactly nine digits that passes the 11-test is replaced ({@code 999999999}, "no BSN", fails it).
 */
final class IdentifierMasker {

    static final String PREFIX = "BSN-";

    private final ClientPseudonymizer keys;

    IdentifierMasker(ClientPseudonymizer keys) {
        this.keys = keys;
    }

    /** The text with every BSN in it replaced by its token; the text itself (the same object) when it has none. */
    String mask(String text) {
        if (text == null || text.length() < 9) {
            return text;
        }
        StringBuilder masked = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start == 9) {
                String digits = text.substring(start, i);
                if (Bsn.isValid(digits) && !Bsn.NONE.equals(digits)) {
                    if (masked == null) {
                        masked = new StringBuilder(n + 8);
                    }
                    masked.append(text, copied, start).append(PREFIX).append(keys.token("bsn-in-text", digits, 12));
                    copied = i;
                }
            }
        }
        return masked == null ? text : masked.append(text, copied, n).toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
