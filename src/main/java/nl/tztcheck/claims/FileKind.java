package nl.tztcheck.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a file that is not a text export is, told from its first bytes, so that a workbook or a PDF
 * given as {@code --claims} is named for what it is instead of its bytes being echoed as a
 * "header". Text (UTF-8, Windows-1252, with or without BOM) is none of these.
 */
public enum FileKind {
    /** {@code PK\3\4}: a ZIP archive, which is also what an Excel .xlsx or a Word .docx is. */
    ZIP,
    /** {@code %PDF}. */
    PDF,
    /** {@code 1F 8B}: gzip. */
    GZIP,
    /** {@code D0 CF 11 E0}: an old Office file (Excel .xls, Word .doc). */
    OLE2,
    /**
     * {@code FF FE} or {@code FE FF}: text in UTF-16 (Excel's "Unicode text"), which the reader
     * does not take.
     */
    UTF16,
    PNG,
    JPEG,
    /**
     * None of the above, but NUL bytes or many control characters in what would be the header row:
     * not text.
     */
    BINARY;

    private static final int SNIFF = 8192;

    /** The kind of a file that is not text, or empty for text (and for an empty file). */
    public static Optional<FileKind> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        return of(head);
    }

    static Optional<FileKind> of(byte[] b) {
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) {
            return Optional.of(ZIP);
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return Optional.of(PDF);
        }
        if (starts(b, 0x1F, 0x8B)) {
            return Optional.of(GZIP);
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of(OLE2);
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
            return Optional.of(UTF16);
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        // the header row only: what follows it are rows, and a row of garbage is a reject, not a
        // reason to refuse the file
        int end = 0;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        int control = 0;
        for (int i = 0; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return Optional.of(BINARY);
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                control++;
            }
        }
        // a header row has no control characters; a stray one may be a typing slip
        return end > 0 && control * 20 > end ? Optional.of(BINARY) : Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
