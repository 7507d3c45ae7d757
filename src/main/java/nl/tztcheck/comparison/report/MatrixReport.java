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
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.i18n.Language;

/**
 * matrix.html, matrix.md (rows = dimensions, columns = national rule and insurers with their trust,
 * deviating cells marked, their sources as numbered footnotes so the page fits 1,400 px) and
 * matrix.csv (one row per cell, for a spreadsheet). Texts in {@code
 * i18n/matrix_<nl|en>.properties}.
 */
public final class MatrixReport {

    public static final String HTML = "matrix.html";
    public static final String CSV = "matrix.csv";
    public static final String MARKDOWN = "matrix.md";

    private MatrixReport() {}

    /**
     * @param m a matrix made in the same language ({@link
     *     InterpretationMatrix#of(nl.tztcheck.profiles.ProfileSet, java.time.LocalDate, Language)})
     */
    public static void write(Path dir, InterpretationMatrix m, Language language)
            throws IOException {
        Wording w = Wording.of(InterpretationMatrix.BUNDLE, language);
        String title = w.get("title", "date", w.date(m.date()));
        Table wide = wide(m, w);
        String intro =
                w.get(
                        "intro",
                        "n",
                        m.deviations(),
                        "national",
                        m.national().name(),
                        "version",
                        m.national().version());
        String trust = w.get("trust", "profiles", m.profiles());
        HtmlPage page = new HtmlPage(title, language).paragraph(intro).muted(trust);
        MarkdownDoc md = new MarkdownDoc(title).paragraph(intro).paragraph(trust);
        if (m.insurers().stream().anyMatch(c -> !c.contracted())) {
            page.muted(w.get("nationalOnly.note"));
            md.paragraph(w.get("nationalOnly.note"));
        }
        page.footnotedTable(wide, w.get("footnotes"));
        md.table(wide);
        if (!m.withoutVersion().isEmpty()) {
            String none =
                    w.get(
                            "none",
                            "date",
                            w.date(m.date()),
                            "names",
                            String.join(", ", m.withoutVersion()));
            page.muted(none);
            md.paragraph(none);
        }
        OutputFiles.html(dir.resolve(HTML), page);
        OutputFiles.markdown(dir.resolve(MARKDOWN), md);
        OutputFiles.csv(dir.resolve(CSV), long_(m, w));
    }

    private static String header(MatrixColumn c, Wording w) {
        return w.get(
                "col.header",
                "name",
                c.name(),
                "version",
                c.version(),
                "trust",
                w.trust(c.trust()));
    }

    static Table wide(InterpretationMatrix m, Wording w) {
        List<String> header =
                new ArrayList<>(List.of(w.get("col.dimension"), header(m.national(), w)));
        m.insurers().forEach(c -> header.add(header(c, w)));
        Table.Builder t = new Table.Builder(w.get("table"), header.toArray(String[]::new));
        for (MatrixRow row : MatrixRow.values()) {
            List<Cell> cells =
                    new ArrayList<>(
                            List.of(
                                    Cell.text(row.label(w)),
                                    Cell.text(m.national().cell(row).value())));
            for (MatrixColumn c : m.insurers()) {
                MatrixCell cell = c.cell(row);
                cells.add(
                        cell.deviates()
                                ? Cell.flagged(cell.value(), cell.source())
                                : Cell.text(cell.value()));
            }
            t.row(cells);
        }
        return t.note(w.get("marked")).build();
    }

    /**
     * Column names and yes/no flags and trust codes are the same in every language; labels, values
     * and sources follow it.
     */
    static Table long_(InterpretationMatrix m, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        "Interpretation matrix",
                        "date",
                        "dimension",
                        "profile_keys",
                        "insurer",
                        "insurer_name",
                        "version",
                        "value",
                        "national_value",
                        "deviates",
                        "set_by_insurer",
                        "source",
                        "verified",
                        "trust",
                        "trust_label",
                        "profiles_fingerprint");
        for (MatrixRow row : MatrixRow.values()) {
            String nat = m.national().cell(row).value();
            List<MatrixColumn> all = new ArrayList<>(List.of(m.national()));
            all.addAll(m.insurers());
            for (MatrixColumn c : all) {
                MatrixCell cell = c.cell(row);
                t.row(
                        Cell.text(m.date().toString()),
                        Cell.text(row.label(w)),
                        Cell.text(String.join(" ", row.dimensions())),
                        Cell.text(c.id()),
                        Cell.text(c.name()),
                        Cell.text(c.version()),
                        Cell.text(cell.value()),
                        Cell.text(nat),
                        Cell.text(yes(cell.deviates())),
                        Cell.text(yes(cell.setByInsurer())),
                        Cell.text(cell.source()),
                        Cell.text(yes(cell.verified())),
                        Cell.text(cell.trust().code()),
                        Cell.text(w.trust(cell.trust())),
                        Cell.text(m.profiles()));
            }
        }
        return t.build();
    }

    static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
