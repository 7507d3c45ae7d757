package nl.tztcheck.batch;

import nl.tztcheck.claims.Bsn;
import nl.tztcheck.findings.ClientPseudonymizer;

/**
 * Replaces a BSN typed into a free-text field (line id, the line id a credit reverses, product,
 * approval reference, a reject's reason) by a keyed token, {@code BSN-} and 12 hex digits, before
 * it is staged: the same BSN gives the same token (a credit still finds the line it reverses, a
 * repeated line id is still one), but the token cannot be turned back into the number without the
 * key. Only a run of exactly nine digits that passes the 11-test is replaced ({@code 999999999},
 * "no BSN", fails it).
 */
final class IdentifierMasker {

    static final String PREFIX = "BSN-";

    private final ClientPseudonymizer keys;

    IdentifierMasker(ClientPseudonymizer keys) {
        this.keys = keys;
    }

    /**
     * The text with every BSN in it replaced by its token; the text itself (the same object) when
     * it has none.
     */
    String mask(String text) {
        return Bsn.replaceEach(text, bsn -> PREFIX + keys.token("bsn-in-text", bsn, 12));
    }
}
