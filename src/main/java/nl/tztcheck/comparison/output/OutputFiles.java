package nl.tztcheck.comparison.output;

import java.io.IOException;
import java.nio.file.Path;
import nl.tztcheck.reports.AtomicFile;

/** Writes a command's outputs, each complete or absent (written aside, then renamed). */
public final class OutputFiles {

    private OutputFiles() {}

    public static void html(Path file, HtmlPage page) throws IOException {
        AtomicFile.write(file, false, w -> w.write(page.render()));
    }

    public static void markdown(Path file, MarkdownDoc doc) throws IOException {
        AtomicFile.write(file, false, w -> w.write(doc.render()));
    }

    /** UTF-8 with BOM so Dutch Excel shows accents. */
    public static void csv(Path file, Table table) throws IOException {
        AtomicFile.write(file, true, w -> TableCsv.write(w, table));
    }
}
