package nl.tztcheck.comparison.output;

import java.util.List;

import static nl.tztcheck.comparison.output.Texts.html;

/**
 * One self-contained HTML page (no scripts, fonts or network; charts are inline SVG). Text is
 * escaped here; only {@link #svg} takes markup, from {@link SvgBarChart}.
 */
public final class HtmlPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem;color:#1a1a1a;max-width:90rem}
            h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#f3f5f7}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.hl{background:#fff3cd;font-weight:600}.note{display:block;font-weight:400;color:#57606a;font-size:.8rem}
            .headline{font-size:1.3rem;border-left:4px solid #0b5394;padding:.5rem 1rem;background:#f3f8fd}
            .muted{color:#57606a;font-size:.9rem}svg{max-width:100%;height:auto}
            @media print{body{margin:0}table{break-inside:avoid}}
            """;

    private final StringBuilder h = new StringBuilder(32 * 1024);

    public HtmlPage(String title) {
        this(title, nl.tztcheck.i18n.Language.EN);
    }

    /** A page whose {@code <html lang>} is the language it is written in. */
    public HtmlPage(String title, nl.tztcheck.i18n.Language language) {
        h.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(html(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
                .append(html(title)).append("</h1>\n");
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
        h.append("<h2>").append(html(t.title())).append("</h2>\n<table><thead><tr>");
        t.header().forEach(c -> h.append("<th scope=\"col\">").append(html(c)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (List<Cell> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                cell(row.get(i), i == 0);
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        t.notes().forEach(this::muted);
        return this;
    }

    private void cell(Cell c, boolean rowHeader) {
        String cls = (c.numeric() ? "num" : "") + (c.highlight() ? (c.numeric() ? " hl" : "hl") : "");
        String tag = rowHeader ? "th scope=\"row\"" : "td";
        h.append('<').append(tag);
        if (!cls.isEmpty()) {
            h.append(" class=\"").append(cls).append('"');
        }
        if (!c.note().isEmpty()) {
            h.append(" title=\"").append(html(c.note())).append('"');
        }
        h.append('>').append(html(c.text()));
        if (!c.note().isEmpty() && c.highlight()) {
            h.append("<span class=\"note\">").append(html(c.note())).append("</span>");
        }
        h.append("</").append(rowHeader ? "th" : "td").append('>');
    }

    public String render() {
        return h + "</body></html>\n";
    }
}
