package nl.tztcheck.batch;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.tztcheck.findings.ClientPseudonymizer;

/**
 * Encrypts a BSN for the one step that needs the number itself, the insurance verification:
 * AES-256-GCM with a random 12-byte IV per value, the key derived from the pseudonym key (which
 * lives outside the database: {@code TZT_PSEUDONYM_KEY} or the key file in the data directory).
 * Staged as Base64 of IV and ciphertext with its tag; decrypted only in memory, to call the
 * service.
 */
final class BsnSeal {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "tzt-check staged bsn v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    BsnSeal(ClientPseudonymizer keys) {
        this.key = new SecretKeySpec(keys.derivedKey("staged-bsn-aes-gcm-v1"), "AES");
    }

    /** null stays null. */
    String seal(String bsn) {
        if (bsn == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(AAD);
            byte[] sealed = c.doFinal(bsn.getBytes(StandardCharsets.UTF_8));
            byte[] all = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, all, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * Fails when the value was sealed with another key (the pseudonym key changed since the load).
     */
    String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        byte[] all = Base64.getDecoder().decode(sealed);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            c.updateAAD(AAD);
            return new String(
                    c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException(
                    "a staged BSN cannot be decrypted: the pseudonym key changed since the export was"
                            + " loaded; check the export again with --force",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
