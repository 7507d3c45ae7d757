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
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.Trust;

/**
 * break-even.html/.md/.csv: per insurer and technology, the hours or tariff at which the cost is
 * covered, each row with the trust of the conditions and costs behind it. Texts in {@code
 * i18n/breakeven_<nl|en>.properties}.
 */
public final class BreakEvenReport {

    public static final String HTML = "break-even.html";
    public static final String CSV = "break-even.csv";
    public static final String MARKDOWN = "break-even.md";
    public static final String BUNDLE = "breakeven";

    private BreakEvenReport() {}

    /**
     * @param profiles the profile set's fingerprint
     */
    public static void write(
            Path dir, LocalDate date, List<BreakEvenRow> rows, String profiles, Language language)
            throws IOException {
        Wording w = Wording.of(BUNDLE, language);
        String title = w.get("title", "date", w.date(date));
        String how = w.get("how");
        Trust costTrust = rows.isEmpty() ? Trust.VERIFIED : rows.get(0).costTrust();
        String trust = w.get("trust", "costTrust", w.trust(costTrust), "profiles", profiles);
        Table t = table(rows, w);
        OutputFiles.html(
                dir.resolve(HTML),
                new HtmlPage(title, language).paragraph(how).muted(trust).footnotedTable(t, ""));
        OutputFiles.markdown(
                dir.resolve(MARKDOWN),
                new MarkdownDoc(title).paragraph(how).paragraph(trust).table(t));
        OutputFiles.csv(dir.resolve(CSV), csv(rows, w));
    }

    /** "uitkomst" of a row in the language: covered within the cap, not contracted, ... */
    public static String status(BreakEvenRow r, Wording w) {
        return w.get("status." + r.status().name());
    }

    static Table table(List<BreakEvenRow> rows, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        w.get("table"),
                        w.get("col.insurer"),
                        w.get("col.trust"),
                        w.get("col.technology"),
                        w.get("col.product"),
                        w.get("col.cost"),
                        w.get("col.ceiling"),
                        w.get("col.cap"),
                        w.get("col.hours"),
                        w.get("col.tariff"),
                        w.get("col.short"),
                        w.get("col.outcome"));
        for (BreakEvenRow r : rows) {
            boolean paid = r.breakEvenMinutes() >= 0;
            boolean bad = r.status() != BreakEvenRow.Status.COVERED_WITHIN_CAP;
            String outcome = status(r, w);
            t.row(
                    Cell.text(r.insurerName() + " (" + r.version() + ")"),
                    Cell.text(w.trust(r.trust())),
                    Cell.text(w.technology(r.technology())),
                    Cell.text(r.product().isEmpty() ? w.get("categoryCost") : r.product()),
                    Cell.num(w.eur(r.costCents())),
                    Cell.num(w.eur(r.ceilingPerHourCents())),
                    Cell.num(w.minutes(r.capMinutes())),
                    Cell.num(
                            paid
                                    ? w.hours(r.breakEvenMinutes())
                                            + " ("
                                            + r.breakEvenMinutes()
                                            + " min)"
                                    : "-"),
                    Cell.num(
                            paid
                                    ? w.get("perHour", "amount", w.eur(r.breakEvenTariffCents()))
                                    : "-"),
                    Cell.num(w.eur(r.shortfallAtCapCents())),
                    bad ? Cell.flagged(outcome, "") : Cell.text(outcome));
        }
        return t.build();
    }

    /** Column names, codes and cents are the same in every language; the trust label follows it. */
    static Table csv(List<BreakEvenRow> rows, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        "break-even",
                        "insurer",
                        "version",
                        "technology",
                        "product",
                        "cost_cents",
                        "ceiling_per_hour_cents",
                        "cap_minutes",
                        "break_even_minutes",
                        "break_even_tariff_cents",
                        "shortfall_at_cap_cents",
                        "status",
                        "trust",
                        "trust_label",
                        "conditions_trust",
                        "cost_trust",
                        "outcome");
        for (BreakEvenRow r : rows) {
            t.row(
                    Cell.text(r.insurerId()),
                    Cell.text(r.version()),
                    Cell.text(r.technology().name()),
                    Cell.text(r.product()),
                    Cell.num(r.costCents()),
                    Cell.num(r.ceilingPerHourCents()),
                    Cell.num(r.capMinutes()),
                    Cell.num(r.breakEvenMinutes() < 0 ? "" : String.valueOf(r.breakEvenMinutes())),
                    Cell.num(
                            r.breakEvenTariffCents() < 0
                                    ? ""
                                    : String.valueOf(r.breakEvenTariffCents())),
                    Cell.num(r.shortfallAtCapCents()),
                    Cell.text(r.status().name()),
                    Cell.text(r.trust().code()),
                    Cell.text(w.trust(r.trust())),
                    Cell.text(r.conditionsTrust().code()),
                    Cell.text(r.costTrust().code()),
                    Cell.text(status(r, w)));
        }
        return t.build();
    }
}
