package nl.tztcheck.runfiles;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Strings in run files: a length (-1 for null) and UTF-8 bytes, without {@code writeUTF}'s 64 KB
 * limit (a rejected row's raw text can be long).
 */
final class Bytes {

    private Bytes() {}

    static void write(DataOutputStream out, @Nullable String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static @Nullable String readNullable(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Past one string without decoding it. */
    static void skip(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n > 0) {
            in.skipNBytes(n);
        }
    }

    static String read(DataInputStream in) throws IOException {
        String s = readNullable(in);
        if (s == null) {
            throw new IOException("run file damaged: a required text is missing");
        }
        return s;
    }
}
