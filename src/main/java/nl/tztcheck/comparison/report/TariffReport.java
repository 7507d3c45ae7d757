package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.wlz.TariffOutcome;
import nl.tztcheck.money.Money;

/**
 * tariffs.html/.md/.csv: the tariff percentage each zorgkantoor would give, side by side, in the
 * user's language, each figure with its trust, a bound where the source gives a direction without a
 * number ("ten hoogste 95,5%"), and conditional surcharges flagged with the figure without them.
 */
public final class TariffReport {

    public static final String HTML = "tariffs.html";
    public static final String CSV = "tariffs.csv";
    public static final String MARKDOWN = "tariffs.md";

    private TariffReport() {}

    /**
     * @param nzaAmount production valued at 100% of the NZa tariffs (excluding NHC/NIC), or null to
     *     leave euros out
     */
    public static void write(
            Path dir,
            String situation,
            List<TariffOutcome> outcomes,
            Money nzaAmount,
            TariffTexts x)
            throws IOException {
        String title = x.get("title");
        String intro = x.get("intro", "situation", situation);
        Table t = table(outcomes, nzaAmount, x);
        OutputFiles.html(
                dir.resolve(HTML), new HtmlPage(title, x.language()).paragraph(intro).table(t));
        OutputFiles.markdown(
                dir.resolve(MARKDOWN), new MarkdownDoc(title).paragraph(intro).table(t));
        OutputFiles.csv(dir.resolve(CSV), t);
    }

    static Table table(List<TariffOutcome> outcomes, Money nzaAmount, TariffTexts x) {
        Table.Builder t =
                new Table.Builder(
                        x.get("table.title"),
                        x.get("col.zorgkantoor"),
                        x.get("col.percentage"),
                        x.get("col.trust"),
                        x.get("col.unconditional"),
                        x.get("col.amount"),
                        x.get("col.how"),
                        x.get("col.conditions"),
                        x.get("col.technology"),
                        x.get("col.unclear"));
        for (TariffOutcome o : outcomes) {
            Cell pct = Cell.num(x.percentage(o));
            if (o.conditional()) {
                pct = pct.highlighted().withNote(x.get("flag.conditional"));
            } else if (!o.unclear().isEmpty()) {
                pct = pct.highlighted().withNote(x.get("flag.unclear"));
            }
            t.row(
                    Cell.text(o.policy().name()),
                    pct,
                    Cell.text(o.trust().label(x.language())),
                    Cell.num(o.unconditional() == null ? "" : x.percent(o.unconditional())),
                    Cell.num(x.amount(o, nzaAmount)),
                    Cell.text(String.join("; ", o.steps().stream().map(x::step).toList())),
                    Cell.text(String.join(" | ", o.conditions().stream().map(x::note).toList())),
                    Cell.text(o.policy().technology()),
                    Cell.text(String.join(" | ", o.unclear().stream().map(x::note).toList())));
        }
        for (String note :
                List.of(
                        "note.nhcNic",
                        "note.bound",
                        "note.conditional",
                        "note.trust",
                        "note.technology")) {
            t.note(x.get(note));
        }
        return t.build();
    }
}
