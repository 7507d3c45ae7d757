package nl.tztcheck.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic finding keys: a hash of what the finding is about, so a rerun yields the same keys.
 */
public final class FindingKeys {

    private FindingKeys() {}

    public static String of(
            FindingCode code,
            String lineId,
            String uzovi,
            String client,
            String month,
            String technology) {
        String material = String.join("|", code.name(), lineId, uzovi, client, month, technology);
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256")
                            .digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
