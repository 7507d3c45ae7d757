package nl.tztcheck.findings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Keyed pseudonym of a client number (HMAC-SHA256): stable for one installation, so staff can
 * follow a client across runs, but not reversible or guessable without the key. Outputs carry only
 * this, never the client number or BSN.
 *
 * <p>A client's {@linkplain #stagingKey staging key} is the same HMAC, wider (32 hex digits, so two
 * clients never share one), and its pseudonym is the first 12 of them after {@code P-}. The batch
 * job stores staging keys instead of client numbers; {@link #ofStagingKeys()} gives the pseudonym
 * of a staging key without the key, so whatever reads staged rows never pseudonymises twice.
 */
public final class ClientPseudonymizer {

    private static final int PSEUDONYM_HEX = 12;
    private static final int STAGING_KEY_BYTES = 16;

    /** null for {@link #ofStagingKeys()}. */
    /** Null for the instance that only reads staging keys (it computes no HMAC). */
    private final @Nullable SecretKeySpec key;

    public ClientPseudonymizer(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    private ClientPseudonymizer() {
        this.key = null;
    }

    /**
     * For client keys that are {@link #stagingKey} values already (what the batch job stages): the
     * pseudonym is {@code P-} and the key's first 12 hex digits, the same as {@link #pseudonym} of
     * the client number gives with the key. Needs no key; {@link #stagingKey} is not available.
     */
    public static ClientPseudonymizer ofStagingKeys() {
        return new ClientPseudonymizer();
    }

    // a Mac is costly to create and not thread-safe: one per thread, reused
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    // exports and the job's outputs list a client's lines together: the last answer per thread
    // saves most HMACs
    // (client number, staging key, pseudonym)
    private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[3]);

    public String pseudonym(String clientId) {
        if (key == null) {
            return "P-" + clientId.substring(0, PSEUDONYM_HEX);
        }
        return of(clientId)[2];
    }

    /**
     * The client number's HMAC as 32 hex digits (128 bits): what is stored instead of the client
     * number, unique per client in practice; its first 12 digits are those of the pseudonym.
     */
    public String stagingKey(String clientId) {
        if (key == null) {
            throw new IllegalStateException(
                    "a pseudonymizer of staging keys has no key to make one");
        }
        return of(clientId)[1];
    }

    private String[] of(String clientId) {
        String[] cached = last.get();
        if (clientId.equals(cached[0])) {
            return cached;
        }
        byte[] digest = macs.get().doFinal(clientId.getBytes(StandardCharsets.UTF_8));
        String stagingKey = HexFormat.of().formatHex(digest, 0, STAGING_KEY_BYTES);
        cached[0] = clientId;
        cached[1] = stagingKey;
        cached[2] = "P-" + stagingKey.substring(0, PSEUDONYM_HEX);
        return cached;
    }

    /**
     * A keyed token of a text for another purpose than client numbers (the HMAC of the purpose and
     * the text, as hex digits): not reversible, the same for the same text with the same key.
     */
    public String token(String purpose, String text, int hexDigits) {
        return HexFormat.of().formatHex(mac(purpose + '\u0000' + text), 0, hexDigits / 2);
    }

    /**
     * 32 bytes derived from the key for a purpose (e.g. an encryption key): the key itself is never
     * handed out.
     */
    public byte[] derivedKey(String purpose) {
        return mac("derived-key\u0000" + purpose);
    }

    private byte[] mac(String text) {
        if (key == null) {
            throw new IllegalStateException("a pseudonymizer of staging keys has no key");
        }
        return macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
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
