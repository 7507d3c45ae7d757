package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.tztcheck.businesscase.EffectCell;
import nl.tztcheck.businesscase.RegularCareEffect;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.rules.RuleTexts;

/**
 * regular-care-effect.html/.md/.csv: per insurer and technology the regular minutes per client per
 * month before and from the first 1062 month, labelled as an observed difference, not a causal
 * effect; cells under {@link EffectCell#MIN_CLIENTS} clients show "&lt; 10". Texts in {@code
 * i18n/regularcare_<nl|en>.properties}.
 */
public final class RegularCareEffectReport {

    public static final String HTML = "regular-care-effect.html";
    public static final String CSV = "regular-care-effect.csv";
    public static final String MARKDOWN = "regular-care-effect.md";
    public static final String BUNDLE = "regularcare";

    private RegularCareEffectReport() {}

    public static void write(Path dir, RegularCareEffect e, Language language) throws IOException {
        Wording w = Wording.of(BUNDLE, language);
        String title = w.get("title", "file", e.claimsFile());
        Table t = table(e, w);
        HtmlPage page = new HtmlPage(title, language).headline(w.get("label"));
        MarkdownDoc md = new MarkdownDoc(title).paragraph("**" + w.get("label") + "**");
        for (String p : paragraphs(e, w)) {
            page.paragraph(p);
            md.paragraph(p);
        }
        OutputFiles.html(dir.resolve(HTML), page.table(t));
        OutputFiles.markdown(dir.resolve(MARKDOWN), md.table(t));
        OutputFiles.csv(dir.resolve(CSV), csv(e, w));
    }

    /** What the figures are, how they were counted and what was left out, in order. */
    public static List<String> paragraphs(RegularCareEffect e, Wording w) {
        String first = e.firstMonth().map(m -> RuleTexts.of(w.language()).month(m)).orElse("-");
        String last = e.lastMonth().map(m -> RuleTexts.of(w.language()).month(m)).orElse("-");
        List<String> list =
                new java.util.ArrayList<>(
                        List.of(
                                w.get(
                                        "how",
                                        "before",
                                        e.window().before(),
                                        "after",
                                        e.window().after(),
                                        "first",
                                        first,
                                        "last",
                                        last),
                                w.get("value"),
                                w.get("suppressed", "min", EffectCell.MIN_CLIENTS),
                                leftOut(e, w),
                                w.get("trust", "profiles", e.profiles())));
        if (e.cells().isEmpty()) {
            list.add(0, w.get("empty"));
        }
        return list;
    }

    /** "Niet meegeteld: ..." with the clients left out per reason. */
    public static String leftOut(RegularCareEffect e, Wording w) {
        return w.get(
                "leftOut",
                "window",
                e.leftOut(RegularCareEffect.LeftOut.WINDOW),
                "noProfile",
                e.leftOut(RegularCareEffect.LeftOut.NO_PROFILE),
                "unknown",
                e.leftOut(RegularCareEffect.LeftOut.TECHNOLOGY_UNKNOWN));
    }

    static Table table(RegularCareEffect e, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        w.get("table"),
                        w.get("col.insurer"),
                        w.get("col.technology"),
                        w.get("col.clients"),
                        w.get("col.before"),
                        w.get("col.after"),
                        w.get("col.change"),
                        w.get("col.value"),
                        w.get("col.tariff"),
                        w.get("col.trust"));
        RuleTexts figures = RuleTexts.of(w.language());
        String fewer = w.get("fewer", "min", EffectCell.MIN_CLIENTS);
        String why = w.get("suppressedNote", "min", EffectCell.MIN_CLIENTS);
        for (EffectCell c : e.cells()) {
            t.row(
                    Cell.text(c.insurerName()),
                    Cell.text(w.technology(c.technology())),
                    shown(c.clientsShown(), String::valueOf, fewer, why),
                    shown(c.meanBefore(), figures::number, why),
                    shown(c.meanAfter(), figures::number, why),
                    shown(c.change(), figures::number, why),
                    shown(c.changeValueCents(), w::eur, "", why),
                    Cell.text(tariff(c, w)),
                    Cell.text(w.trust(c.tariffTrust())));
        }
        return t.build();
    }

    /** "PV € 65,00", or the range when the clients' profile versions differ. */
    public static String tariff(EffectCell c, Wording w) {
        return c.minTariffCents() == c.maxTariffCents()
                ? w.get("tariff", "amount", w.eur(c.minTariffCents()))
                : w.get(
                        "tariffRange",
                        "from",
                        w.eur(c.minTariffCents()),
                        "to",
                        w.eur(c.maxTariffCents()));
    }

    private static Cell shown(
            Optional<BigDecimal> v,
            java.util.function.Function<BigDecimal, String> format,
            String why) {
        return v.map(x -> Cell.num(format.apply(x))).orElseGet(() -> Cell.suppressed("", why));
    }

    private static Cell shown(
            OptionalLong v,
            java.util.function.LongFunction<String> format,
            String fewer,
            String why) {
        return v.isPresent() ? Cell.num(format.apply(v.getAsLong())) : Cell.suppressed(fewer, why);
    }

    /**
     * Column names and codes are the same in every language; minutes with a decimal point, money in
     * cents.
     */
    static Table csv(RegularCareEffect e, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        "regular-care-effect",
                        "insurer",
                        "insurer_name",
                        "technology",
                        "clients",
                        "before_months",
                        "after_months",
                        "mean_minutes_before",
                        "mean_minutes_after",
                        "change_minutes",
                        "saved_minutes",
                        "change_value_cents",
                        "tariff",
                        "tariff_min_cents",
                        "tariff_max_cents",
                        "tariff_trust",
                        "tariff_trust_label",
                        "label");
        String fewer = "<" + EffectCell.MIN_CLIENTS;
        for (EffectCell c : e.cells()) {
            t.row(
                    Cell.text(c.insurerId()),
                    Cell.text(c.insurerName()),
                    Cell.text(c.technology().name()),
                    Cell.text(
                            c.clientsShown().isPresent()
                                    ? String.valueOf(c.clientsShown().getAsLong())
                                    : fewer),
                    Cell.num(e.window().before()),
                    Cell.num(e.window().after()),
                    plain(c.meanBefore()),
                    plain(c.meanAfter()),
                    plain(c.change()),
                    Cell.num(
                            c.savedMinutes().isPresent()
                                    ? String.valueOf(c.savedMinutes().getAsInt())
                                    : ""),
                    Cell.num(
                            c.changeValueCents().isPresent()
                                    ? String.valueOf(c.changeValueCents().getAsLong())
                                    : ""),
                    Cell.text(EffectCell.TARIFF),
                    Cell.num(c.minTariffCents()),
                    Cell.num(c.maxTariffCents()),
                    Cell.text(c.tariffTrust().code()),
                    Cell.text(w.trust(c.tariffTrust())),
                    Cell.text(w.get("label")));
        }
        return t.build();
    }

    private static Cell plain(Optional<BigDecimal> v) {
        return Cell.num(v.map(BigDecimal::toPlainString).orElse(""));
    }
}
