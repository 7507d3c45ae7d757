package nl.tztcheck.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One pass over the input file before anything is read: its SHA-256 (for the summary and to
 * recognise a rerun) and its encoding. UTF-8 with or without BOM when every byte decodes as UTF-8,
 * else Windows-1252, which is what Dutch Excel writes.
 */
public record InputInspection(Charset charset, boolean bom, String sha256, long bytes) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static InputInspection of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        CharsetDecoder utf8 =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean validUtf8 = true;
        boolean bom = false;
        long total = 0;
        byte[] chunk = new byte[1 << 16];
        ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
        CharBuffer sink = CharBuffer.allocate(chunk.length + 8);
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                digest.update(chunk, 0, n);
                if (total == 0
                        && n >= 3
                        && (chunk[0] & 0xff) == 0xEF
                        && (chunk[1] & 0xff) == 0xBB
                        && (chunk[2] & 0xff) == 0xBF) {
                    bom = true;
                }
                total += n;
                if (validUtf8) {
                    pending.put(chunk, 0, n).flip();
                    sink.clear();
                    CoderResult result = utf8.decode(pending, sink, false);
                    validUtf8 = !result.isError();
                    pending.compact();
                }
            }
        }
        if (validUtf8 && pending.position() > 0) {
            validUtf8 = false; // the file ends inside a multi-byte sequence
        }
        Charset charset = validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new InputInspection(charset, bom, HexFormat.of().formatHex(digest.digest()), total);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
