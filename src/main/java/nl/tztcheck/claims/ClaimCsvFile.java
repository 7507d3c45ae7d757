package nl.tztcheck.claims;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import nl.tztcheck.i18n.StoredText;
import org.jspecify.annotations.Nullable;

/**
 * Reads a claims export row by row (RFC 4180): a quoted cell may hold the separator, doubled quotes
 * and line breaks; a quote anywhere else is an ordinary character. Every character is looked at
 * once, so the time grows with the file whatever its quotes (OpenCSV's parser re-read a quoted cell
 * from its start at every line it spanned), and a row keeps at most {@link #MAX_ROW_CHARS}
 * characters, so memory stays bounded whatever the input. Keeps each row's starting line number and
 * raw text for rejects. Rows that are empty, or hold only separators (what Excel writes for an
 * empty row), carry no declaration and are counted as blank. A row whose quote is never closed,
 * that is longer than the limit, or that holds a NUL byte comes with a {@link RawRow#problem()} and
 * becomes a reject.
 */
public final class ClaimCsvFile implements Closeable {

    /** The most characters a row (or the header) keeps; the rest of a longer row is read past. */
    public static final int MAX_ROW_CHARS = 1 << 21;

    private static final int END = -1;

    /**
     * NUL is no text (PostgreSQL refuses it in any text column): a row holding one is a reject
     * showing it as this.
     */
    static final char SHOWN_FOR_NUL = '\u2400';

    private final String name;
    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private final char separator;
    private final CsvHeader header;
    private long physicalLine;
    private long blankRows;

    private ClaimCsvFile(Path path, InputInspection inspection) throws IOException {
        this.name = path.getFileName().toString();
        this.reader = new InputStreamReader(Files.newInputStream(path), inspection.charset());
        try {
            String headerLine = headerLine();
            physicalLine = 1;
            if (headerLine == null || headerLine.isBlank()) {
                throw new UnusableInputException(
                        name,
                        1,
                        "",
                        StoredText.of("file.empty"),
                        StoredText.of("file.empty.whatToDo"));
            }
            if (headerLine.startsWith("\ufeff")) {
                headerLine = headerLine.substring(1);
            }
            this.separator = CsvDialect.detectSeparator(headerLine);
            Cells cells = new Cells(separator);
            for (int i = 0; i < headerLine.length(); i++) {
                cells.add(headerLine.charAt(i));
            }
            this.header = CsvHeader.of(name, cells.finish());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * @throws NotAClaimsFileException when the file is no text at all (a workbook, a PDF, an
     *     archive)
     */
    public static ClaimCsvFile open(Path path, InputInspection inspection) throws IOException {
        var kind = FileKind.of(path);
        if (kind.isPresent()) {
            throw new NotAClaimsFileException(path.getFileName().toString(), kind.get());
        }
        return new ClaimCsvFile(path, inspection);
    }

    public CsvHeader header() {
        return header;
    }

    public char separator() {
        return separator;
    }

    /** Rows skipped because they held nothing. */
    public long blankRows() {
        return blankRows;
    }

    /** The next row with content, or null at the end of the file. */
    public @Nullable RawRow nextRow() {
        try {
            while (true) {
                int c = read();
                if (c == END) {
                    return null;
                }
                physicalLine++;
                long start = physicalLine;
                Cells cells = new Cells(separator);
                StringBuilder raw = new StringBuilder();
                boolean tooLong = false;
                boolean nul = false;
                while (c != END) {
                    if (c == 0) {
                        nul = true;
                        c = SHOWN_FOR_NUL;
                    }
                    if (c == '\r' || c == '\n') {
                        if (c == '\r' && peek() == '\n') {
                            read();
                        }
                        if (!cells.inQuotes()) {
                            break;
                        }
                        physicalLine++;
                        c = '\n';
                    }
                    if (raw.length() < MAX_ROW_CHARS) {
                        raw.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    cells.add((char) c);
                    c = read();
                }
                String problem = problem(start, tooLong, c == END && cells.inQuotes(), nul);
                String[] row = cells.finish();
                if (problem == null && isBlank(row)) {
                    blankRows++;
                    continue;
                }
                return new RawRow(start, row, raw.toString(), problem);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips rows already handled by an earlier, interrupted run. */
    public void skipRows(long rows) {
        for (long i = 0; i < rows; i++) {
            if (nextRow() == null) {
                throw new NoSuchElementException(
                        name + " has fewer rows than the interrupted run had read");
            }
        }
    }

    private @Nullable String problem(
            long start, boolean tooLong, boolean unclosedQuote, boolean nul) {
        List<String> problems = new ArrayList<>();
        if (nul) {
            problems.add(RejectReasons.get("row.nul", "shown", SHOWN_FOR_NUL));
        }
        if (tooLong) {
            problems.add(
                    start == physicalLine
                            ? RejectReasons.get("row.tooLong", "max", MAX_ROW_CHARS)
                            : RejectReasons.get(
                                    "row.tooLongLines",
                                    "max",
                                    MAX_ROW_CHARS,
                                    "from",
                                    start,
                                    "to",
                                    physicalLine));
        }
        if (unclosedQuote) {
            problems.add(
                    start == physicalLine
                            ? RejectReasons.get("row.unclosedQuote")
                            : RejectReasons.get(
                                    "row.unclosedQuoteLines", "from", start, "to", physicalLine));
        }
        return problems.isEmpty() ? null : RejectReasons.join(problems);
    }

    /**
     * The first physical line, at most {@link #MAX_ROW_CHARS} characters of it; null for an empty
     * file.
     */
    private @Nullable String headerLine() throws IOException {
        int c = read();
        if (c == END) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        while (c != END && c != '\n' && c != '\r') {
            if (line.length() < MAX_ROW_CHARS) {
                line.append((char) c);
            }
            c = read();
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        return line.toString();
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * The cells of one row, fed one character at a time. A quote at the start of a cell opens a
     * quoted cell, which ends at the next single quote; two quotes inside it are one quote. Past
     * {@link #MAX_ROW_CHARS} characters nothing more is kept, but quotes are still followed so the
     * row ends where it really ends.
     */
    private static final class Cells {
        private final char separator;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private boolean quoted;
        private boolean quoteInQuoted;
        private boolean atCellStart = true;
        private long fed;

        Cells(char separator) {
            this.separator = separator;
        }

        void add(char c) {
            boolean keep = ++fed <= MAX_ROW_CHARS;
            if (quoted) {
                if (!quoteInQuoted) {
                    if (c == '"') {
                        quoteInQuoted = true;
                    } else if (keep) {
                        cell.append(c);
                    }
                    return;
                }
                quoteInQuoted = false;
                if (c == '"') {
                    if (keep) {
                        cell.append('"');
                    }
                    return;
                }
                quoted = false; // the quote before c closed the cell: c is read as outside quotes
            }
            if (c == separator) {
                if (keep) {
                    cells.add(cell.toString());
                }
                cell.setLength(0);
                atCellStart = true;
                return;
            }
            if (c == '"' && atCellStart) {
                quoted = true;
                atCellStart = false;
                return;
            }
            atCellStart = false;
            if (keep) {
                cell.append(c);
            }
        }

        /** True inside a quoted cell, where a line break belongs to the cell. */
        boolean inQuotes() {
            return quoted && !quoteInQuoted;
        }

        String[] finish() {
            cells.add(cell.toString());
            return cells.toArray(new String[0]);
        }
    }
}
