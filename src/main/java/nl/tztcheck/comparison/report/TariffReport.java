package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.output.Texts;
import nl.tztcheck.comparison.wlz.TariffOutcome;
import nl.tztcheck.money.Money;

/** tariffs.html/.md/.csv: the tariff percentage each zorgkantoor would give, side by side. */
public final class TariffReport {

    public static final String HTML = "tariffs.html";
    public static final String CSV = "tariffs.csv";
    public static final String MARKDOWN = "tariffs.md";

    private TariffReport() {
    }

    /**
     * @param situation  the options as a sentence
     * @param nzaAmount  production valued at 100% of the NZa tariffs, or null to leave euros out
     */
    public static void write(Path dir, String situation, List<TariffOutcome> outcomes, Money nzaAmount) throws IOException {
        String title = "Wlz tariff percentage per zorgkantoor (verpleging en verzorging, 2024-2026)";
        String intro = "Situation: " + situation + ". Source: the table of contracting themes 2024-2026 (seed); every"
                + " zorgkantoor profile is unverified and lists what the table leaves unclear.";
        Table t = table(outcomes, nzaAmount);
        OutputFiles.html(dir.resolve(HTML), new HtmlPage(title).paragraph(intro).table(t));
        OutputFiles.markdown(dir.resolve(MARKDOWN), new MarkdownDoc(title).paragraph(intro).table(t));
        OutputFiles.csv(dir.resolve(CSV), t);
    }

    static Table table(List<TariffOutcome> outcomes, Money nzaAmount) {
        Table.Builder t = new Table.Builder("Side by side", "Zorgkantoor", "Tariff percentage", "Amount at this percentage",
                "How", "Unclear");
        for (TariffOutcome o : outcomes) {
            Cell pct = Cell.num(Texts.percent(o.percentage()));
            t.row(Cell.text(o.policy().name()), o.unclear().isEmpty() ? pct : pct.highlighted().withNote("see 'Unclear'"),
                    Cell.num(nzaAmount == null ? "" : Texts.eur(nzaAmount.percentage(o.percentage()).cents())),
                    Cell.text(String.join("; ", o.steps())), Cell.text(String.join(" | ", o.unclear())));
        }
        return t.build();
    }
}
