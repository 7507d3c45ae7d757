package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.tztcheck.comparison.InterpretationMatrix;
import nl.tztcheck.comparison.MatrixCell;
import nl.tztcheck.comparison.MatrixColumn;
import nl.tztcheck.comparison.MatrixRow;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;

/**
 * matrix.html, matrix.md (rows = dimensions, columns = national rule and insurers, deviating cells
 * marked with their source) and matrix.csv (one row per cell, for a spreadsheet).
 */
public final class MatrixReport {

    public static final String HTML = "matrix.html";
    public static final String CSV = "matrix.csv";
    public static final String MARKDOWN = "matrix.md";

    private MatrixReport() {
    }

    public static void write(Path dir, InterpretationMatrix m) throws IOException {
        String title = "Interpretation matrix thuiszorgtechnologie (1062) on " + m.date();
        Table wide = wide(m);
        String intro = m.deviations() + " cell(s) deviate from the national rule (" + m.national().name() + " "
                + m.national().version() + "). Deviating cells are marked and carry the source that decides them and"
                + " whether that source is verified; illustrative values must be replaced by the provider's own contract.";
        HtmlPage page = new HtmlPage(title).paragraph(intro).table(wide);
        MarkdownDoc md = new MarkdownDoc(title).paragraph(intro).table(wide);
        if (!m.withoutVersion().isEmpty()) {
            String none = "No version valid on " + m.date() + ": " + String.join(", ", m.withoutVersion()) + ".";
            page.muted(none);
            md.paragraph(none);
        }
        OutputFiles.html(dir.resolve(HTML), page);
        OutputFiles.markdown(dir.resolve(MARKDOWN), md);
        OutputFiles.csv(dir.resolve(CSV), long_(m));
    }

    static Table wide(InterpretationMatrix m) {
        List<String> header = new ArrayList<>(List.of("Dimension", m.national().name() + " (" + m.national().version() + ")"));
        m.insurers().forEach(c -> header.add(c.name() + " (" + c.version() + ")"));
        Table.Builder t = new Table.Builder("Per dimension, per insurer", header.toArray(String[]::new));
        for (MatrixRow row : MatrixRow.values()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.label()), Cell.text(m.national().cell(row).value())));
            for (MatrixColumn c : m.insurers()) {
                MatrixCell cell = c.cell(row);
                cells.add(cell.deviates() ? Cell.flagged(cell.value(), cell.source()) : Cell.text(cell.value()));
            }
            t.row(cells);
        }
        return t.note("Marked: deviates from the national rule on this date; the note names the deciding source and"
                + " says (verified), (unverified) or (illustrative).").build();
    }

    static Table long_(InterpretationMatrix m) {
        Table.Builder t = new Table.Builder("Interpretation matrix", "date", "dimension", "profile_keys", "insurer", "insurer_name",
                "version", "value", "national_value", "deviates", "set_by_insurer", "source", "verified");
        for (MatrixRow row : MatrixRow.values()) {
            String nat = m.national().cell(row).value();
            List<MatrixColumn> all = new ArrayList<>(List.of(m.national()));
            all.addAll(m.insurers());
            for (MatrixColumn c : all) {
                MatrixCell cell = c.cell(row);
                t.row(Cell.text(m.date().toString()), Cell.text(row.label()), Cell.text(String.join(" ", row.dimensions())),
                        Cell.text(c.id()), Cell.text(c.name()), Cell.text(c.version()), Cell.text(cell.value()), Cell.text(nat),
                        Cell.text(yes(cell.deviates())), Cell.text(yes(cell.setByInsurer())), Cell.text(cell.source()),
                        Cell.text(yes(cell.verified())));
            }
        }
        return t.build();
    }

    static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
