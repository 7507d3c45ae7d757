package nl.tztcheck.comparison.output;

import static nl.tztcheck.comparison.output.Texts.html;

import java.util.List;

/**
 * One self-contained HTML page (no scripts, fonts or network; charts are inline SVG). Text is
 * escaped here; only {@link #svg} takes markup, from {@link SvgBarChart}.
 */
public final class HtmlPage {

    private static final String STYLE =
            """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem;color:#1a1a1a;max-width:90rem}
            h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#f3f5f7}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.hl{background:#fff3cd;font-weight:600}.note{display:block;font-weight:400;color:#57606a;font-size:.8rem}
            .headline{font-size:1.3rem;border-left:4px solid #0b5394;padding:.5rem 1rem;background:#f3f8fd}
            .muted{color:#57606a;font-size:.9rem}svg{max-width:100%;height:auto}
            table.fit{table-layout:fixed;width:100%}table.fit th,table.fit td{overflow-wrap:anywhere;font-size:.85rem}
            table.fit td.num{white-space:normal}sup.fn{font-size:.7rem;margin-left:.15rem}
            ol.footnotes{font-size:.8rem;color:#1a1a1a;overflow-wrap:anywhere;padding-left:1.8rem}
            td.sup{color:#6e7781;background:#eaeef2;font-style:italic}
            @media print{body{margin:0}table{break-inside:avoid}}
            """;

    private final StringBuilder h = new StringBuilder(32 * 1024);
    private final List<String> footnotes = new java.util.ArrayList<>();

    /** A page in English (the comparison commands that have no --lang yet). */
    public HtmlPage(String title) {
        this(title, nl.tztcheck.i18n.Language.EN);
    }

    /** A page whose {@code <html lang>} is the language it is written in. */
    public HtmlPage(String title, nl.tztcheck.i18n.Language language) {
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\"><head><meta charset=\"utf-8\">")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(html(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(html(title))
                .append("</h1>\n");
    }

    public HtmlPage heading(String text) {
        h.append("<h2>").append(html(text)).append("</h2>\n");
        return this;
    }

    public HtmlPage paragraph(String text) {
        h.append("<p>").append(html(text)).append("</p>\n");
        return this;
    }

    public HtmlPage headline(String text) {
        h.append("<p class=\"headline\">").append(html(text)).append("</p>\n");
        return this;
    }

    public HtmlPage muted(String text) {
        h.append("<p class=\"muted\">").append(html(text)).append("</p>\n");
        return this;
    }

    /** Markup made by {@link SvgBarChart}, which escapes its own text. */
    public HtmlPage svg(String svgMarkup) {
        h.append(svgMarkup).append('\n');
        return this;
    }

    public HtmlPage table(Table t) {
        return table(t, false);
    }

    /**
     * A table that fits the page's width (fixed layout, long words wrapped) whose cell notes are
     * numbered footnotes under it, each note once: a source URL never widens a column.
     */
    public HtmlPage footnotedTable(Table t, String footnotesTitle) {
        footnotes.clear();
        table(t, true);
        if (!footnotes.isEmpty()) {
            h.append("<h3>").append(html(footnotesTitle)).append("</h3>\n<ol class=\"footnotes\">");
            for (int i = 0; i < footnotes.size(); i++) {
                h.append("<li id=\"fn-")
                        .append(i + 1)
                        .append("\">")
                        .append(html(footnotes.get(i)))
                        .append("</li>");
            }
            h.append("</ol>\n");
        }
        return this;
    }

    private HtmlPage table(Table t, boolean fit) {
        h.append("<h2>")
                .append(html(t.title()))
                .append("</h2>\n<table")
                .append(fit ? " class=\"fit\"" : "")
                .append("><thead><tr>");
        t.header().forEach(c -> h.append("<th scope=\"col\">").append(html(c)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (List<Cell> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                cell(row.get(i), i == 0, fit);
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        t.notes().forEach(this::muted);
        return this;
    }

    private void cell(Cell c, boolean rowHeader, boolean footnoted) {
        String cls =
                ((c.numeric() ? "num" : "")
                                + (c.highlight() ? " hl" : "")
                                + (c.muted() ? " sup" : ""))
                        .trim();
        String tag = rowHeader ? "th scope=\"row\"" : "td";
        h.append('<').append(tag);
        if (!cls.isEmpty()) {
            h.append(" class=\"").append(cls).append('"');
        }
        if (!c.note().isEmpty() && !footnoted) {
            h.append(" title=\"").append(html(c.note())).append('"');
        }
        h.append('>').append(html(c.text()));
        if (!c.note().isEmpty() && footnoted) {
            int n = footnotes.indexOf(c.note());
            if (n < 0) {
                footnotes.add(c.note());
                n = footnotes.size() - 1;
            }
            h.append("<sup class=\"fn\"><a href=\"#fn-")
                    .append(n + 1)
                    .append("\">[")
                    .append(n + 1)
                    .append("]</a></sup>");
        } else if (!c.note().isEmpty() && c.highlight()) {
            h.append("<span class=\"note\">").append(html(c.note())).append("</span>");
        }
        h.append("</").append(rowHeader ? "th" : "td").append('>');
    }

    public String render() {
        return h + "</body></html>\n";
    }
}
