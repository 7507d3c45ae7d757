package nl.tztcheck.claims.aw319;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.tztcheck.claims.CsvDialect;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.i18n.StoredText;

/**
 * The opening, header and cell reading the client mapping files share (--technology-map, --wlz-map,
 * --devices).
 */
public final class MappingCells {

    private MappingCells() {}

    /**
     * A mapping file read up to its header: the reader stands at the first data row (line 2), the
     * parser splits rows on the header's separator.
     */
    public record Opened(BufferedReader reader, ICSVParser parser, String[] header)
            implements Closeable {
        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /**
     * Opens a mapping file in its detected charset and reads its header row (a byte-order mark
     * dropped).
     *
     * @param keys the message keys of this mapping in i18n/validation: unreadable, what to do then,
     *     empty, what to do then
     * @throws UnusableInputException when the file is missing, unreadable or has no header row
     */
    public static Opened open(
            Path csv,
            String unreadable,
            String unreadableWhatToDo,
            String empty,
            String emptyWhatToDo)
            throws IOException {
        String name = csv.getFileName().toString();
        if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) {
            throw new UnusableInputException(
                    name, 0, "", StoredText.of(unreadable), StoredText.of(unreadableWhatToDo));
        }
        InputInspection inspection = InputInspection.of(csv);
        BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(Files.newInputStream(csv), inspection.charset()));
        try {
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw new UnusableInputException(
                        name, 1, "", StoredText.of(empty), StoredText.of(emptyWhatToDo));
            }
            headerLine = headerLine.startsWith("\ufeff") ? headerLine.substring(1) : headerLine;
            ICSVParser parser =
                    new RFC4180ParserBuilder()
                            .withSeparator(CsvDialect.detectSeparator(headerLine))
                            .build();
            return new Opened(reader, parser, parser.parseLine(headerLine));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The index of the column named {@code name} or {@code alias} (any case), or -1. */
    public static int column(String[] header, String name, String alias) {
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip().toLowerCase(Locale.ROOT);
            if (h.equals(name) || h.equals(alias)) {
                return i;
            }
        }
        return -1;
    }

    /** The stripped cell, or "" where the row is shorter or the column absent. */
    public static String cell(String[] cells, int index) {
        return index < 0 || index >= cells.length || cells[index] == null
                ? ""
                : cells[index].strip();
    }
}
