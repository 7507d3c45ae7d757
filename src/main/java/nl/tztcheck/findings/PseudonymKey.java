package nl.tztcheck.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret behind client pseudonyms: from configuration ({@code TZT_PSEUDONYM_KEY}) when given,
 * else generated once into the data directory, readable by its owner only. Keep it: with a new key
 * the same client gets a new pseudonym.
 */
public final class PseudonymKey {

    public static final String FILE = "pseudonym.key";

    private PseudonymKey() {}

    public static byte[] resolve(String configured, Path dataDir) throws IOException {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 16) {
                throw new IllegalArgumentException(
                        "the configured pseudonym key must have at least 16 characters");
            }
            return sha256(configured.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                Files.createFile(
                        file,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, HexFormat.of().formatHex(key) + "\n");
            } catch (FileAlreadyExistsException raced) {
                // another run created it first: use theirs
            } catch (UnsupportedOperationException notPosix) {
                Files.writeString(file, HexFormat.of().formatHex(key) + "\n");
            }
        }
        return HexFormat.of().parseHex(Files.readString(file).trim());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
