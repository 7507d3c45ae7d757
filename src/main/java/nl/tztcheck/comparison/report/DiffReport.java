package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;

import nl.tztcheck.comparison.ProfileDiff;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;

/** diff-&lt;insurer&gt;-&lt;from&gt;-&lt;to&gt;.html/.csv/.md: every dimension that changed between two dates. */
public final class DiffReport {

    private DiffReport() {
    }

    public static String baseName(ProfileDiff d) {
        return "diff-" + d.insurerId() + "-" + d.from() + "-" + d.to();
    }

    public static void write(Path dir, ProfileDiff d) throws IOException {
        String title = d.insurerName() + ": what changed from " + d.from() + " (version " + d.fromVersion() + ") to " + d.to()
                + " (version " + d.toVersion() + ")";
        String intro = d.changes().isEmpty() ? "Nothing changed: every dimension has the same value and verification on both dates."
                : d.changes().size() + " dimension(s) changed. Values are the insurer's version over the national rule on each date.";
        Table t = table(d);
        OutputFiles.html(dir.resolve(baseName(d) + ".html"), new HtmlPage(title).paragraph(intro).table(t));
        OutputFiles.markdown(dir.resolve(baseName(d) + ".md"), new MarkdownDoc(title).paragraph(intro).table(t));
        OutputFiles.csv(dir.resolve(baseName(d) + ".csv"), t);
    }

    static Table table(ProfileDiff d) {
        Table.Builder t = new Table.Builder("Changes", "Dimension", "On " + d.from(), "On " + d.to(), "Changed by", "Source", "Verified");
        for (ProfileDiff.Change c : d.changes()) {
            t.row(Cell.text(c.row().label()), Cell.text(c.before()), Cell.flagged(c.after(), c.source()), Cell.text(c.changedBy()),
                    Cell.text(c.source()), Cell.text(MatrixReport.yes(c.verified())));
        }
        return t.build();
    }
}
