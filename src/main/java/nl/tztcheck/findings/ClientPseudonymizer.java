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

    public String pseudonym(String clientId) {
        byte[] digest = macs.get().doFinal(clientId.getBytes(StandardCharsets.UTF_8));
        return "P-" + HexFormat.of().formatHex(digest, 0, 6);
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
