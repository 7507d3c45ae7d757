package nl.tztcheck.reports;

import java.math.BigDecimal;
import java.util.Optional;
import nl.tztcheck.businesscase.EffectCell;
import nl.tztcheck.businesscase.RegularCareEffect;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.money.Money;
import nl.tztcheck.rules.RuleTexts;

/**
 * The section of report.html on regular care before and from the first 1062 month (the table of
 * {@code regular-care-effect} for the run's export), kept out of {@link HtmlReport} like {@link
 * ProvenanceHtml}. Texts from {@code i18n/regularcare_<nl|en>.properties}; cells under {@link
 * EffectCell#MIN_CLIENTS} clients show "&lt; 10" and no figures.
 */
final class RegularCareEffectHtml {

    static final String BUNDLE = "regularcare";

    private RegularCareEffectHtml() {}

    static void section(StringBuilder h, RegularCareEffect e, Language language) {
        Messages m = Messages.of(BUNDLE, language);
        RuleTexts f = RuleTexts.of(language);
        String first = e.firstMonth().map(f::month).orElse("-");
        String last = e.lastMonth().map(f::month).orElse("-");
        h.append("<section aria-labelledby=\"regular-care\"><h2 id=\"regular-care\">")
                .append(Html.esc(m.get("table.report")))
                .append("</h2>\n<p><strong>")
                .append(Html.esc(m.get("label")))
                .append("</strong></p>\n");
        if (e.cells().isEmpty()) {
            h.append("<p>")
                    .append(
                            Html.esc(
                                    m.get(
                                            "empty.report",
                                            "before",
                                            e.window().before(),
                                            "after",
                                            e.window().after())))
                    .append("</p>\n");
        } else {
            table(h, e, m, f);
        }
        h.append("<p class=\"muted\">")
                .append(
                        Html.esc(
                                m.get(
                                        "how",
                                        "before",
                                        e.window().before(),
                                        "after",
                                        e.window().after(),
                                        "first",
                                        first,
                                        "last",
                                        last)))
                .append(' ')
                .append(Html.esc(m.get("value")))
                .append(' ')
                .append(Html.esc(m.get("suppressed", "min", EffectCell.MIN_CLIENTS)))
                .append(' ')
                .append(
                        Html.esc(
                                m.get(
                                        "leftOut",
                                        "window",
                                        e.leftOut(RegularCareEffect.LeftOut.WINDOW),
                                        "noProfile",
                                        e.leftOut(RegularCareEffect.LeftOut.NO_PROFILE),
                                        "unknown",
                                        e.leftOut(RegularCareEffect.LeftOut.TECHNOLOGY_UNKNOWN))))
                .append("</p>\n</section>\n");
    }

    private static void table(StringBuilder h, RegularCareEffect e, Messages m, RuleTexts f) {
        h.append("<div class=\"scroll\"><table id=\"regular-care-table\"><thead><tr>");
        for (String col :
                new String[] {
                    "col.insurer",
                    "col.technology",
                    "col.clients",
                    "col.before",
                    "col.after",
                    "col.change",
                    "col.value",
                    "col.tariff"
                }) {
            h.append("<th scope=\"col\">").append(Html.esc(m.get(col))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        String fewer = m.get("fewer", "min", EffectCell.MIN_CLIENTS);
        for (EffectCell c : e.cells()) {
            String tariff =
                    c.minTariffCents() == c.maxTariffCents()
                            ? m.get("tariff", "amount", f.money(Money.cents(c.minTariffCents())))
                            : m.get(
                                    "tariffRange",
                                    "from",
                                    f.money(Money.cents(c.minTariffCents())),
                                    "to",
                                    f.money(Money.cents(c.maxTariffCents())));
            h.append("<tr><th scope=\"row\">")
                    .append(Html.esc(c.insurerName()))
                    .append("</th><td>")
                    .append(Html.esc(f.technology(c.technology())))
                    .append("</td>")
                    .append(
                            num(
                                    c.clientsShown().isPresent()
                                            ? String.valueOf(c.clientsShown().getAsLong())
                                            : fewer))
                    .append(num(text(c.meanBefore(), f)))
                    .append(num(text(c.meanAfter(), f)))
                    .append(num(text(c.change(), f)))
                    .append(
                            num(
                                    c.changeValueCents().isPresent()
                                            ? f.money(Money.cents(c.changeValueCents().getAsLong()))
                                            : ""))
                    .append("<td>")
                    .append(Html.esc(tariff))
                    .append(ProvenanceHtml.badge(c.tariffTrust(), m.language()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    private static String text(Optional<BigDecimal> v, RuleTexts f) {
        return v.map(f::number).orElse("");
    }

    private static String num(String text) {
        return "<td class=\"num\">" + Html.esc(text) + "</td>";
    }
}
