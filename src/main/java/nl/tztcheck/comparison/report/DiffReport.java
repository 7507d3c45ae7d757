package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import nl.tztcheck.comparison.InterpretationMatrix;
import nl.tztcheck.comparison.ProfileDiff;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.i18n.Language;

/**
 * diff-&lt;insurer&gt;-&lt;from&gt;-&lt;to&gt;.html/.csv/.md: every dimension that changed between
 * two dates, with its trust.
 */
public final class DiffReport {

    private DiffReport() {}

    public static String baseName(ProfileDiff d) {
        return "diff-" + d.insurerId() + "-" + d.from() + "-" + d.to();
    }

    /**
     * @param d a diff made in the same language
     */
    public static void write(Path dir, ProfileDiff d, Language language) throws IOException {
        Wording w = Wording.of(InterpretationMatrix.BUNDLE, language);
        String title =
                w.get(
                        "diff.title",
                        "insurer",
                        d.insurerName(),
                        "from",
                        w.date(d.from()),
                        "fromVersion",
                        d.fromVersion(),
                        "to",
                        w.date(d.to()),
                        "toVersion",
                        d.toVersion());
        String intro =
                d.changes().isEmpty()
                        ? w.get("diff.none")
                        : w.get("diff.some", "n", d.changes().size());
        Table t = table(d, w);
        OutputFiles.html(
                dir.resolve(baseName(d) + ".html"),
                new HtmlPage(title, language)
                        .paragraph(intro)
                        .footnotedTable(t, w.get("footnotes")));
        OutputFiles.markdown(
                dir.resolve(baseName(d) + ".md"), new MarkdownDoc(title).paragraph(intro).table(t));
        OutputFiles.csv(dir.resolve(baseName(d) + ".csv"), t);
    }

    static Table table(ProfileDiff d, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        w.get("diff.table"),
                        w.get("col.dimension"),
                        w.get("diff.col.on", "date", d.from()),
                        w.get("diff.col.on", "date", d.to()),
                        w.get("diff.col.changedBy"),
                        w.get("diff.col.source"),
                        w.get("diff.col.trust"));
        for (ProfileDiff.Change c : d.changes()) {
            t.row(
                    Cell.text(c.row().label(w)),
                    Cell.text(c.before()),
                    Cell.flagged(c.after(), c.source()),
                    Cell.text(c.changedBy()),
                    Cell.text(c.source()),
                    Cell.text(w.trust(c.trust())));
        }
        return t.build();
    }
}
