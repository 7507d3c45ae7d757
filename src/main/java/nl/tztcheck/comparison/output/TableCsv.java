package nl.tztcheck.comparison.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A table as CSV in the dialect of every tzt-check output: ';', CRLF, quotes only where needed,
 * cells Excel would run as a formula defused with a leading apostrophe (the writer adds the BOM).
 */
public final class TableCsv {

    private TableCsv() {}

    public static void write(Writer out, Table table) throws IOException {
        line(out, table.header());
        for (List<Cell> row : table.rows()) {
            line(out, row.stream().map(c -> c.numeric() ? c.text() : defuse(c.text())).toList());
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String defuse(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                ? "'" + value
                : value;
    }

    static String quote(String value) {
        if (value.indexOf(';') < 0
                && value.indexOf('"') < 0
                && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
