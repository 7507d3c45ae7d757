package nl.tztcheck.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes rows in exactly the dialect of {@link CsvCells#writer} (';', quotes only where a cell
 * holds a quote, ';', or a line break, a quote doubled inside them, CRLF), without building an
 * array and a string per row: findings.csv and lines.csv have a row per finding and per line, and
 * the general writer escaped every cell a character at a time. Cells that repeat on many rows (a
 * rule's source) are escaped once.
 */
final class CsvRow {

    private static final int REMEMBERED = 4096;

    private final Writer out;
    private final StringBuilder row = new StringBuilder(1024);
    private final Map<String, String> escaped = new HashMap<>();
    private boolean first = true;

    CsvRow(Writer out) {
        this.out = out;
    }

    CsvRow cell(String value) {
        separate();
        append(value);
        return this;
    }

    CsvRow cell(long value) {
        separate();
        row.append(value);
        return this;
    }

    /** A cell whose text repeats on many rows: escaped once, then remembered. */
    CsvRow repeatedCell(String value) {
        separate();
        String e = escaped.get(value);
        if (e == null) {
            if (escaped.size() >= REMEMBERED) {
                escaped.clear();
            }
            e = escape(value);
            escaped.put(value, e);
        }
        row.append(e);
        return this;
    }

    void end() {
        row.append("\r\n");
        try {
            out.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.setLength(0);
        first = true;
    }

    private void separate() {
        if (!first) {
            row.append(';');
        }
        first = false;
    }

    private void append(String value) {
        if (needsQuotes(value)) {
            row.append(escape(value));
        } else {
            row.append(value);
        }
    }

    private static boolean needsQuotes(String s) {
        return s.indexOf('"') >= 0
                || s.indexOf(';') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0;
    }

    private static String escape(String s) {
        if (!needsQuotes(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
