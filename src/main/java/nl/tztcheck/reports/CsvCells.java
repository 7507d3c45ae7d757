package nl.tztcheck.reports;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.Writer;

/**
 * The CSV dialect of every output: ';' (Dutch Excel), quotes only where needed, formula cells
 * defused.
 */
final class CsvCells {

    private CsvCells() {}

    static ICSVWriter writer(Writer out) {
        return new CSVWriterBuilder(out)
                .withSeparator(';')
                .withQuoteChar(CSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withLineEnd("\r\n")
                .build();
    }

    /**
     * A text cell that Excel would run as a formula (starting with = + - @, or a tab or carriage
     * return) gets a leading apostrophe, so it shows as text.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + value;
        }
        return value;
    }
}
