package nl.tztcheck.batch;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.ClientPseudonymizer;

/**
 * Takes the identifiers out of a line before it is stored anywhere (database or run file): the
 * client number becomes the client's staging key (HMAC), the BSN a stand-in of its {@link
 * BsnState}, a BSN in a free-text field a token ({@link IdentifierMasker}). Everything after the
 * load works on these.
 */
final class LineStager {

    private final ClientPseudonymizer pseudonymizer;
    private final IdentifierMasker masker;

    /**
     * Staging keys of the clients seen: an export in date or random order meets the same client
     * again and again, and the HMAC was a tenth of the load. Emptied when it grows past the bound.
     */
    private final java.util.Map<String, String> keys = new java.util.HashMap<>();

    private static final int MAX_KEYS = 500_000;

    LineStager(ClientPseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
        this.masker = new IdentifierMasker(pseudonymizer);
    }

    private String stagingKey(String clientId) {
        String key = keys.get(clientId);
        if (key == null) {
            if (keys.size() >= MAX_KEYS) {
                keys.clear();
            }
            key = pseudonymizer.stagingKey(clientId);
            keys.put(clientId, key);
        }
        return key;
    }

    ClaimLine staged(ClaimLine l) {
        return new ClaimLine(
                l.lineNo(),
                masker.mask(l.lineId()),
                stagingKey(l.clientId()),
                BsnState.of(l.bsn()).standIn(),
                l.uzovi(),
                l.serviceCode(),
                l.serviceDate(),
                l.minutes(),
                l.hourlyTariff(),
                l.amount(),
                l.amountDeclared(),
                l.technology(),
                masker.mask(l.product()),
                l.law(),
                l.credit(),
                masker.mask(l.correctsLineId()),
                l.wlzIndication(),
                masker.mask(l.approvalRef()));
    }
}
