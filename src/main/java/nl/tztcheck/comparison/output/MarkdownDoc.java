package nl.tztcheck.comparison.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown for a position paper: tables with the cells that stand out in bold, their notes (source,
 * verified or not) as numbered footnotes at the end.
 */
public final class MarkdownDoc {

    private final StringBuilder md = new StringBuilder(16 * 1024);
    private final List<String> footnotes = new ArrayList<>();

    public MarkdownDoc(String title) {
        md.append("# ").append(inline(title)).append("\n\n");
    }

    public MarkdownDoc heading(String text) {
        md.append("## ").append(inline(text)).append("\n\n");
        return this;
    }

    public MarkdownDoc paragraph(String text) {
        md.append(inline(text)).append("\n\n");
        return this;
    }

    public MarkdownDoc table(Table t) {
        heading(t.title());
        md.append('|');
        t.header().forEach(c -> md.append(' ').append(inline(c)).append(" |"));
        md.append("\n|");
        t.header().forEach(c -> md.append("---|"));
        md.append('\n');
        for (List<Cell> row : t.rows()) {
            md.append('|');
            for (Cell c : row) {
                md.append(' ').append(cell(c)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        t.notes().forEach(this::paragraph);
        return this;
    }

    private String cell(Cell c) {
        String text = inline(c.text());
        if (c.highlight() && !text.isEmpty()) {
            text = "**" + text + "**";
        }
        if (c.highlight() && !c.note().isEmpty()) {
            int n = footnotes.indexOf(c.note());
            if (n < 0) {
                footnotes.add(c.note());
                n = footnotes.size() - 1;
            }
            text += "[^" + (n + 1) + "]";
        }
        return text;
    }

    /**
     * Pipes and line breaks would break a table row; asterisks and underscores would start
     * emphasis.
     */
    static String inline(String s) {
        return s.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("\r", " ")
                .replace("\n", " ");
    }

    public String render() {
        StringBuilder out = new StringBuilder(md);
        for (int i = 0; i < footnotes.size(); i++) {
            out.append("[^")
                    .append(i + 1)
                    .append("]: ")
                    .append(inline(footnotes.get(i)))
                    .append('\n');
        }
        return out.toString();
    }
}
