package nl.tztcheck.checklist;

import java.util.List;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * index.html and index.md: the year's pages, one row per insurer with its contract and trust, and
 * who has no version.
 */
public final class ChecklistIndex {

    private ChecklistIndex() {}

    /**
     * @param missing names of the insurers without a version in the year
     */
    public static String html(
            int year, List<Checklist> pages, List<String> missing, Language language) {
        Messages t = Messages.of(ChecklistBuilder.BUNDLE, language);
        String title = t.get("index.title", "year", year);
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(ChecklistHtml.esc(title))
                .append(
                        "</title><style>body{font-family:system-ui,Arial,sans-serif;margin:2rem;color:#1a1a1a}")
                .append(
                        "table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}th{background:#f3f5f7}")
                .append("</style></head><body>\n<h1>")
                .append(ChecklistHtml.esc(title))
                .append("</h1>\n<p>")
                .append(ChecklistHtml.esc(t.get("index.intro")))
                .append("</p>\n<table><thead><tr>");
        for (String col :
                new String[] {
                    "index.col.insurer", "index.col.contract", "index.col.trust", "index.col.pages"
                }) {
            h.append("<th scope=\"col\">").append(ChecklistHtml.esc(t.get(col))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Checklist c : pages) {
            h.append("<tr><th scope=\"row\">")
                    .append(ChecklistHtml.esc(c.insurerName()))
                    .append("</th><td>")
                    .append(ChecklistHtml.esc(contract(c, t)))
                    .append("</td><td>")
                    .append(ChecklistHtml.esc(c.trust().label(language)))
                    .append("</td><td><a href=\"")
                    .append(c.fileStem())
                    .append(".html\">HTML</a> · <a href=\"")
                    .append(c.fileStem())
                    .append(".md\">Markdown</a></td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (!missing.isEmpty()) {
            h.append("<p>")
                    .append(
                            ChecklistHtml.esc(
                                    t.get(
                                            "index.missing",
                                            "year",
                                            year,
                                            "insurers",
                                            String.join(", ", missing))))
                    .append("</p>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    public static String markdown(
            int year, List<Checklist> pages, List<String> missing, Language language) {
        Messages t = Messages.of(ChecklistBuilder.BUNDLE, language);
        StringBuilder md = new StringBuilder(2048);
        md.append("# ")
                .append(t.get("index.title", "year", year))
                .append("\n\n")
                .append(t.get("index.intro"))
                .append("\n\n| ")
                .append(t.get("index.col.insurer"))
                .append(" | ")
                .append(t.get("index.col.contract"))
                .append(" | ")
                .append(t.get("index.col.trust"))
                .append(" | ")
                .append(t.get("index.col.pages"))
                .append(" |\n|---|---|---|---|\n");
        for (Checklist c : pages) {
            md.append("| ")
                    .append(ChecklistMarkdown.inline(c.insurerName()))
                    .append(" | ")
                    .append(contract(c, t))
                    .append(" | ")
                    .append(c.trust().label(language))
                    .append(" | [HTML](")
                    .append(c.fileStem())
                    .append(".html), [Markdown](")
                    .append(c.fileStem())
                    .append(".md) |\n");
        }
        if (!missing.isEmpty()) {
            md.append('\n')
                    .append(
                            t.get(
                                    "index.missing",
                                    "year",
                                    year,
                                    "insurers",
                                    String.join(", ", missing)))
                    .append('\n');
        }
        return md.toString();
    }

    /** "gecontracteerd" / "niet gecontracteerd". */
    public static String contract(Checklist c, Messages t) {
        return t.get(c.contracted() ? "index.contracted" : "index.notContracted");
    }
}
