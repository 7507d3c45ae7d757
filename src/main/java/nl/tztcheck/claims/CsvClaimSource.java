package nl.tztcheck.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A CSV export as a {@link ClaimSource}. */
public final class CsvClaimSource implements ClaimSource {

    private final ClaimCsvFile file;
    private final ClaimRowParser parser;
    private @Nullable RawRow last;

    private CsvClaimSource(ClaimCsvFile file, LineClassifier classifier, ServiceDateWindow dates) {
        this.file = file;
        this.parser = new ClaimRowParser(file.header(), classifier, file.separator(), dates);
    }

    public static CsvClaimSource open(
            Path path, InputInspection inspection, LineClassifier classifier) throws IOException {
        return open(path, inspection, classifier, ServiceDateWindow.today());
    }

    public static CsvClaimSource open(
            Path path,
            InputInspection inspection,
            LineClassifier classifier,
            ServiceDateWindow dates)
            throws IOException {
        return new CsvClaimSource(ClaimCsvFile.open(path, inspection), classifier, dates);
    }

    @Override
    public @Nullable RowResult next() {
        last = file.nextRow();
        return last == null ? null : parser.parse(last);
    }

    @Override
    public String maskedRawTextOfLast() {
        return last == null ? "" : parser.maskedRawText(last);
    }

    @Override
    public void skip(long rows) {
        file.skipRows(rows);
    }

    @Override
    public long blankRows() {
        return file.blankRows();
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public List<String> ignoredColumns() {
        return file.header().ignoredColumns();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
