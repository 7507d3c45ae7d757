package nl.tztcheck.findings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonym of a client number (HMAC-SHA256): stable for one installation, so staff can
 * follow a client across runs, but not reversible or guessable without the key. Outputs carry
 * only this, never the client number or BSN.
 */
public final class ClientPseudonymizer {

    private final SecretKeySpec key;

    public ClientPseudonymizer(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    // a Mac is costly to create and not thread-safe: one per thread, reused
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    // exports and the job's outputs list a client's lines together: the last answer per thread saves most HMACs
    private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[2]);

    public String pseudonym(String clientId) {
        String[] cached = last.get();
        if (clientId.equals(cached[0])) {
            return cached[1];
        }
        byte[] digest = macs.get().doFinal(clientId.getBytes(StandardCharsets.UTF_8));
        String pseudonym = "P-" + HexFormat.of().formatHex(digest, 0, 6);
        cached[0] = clientId;
        cached[1] = pseudonym;
        return pseudonym;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
