package nl.tztcheck.claims.aw319;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Constants of the AW319 format and recognising an AW319 file by its first record. */
public final class Aw319Format {

    /** Every record has exactly this many positions, followed by CR/LF. */
    public static final int RECORD_LENGTH = 310;

    /**
     * Code externe-integratiebericht of AW319 (wijkverpleging and eerstelijnsverblijf), field 0102.
     */
    public static final String MESSAGE_CODE = "428";

    public static final String VERSION = "01";
    public static final String SUB_VERSION = "04";

    /**
     * Prestatiecodelijst wijkverpleging (0416); 068 is eerstelijnsverblijf, also under message 428.
     */
    public static final String CODE_LIST_WIJKVERPLEGING = "065";

    public static final String CODE_LIST_ELV = "068";

    public static final String HEADER = "01";
    public static final String INSURED = "02";
    public static final String PRESTATIE = "04";
    public static final String COMMENT = "98";
    public static final String TRAILER = "99";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private Aw319Format() {}

    /**
     * True when the file's first record starts with record type "01" and message code "428" (a
     * UTF-8 byte-order mark before it is allowed). Other message codes are not ours.
     */
    public static boolean isAw319(Path file) throws IOException {
        byte[] head = new byte[8];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        return start.length() >= 5 && start.startsWith(HEADER + MESSAGE_CODE);
    }

    /** A CCYYMMDD date, or empty when the text is not an existing date. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
