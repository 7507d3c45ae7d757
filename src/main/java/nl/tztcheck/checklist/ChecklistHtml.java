package nl.tztcheck.checklist;

/**
 * The checklist as one printable HTML page: self-contained (no scripts, fonts or network), tick
 * boxes that print as empty squares, and print CSS for one A4 page (small type, fixed column
 * widths, no page break inside a row).
 */
public final class ChecklistHtml {

    private static final String STYLE =
            """
            @page{size:A4;margin:11mm 12mm}
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1a1a1a;margin:1.5rem auto;max-width:186mm;font-size:9pt;line-height:1.25}
            h1{font-size:14pt;margin:0 0 .2rem}h2{font-size:10pt;margin:.5rem 0 .1rem}
            p{margin:.15rem 0}.meta,.legend{color:#57606a;font-size:7.5pt}
            .warn{border-left:4px solid #b35900;background:#fff3cd;padding:.2rem .5rem;margin:.25rem 0;font-weight:600}
            .warn.stop{border-left-color:#b31d28;background:#ffebe9;font-size:11pt}
            table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.3rem 0}
            th,td{border:1px solid #d0d7de;padding:.1rem .25rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
            thead th{background:#f3f5f7;font-size:7.5pt;overflow-wrap:normal}tbody th{font-size:8pt}
            col.box{width:7mm}col.topic{width:27mm}col.origin{width:18mm}col.trust{width:27mm}col.ref{width:12mm}
            td.box,th.box{text-align:center}.tick{display:inline-block;width:3.2mm;height:3.2mm;border:1.5px solid #1a1a1a;margin-top:.3mm}
            td.trust{overflow-wrap:normal;font-size:8pt}
            .t-verified{color:#1a7f37}.t-unverified{color:#9a6700}.t-illustrative{color:#b31d28;font-style:italic}
            ol.sources{font-size:7pt;line-height:1.2;padding-left:0;list-style:none;margin:.1rem 0}ol.sources ul{margin:0;padding-left:1rem}
            .signature{margin-top:.5rem;font-size:9pt}
            @media print{body{margin:0;max-width:none}tr{break-inside:avoid}.warn{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
            """;

    private ChecklistHtml() {}

    public static String render(Checklist c) {
        PageTexts x = new PageTexts(c);
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(c.language().code())
                .append("\"><head><meta charset=\"utf-8\">")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(x.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(esc(x.title()))
                .append("</h1>\n");
        for (String w : c.warnings()) {
            // the first warning of a non-contracted insurer is the first thing on the page after
            // the title
            boolean stop = !c.contracted() && w.equals(c.warnings().get(0));
            h.append("<p class=\"warn")
                    .append(stop ? " stop" : "")
                    .append("\">")
                    .append(esc(w))
                    .append("</p>\n");
        }
        h.append("<p>")
                .append(esc(x.subtitle()))
                .append("</p>\n<p class=\"meta\">")
                .append(esc(x.meta()))
                .append("</p>\n")
                .append("<p><strong>")
                .append(esc(x.overallTrust()))
                .append("</strong></p>\n");
        items(h, c, x);
        sources(h, c, x);
        h.append("<p class=\"legend\">")
                .append(esc(x.legend()))
                .append("</p>\n<p class=\"signature\">")
                .append(esc(x.signature()))
                .append("</p>\n</body></html>\n");
        return h.toString();
    }

    private static void items(StringBuilder h, Checklist c, PageTexts x) {
        h.append(
                        "<table class=\"items\"><colgroup><col class=\"box\"><col class=\"topic\"><col><col class=\"origin\"><col class=\"trust\">")
                .append("<col class=\"ref\"></colgroup><thead><tr>");
        // the tick column is narrow: a tick mark, its word in the title and for screen readers
        h.append("<th scope=\"col\" class=\"box\" title=\"")
                .append(esc(x.get("col.check")))
                .append("\" aria-label=\"")
                .append(esc(x.get("col.check")))
                .append("\">✓</th>");
        for (String col :
                new String[] {"col.topic", "col.text", "col.origin", "col.trust", "col.source"}) {
            h.append("<th scope=\"col\">").append(esc(x.get(col))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (ChecklistItem i : c.items()) {
            h.append(
                            "<tr><td class=\"box\"><span class=\"tick\" role=\"checkbox\" aria-checked=\"false\"></span></td><th scope=\"row\">")
                    .append(esc(i.topic()))
                    .append("</th><td>")
                    .append(esc(i.text()))
                    .append("</td><td>")
                    .append(esc(x.origin(i)))
                    .append("</td><td class=\"trust t-")
                    .append(i.trust().code())
                    .append("\">")
                    .append(esc(x.trust(i)))
                    .append("</td><td>")
                    .append(esc(x.refs(i)))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void sources(StringBuilder h, Checklist c, PageTexts x) {
        h.append("<h2>")
                .append(esc(x.get("sources.title")))
                .append("</h2>\n<ol class=\"sources\">");
        for (CitedSource s : c.sources()) {
            h.append("<li id=\"src-").append(s.number()).append("\">").append(esc(x.source(s)));
            if (!s.url().isEmpty()) {
                h.append(" <a href=\"")
                        .append(esc(s.url()))
                        .append("\">")
                        .append(esc(s.url()))
                        .append("</a>");
            }
            if (!s.quotes().isEmpty()) {
                h.append("<ul>");
                s.quotes()
                        .forEach(
                                q ->
                                        h.append("<li>[")
                                                .append(esc(q.ref()))
                                                .append("] “")
                                                .append(esc(q.text()))
                                                .append("”</li>"));
                h.append("</ul>");
            }
            h.append("</li>");
        }
        h.append("</ol>\n");
    }

    /** Text placed in HTML: the core does not use the reports' helpers (ArchitectureTests). */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
