package nl.tztcheck.reports;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import nl.tztcheck.claims.Reject;

/**
 * rejects.csv: every row that could not be read, with its line number, the fields at fault and what
 * to do.
 */
public final class RejectsCsv implements AutoCloseable {

    public static final String[] HEADER = {"line_no", "field", "reason", "raw_text"};

    private final ICSVWriter csv;

    public RejectsCsv(Writer out) {
        this.csv = CsvCells.writer(out);
        csv.writeNext(HEADER, false);
    }

    public void write(Reject r) {
        csv.writeNext(
                new String[] {
                    Long.toString(r.lineNo()),
                    r.field(),
                    CsvCells.text(r.reason()),
                    CsvCells.text(r.rawText() == null ? "" : r.rawText())
                },
                false);
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
