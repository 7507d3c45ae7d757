package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.tztcheck.comparison.BreakEvenRow;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.output.Texts;

import static nl.tztcheck.comparison.output.Texts.eur;

/** break-even.html/.md/.csv: per insurer and technology, the hours or tariff at which the cost is covered. */
public final class BreakEvenReport {

    public static final String HTML = "break-even.html";
    public static final String CSV = "break-even.csv";
    public static final String MARKDOWN = "break-even.md";

    private BreakEvenReport() {
    }

    public static void write(Path dir, LocalDate date, List<BreakEvenRow> rows) throws IOException {
        String title = "Break-even of thuiszorgtechnologie per insurer on " + date;
        String how = "Per client per month: minutes needed at the insurer's 1062 ceiling = ceil((60 x cost - 30) / ceiling),"
                + " in cents; tariff needed at the cap = ceil((60 x cost - 30) / cap minutes). The cap is the lower of the monthly"
                + " and the category cap; the technology is assumed to have it to itself. Input for the financing agreements"
                + " (Stappenplan Contractering, step 3C).";
        Table t = table(rows);
        OutputFiles.html(dir.resolve(HTML), new HtmlPage(title).paragraph(how).table(t));
        OutputFiles.markdown(dir.resolve(MARKDOWN), new MarkdownDoc(title).paragraph(how).table(t));
        OutputFiles.csv(dir.resolve(CSV), csv(rows));
    }

    static Table table(List<BreakEvenRow> rows) {
        Table.Builder t = new Table.Builder("Per insurer and technology", "Insurer", "Technology", "Product", "Cost per month",
                "Ceiling per hour", "Cap", "Hours needed at the ceiling", "Tariff needed at the cap", "Short at the cap", "Outcome");
        for (BreakEvenRow r : rows) {
            boolean paid = r.breakEvenMinutes() >= 0;
            boolean bad = r.status() != BreakEvenRow.Status.COVERED_WITHIN_CAP;
            t.row(Cell.text(r.insurerName() + " (" + r.version() + ")"), Cell.text(r.technology().name()),
                    Cell.text(r.product().isEmpty() ? "(category cost)" : r.product()), Cell.num(eur(r.costCents())),
                    Cell.num(eur(r.ceilingPerHourCents())), Cell.num(Texts.minutes(r.capMinutes())),
                    Cell.num(paid ? Texts.hours(r.breakEvenMinutes()) + " h (" + r.breakEvenMinutes() + " min)" : "-"),
                    Cell.num(paid ? eur(r.breakEvenTariffCents()) + " per hour" : "-"), Cell.num(eur(r.shortfallAtCapCents())),
                    bad ? Cell.flagged(r.status().text(), "") : Cell.text(r.status().text()));
        }
        return t.build();
    }

    static Table csv(List<BreakEvenRow> rows) {
        Table.Builder t = new Table.Builder("break-even", "insurer", "version", "technology", "product", "cost_cents",
                "ceiling_per_hour_cents", "cap_minutes", "break_even_minutes", "break_even_tariff_cents", "shortfall_at_cap_cents", "status");
        for (BreakEvenRow r : rows) {
            t.row(Cell.text(r.insurerId()), Cell.text(r.version()), Cell.text(r.technology().name()), Cell.text(r.product()),
                    Cell.num(r.costCents()), Cell.num(r.ceilingPerHourCents()), Cell.num(r.capMinutes()),
                    Cell.num(r.breakEvenMinutes() < 0 ? "" : String.valueOf(r.breakEvenMinutes())),
                    Cell.num(r.breakEvenTariffCents() < 0 ? "" : String.valueOf(r.breakEvenTariffCents())),
                    Cell.num(r.shortfallAtCapCents()), Cell.text(r.status().name()));
        }
        return t.build();
    }
}
