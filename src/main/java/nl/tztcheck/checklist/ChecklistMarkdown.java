package nl.tztcheck.checklist;

/**
 * The checklist as Markdown: the same items as the HTML page, as task-list boxes ({@code - [ ]}),
 * sources at the end.
 */
public final class ChecklistMarkdown {

    private ChecklistMarkdown() {}

    public static String render(Checklist c) {
        PageTexts x = new PageTexts(c);
        StringBuilder md = new StringBuilder(8 * 1024);
        md.append("# ").append(inline(x.title())).append("\n\n");
        for (String w : c.warnings()) {
            md.append("> **").append(inline(w)).append("**\n\n");
        }
        md.append(inline(x.subtitle()))
                .append("\n\n")
                .append(inline(x.meta()))
                .append("\n\n**")
                .append(inline(x.overallTrust()))
                .append("**\n\n");
        for (ChecklistItem i : c.items()) {
            md.append("- [ ] **")
                    .append(inline(i.topic()))
                    .append("**: ")
                    .append(inline(i.text()))
                    .append(" (")
                    .append(inline(x.get("col.origin").toLowerCase(c.language().locale())))
                    .append(": ")
                    .append(inline(x.origin(i)))
                    .append("; *")
                    .append(inline(x.trust(i)))
                    .append("*) ")
                    .append(inline(x.refs(i)))
                    .append('\n');
        }
        md.append("\n## ").append(inline(x.get("sources.title"))).append("\n\n");
        for (CitedSource s : c.sources()) {
            md.append("- ")
                    .append(inline(x.source(s)))
                    .append(s.url().isEmpty() ? "" : " <" + s.url() + ">")
                    .append('\n');
            s.quotes()
                    .forEach(
                            q ->
                                    md.append("  - [")
                                            .append(q.ref())
                                            .append("] “")
                                            .append(inline(q.text()))
                                            .append("”\n"));
        }
        md.append('\n')
                .append(inline(x.legend()))
                .append("\n\n")
                .append(x.signature())
                .append('\n');
        return md.toString();
    }

    /** Asterisks and underscores would start emphasis; line breaks would end the item. */
    static String inline(String s) {
        return s.replace("\\", "\\\\")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("\r", " ")
                .replace("\n", " ");
    }
}
