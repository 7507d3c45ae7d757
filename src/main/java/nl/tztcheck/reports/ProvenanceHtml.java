package nl.tztcheck.reports;

import java.util.List;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.profiles.Provenance;
import nl.tztcheck.profiles.Trust;

/**
 * The trust labels of report.html, kept out of {@link HtmlReport} so its layout can change without
 * them: a line under the headline (the run's conditions and the profile set's fingerprint), a badge
 * next to each insurer's name and the insurers' published conditions a claims file cannot show.
 * Styles are inline: the page's style sheet stays HtmlReport's.
 */
final class ProvenanceHtml {

    private static final String BADGE =
            "display:inline-block;border-radius:4px;padding:0 .35rem;margin-left:.4rem;"
                    + "font-size:.8rem;font-weight:600;border:1px solid ";

    private ProvenanceHtml() {}

    private static String colour(Trust t) {
        return switch (t) {
            case VERIFIED -> "#1a6b32";
            case UNVERIFIED -> "#8a5300";
            case ILLUSTRATIVE -> "#b00020";
        };
    }

    /**
     * {@code <span class="trust trust-illustrative">illustratief</span>}, with what it means as its
     * title.
     */
    static String badge(Trust t, Language language) {
        return "<span class=\"trust trust-"
                + t.code()
                + "\" title=\""
                + Html.esc(Provenance.explain(t, language))
                + "\" style=\""
                + BADGE
                + colour(t)
                + ";color:"
                + colour(t)
                + "\">"
                + Html.esc(t.label(language))
                + "</span>";
    }

    /**
     * The badge of one insurer's figures; nothing for a UZOVI code no profile knows (its lines were
     * not checked).
     */
    static String badge(InsurerSummary i, Language language) {
        return i.trust().map(t -> badge(t, language)).orElse("");
    }

    /**
     * Under the headline: "Voorwaarden: illustratief — what that means; profielset 1a2b3c4d5e6f".
     */
    static void headline(StringBuilder h, RunSummary s, Language language) {
        Trust t = s.trust().orElse(Trust.UNVERIFIED);
        h.append("<p id=\"trust\" class=\"trust-line\" style=\"border-left:6px solid ")
                .append(colour(t))
                .append(";padding:.3rem .6rem;background:#f8f9fa\"><strong>")
                .append(Html.esc(Provenance.line(t, language)))
                .append("</strong>")
                .append(badge(t, language))
                .append(" &mdash; ")
                .append(Html.esc(Provenance.explain(t, language)))
                .append("; ")
                .append(Html.esc(Provenance.fingerprint(s.run().profileFingerprint(), language)))
                .append("</p>\n");
    }

    /** Per insurer with such conditions: "Niet uit een declaratiebestand te controleren: ...". */
    static void notChecked(StringBuilder h, RunSummary s, Language language) {
        Messages m = Messages.of(Provenance.BUNDLE, language);
        for (InsurerSummary i : s.insurers()) {
            List<String> conditions = i.conditionsNotChecked();
            if (!conditions.isEmpty()) {
                h.append("<p class=\"not-checked\"><strong>")
                        .append(Html.esc(i.name()))
                        .append("</strong>: ")
                        .append(
                                Html.esc(
                                        m.get(
                                                "notChecked",
                                                "conditions",
                                                String.join(" | ", conditions))))
                        .append("</p>\n");
            }
        }
    }
}
