package nl.tztcheck.claims.aw319;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.claims.InputInspection;
import org.jspecify.annotations.Nullable;

/**
 * Reads an AW319 file record by record, keeping the physical line number and how each record ended
 * (CR/LF, LF only, CR only, or nothing at the end of the file). A line end with nothing before it
 * is reported as an empty record so the validator can name it. A UTF-8 byte-order mark and a final
 * Ctrl-Z (end-of-file mark of old DOS tools) are read past.
 */
final class Aw319Records implements Closeable {

    private static final int CTRL_Z = 0x1A;

    /**
     * A record has 310 positions; of a longer line only this much is kept, so memory stays bounded.
     */
    static final int MAX_KEPT = 4096;

    private final Reader reader;
    private long number;
    private int peeked = -2;

    private Aw319Records(Reader reader) {
        this.reader = reader;
    }

    static Aw319Records open(Path file) throws IOException {
        InputInspection inspection = InputInspection.of(file);
        return new Aw319Records(
                new BufferedReader(
                        new InputStreamReader(Files.newInputStream(file), inspection.charset()),
                        1 << 16));
    }

    static Aw319Records of(Reader reader) {
        return new Aw319Records(
                reader instanceof BufferedReader ? reader : new BufferedReader(reader));
    }

    /** The next record (possibly empty), or null at the end of the file. */
    @Nullable Aw319Record next() {
        try {
            StringBuilder sb = new StringBuilder(312);
            while (true) {
                int c = read();
                if (c < 0) {
                    if (sb.length() == 0) {
                        return null;
                    }
                    return record(sb, Aw319Record.Terminator.NONE);
                }
                if (c == '\ufeff' && number == 0 && sb.length() == 0) {
                    continue;
                }
                if (c == CTRL_Z && sb.length() == 0 && peek() < 0) {
                    return null;
                }
                if (c == '\r') {
                    if (peek() == '\n') {
                        read();
                        return record(sb, Aw319Record.Terminator.CRLF);
                    }
                    return record(sb, Aw319Record.Terminator.CR_ONLY);
                }
                if (c == '\n') {
                    return record(sb, Aw319Record.Terminator.LF_ONLY);
                }
                if (sb.length() < MAX_KEPT) {
                    sb.append((char) c); // a longer "record" is wrong anyway (0804); keep only what
                    // shows that
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Aw319Record record(StringBuilder sb, Aw319Record.Terminator terminator) {
        number++;
        return new Aw319Record(number, sb.toString(), terminator);
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return reader.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = reader.read();
        }
        return peeked;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
