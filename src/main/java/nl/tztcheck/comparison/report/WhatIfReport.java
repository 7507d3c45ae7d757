package nl.tztcheck.comparison.report;

import static nl.tztcheck.comparison.output.Texts.eurCell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.tztcheck.comparison.InsurerOutcome;
import nl.tztcheck.comparison.WhatIfConditions;
import nl.tztcheck.comparison.WhatIfResult;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.SvgStackedChart;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.Trust;

/**
 * what-if.html, what-if.md and what-if.csv: per insurer the money of the same care on its terms,
 * each figure with the trust of the conditions behind it, the assumption made, and the spread on
 * one scale. Texts in {@code i18n/whatif_<nl|en>.properties}.
 */
public final class WhatIfReport {

    public static final String HTML = "what-if.html";
    public static final String CSV = "what-if.csv";
    public static final String MARKDOWN = "what-if.md";
    public static final String BUNDLE = "whatif";

    private WhatIfReport() {}

    /**
     * The sentence a provider brings to a negotiation, each insurer's figure labelled with its
     * trust.
     */
    public static String headline(WhatIfResult r, Language language) {
        Wording w = Wording.of(BUNDLE, language);
        InsurerOutcome most = r.mostGenerous();
        InsurerOutcome least = r.leastGenerous();
        String all =
                w.get(
                        "headline",
                        "months",
                        r.clientMonths(),
                        "most",
                        most.name(),
                        "mostTrust",
                        w.trust(most.trust()),
                        "mostAmount",
                        w.eur(most.totals().reimbursable()),
                        "least",
                        least.name(),
                        "leastTrust",
                        w.trust(least.trust()),
                        "leastAmount",
                        w.eur(least.totals().reimbursable()),
                        "spread",
                        w.eur(r.spreadCents()),
                        "perMonth",
                        w.eur(r.perClientMonth(r.spreadCents())),
                        "spreadTrust",
                        w.trust(r.spreadTrust()));
        String paying =
                r.payingOnly()
                        .map(
                                p ->
                                        " "
                                                + w.get(
                                                        "headline.paying",
                                                        "n",
                                                        p.insurers().size(),
                                                        "most",
                                                        p.mostGenerous().name(),
                                                        "mostTrust",
                                                        w.trust(p.mostGenerous().trust()),
                                                        "mostAmount",
                                                        w.eur(
                                                                p.mostGenerous()
                                                                        .totals()
                                                                        .reimbursable()),
                                                        "least",
                                                        p.leastGenerous().name(),
                                                        "leastTrust",
                                                        w.trust(p.leastGenerous().trust()),
                                                        "leastAmount",
                                                        w.eur(
                                                                p.leastGenerous()
                                                                        .totals()
                                                                        .reimbursable()),
                                                        "spread",
                                                        w.eur(p.spreadCents()),
                                                        "perMonth",
                                                        w.eur(p.perClientMonth(p.spreadCents()))))
                        .orElse("");
        return all + paying + caveat(r, w);
    }

    /**
     * What "illustratief" / "niet geverifieerd" in the headline means, when one of its insurers is
     * labelled so.
     */
    private static String caveat(WhatIfResult r, Wording w) {
        List<InsurerOutcome> named = new ArrayList<>(List.of(r.mostGenerous(), r.leastGenerous()));
        r.payingOnly().ifPresent(p -> named.addAll(List.of(p.mostGenerous(), p.leastGenerous())));
        Trust worst = Trust.worst(named.stream().map(InsurerOutcome::trust).toList());
        return switch (worst) {
            case VERIFIED -> "";
            case UNVERIFIED -> " " + w.get("headline.unverified");
            case ILLUSTRATIVE -> " " + w.get("headline.illustrative");
        };
    }

    /** The assumption behind every insurer's figures, as the output states it. */
    public static String assumption(WhatIfResult r, Language language) {
        return Wording.of(BUNDLE, language)
                .get(
                        r.conditions() == WhatIfConditions.MET
                                ? "assumption.met"
                                : "assumption.notMet");
    }

    public static void write(Path dir, WhatIfResult r, Language language) throws IOException {
        Wording w = Wording.of(BUNDLE, language);
        String title = w.get("title", "file", r.claimsFile());
        String how = w.get("how", "months", r.clientMonths());
        String trust =
                w.get("trust", "costTrust", w.trust(r.costTrust()), "profiles", r.profiles());
        Table money = money(r, w);
        Table codes = codes(r, w);
        OutputFiles.html(
                dir.resolve(HTML),
                new HtmlPage(title, language)
                        .headline(headline(r, language))
                        .paragraph(assumption(r, language))
                        .svg(chart(r, w))
                        .paragraph(how)
                        .muted(trust)
                        .footnotedTable(money, "")
                        .footnotedTable(codes, ""));
        OutputFiles.markdown(
                dir.resolve(MARKDOWN),
                new MarkdownDoc(title)
                        .paragraph("**" + headline(r, language) + "**")
                        .paragraph(assumption(r, language))
                        .paragraph(how)
                        .paragraph(trust)
                        .table(money)
                        .table(codes));
        OutputFiles.csv(dir.resolve(CSV), csv(r, w));
    }

    /**
     * One stacked bar per insurer on one scale: reimbursable + at risk + unchecked = claimed, axis
     * in euros.
     */
    static String chart(WhatIfResult r, Wording w) {
        List<SvgStackedChart.Series> series =
                List.of(
                        new SvgStackedChart.Series(w.get("series.reimbursable"), "#0b5394"),
                        new SvgStackedChart.Series(w.get("series.atRisk"), "#e69138"),
                        new SvgStackedChart.Series(w.get("series.unchecked"), "#999999"));
        List<SvgStackedChart.Bar> bars =
                r.insurers().stream()
                        .sorted(
                                java.util.Comparator.comparingLong(
                                                (InsurerOutcome o) -> -o.totals().reimbursable())
                                        .thenComparing(InsurerOutcome::name))
                        .map(
                                o ->
                                        new SvgStackedChart.Bar(
                                                o.name() + " (" + w.trust(o.trust()) + ")",
                                                List.of(
                                                        o.totals().reimbursable(),
                                                        o.totals().atRisk(),
                                                        o.totals().unchecked()),
                                                w.get(
                                                        "chart.value",
                                                        "amount",
                                                        w.eur(o.totals().reimbursable()),
                                                        "trust",
                                                        w.trust(o.trust()))))
                        .toList();
        return SvgStackedChart.render(
                w.get("chart.title"), series, bars, cents -> wholeEuros(w.eur(cents)));
    }

    private static String wholeEuros(String money) {
        return money.endsWith(",00") || money.endsWith(".00")
                ? money.substring(0, money.length() - 3)
                : money;
    }

    private static List<InsurerOutcome> withAsDeclared(WhatIfResult r) {
        List<InsurerOutcome> all = new ArrayList<>(List.of(r.asDeclared()));
        all.addAll(r.insurers());
        return all;
    }

    private static String name(InsurerOutcome o, Wording w) {
        return o.insurerId().isEmpty() ? w.get("asDeclared") : o.name();
    }

    private static String tariffs(InsurerOutcome o, Wording w) {
        return o.declaredTariffsCents().isEmpty()
                ? w.get("asDeclared.export")
                : o.declaredTariffsCents().stream().map(w::eur).collect(Collectors.joining(", "));
    }

    static Table money(WhatIfResult r, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        w.get("table.money"),
                        w.get("col.insurer"),
                        w.get("col.trust"),
                        w.get("col.uzovi"),
                        w.get("col.tariff"),
                        w.get("col.claimed"),
                        w.get("col.reimbursable"),
                        w.get("col.reimbursablePerMonth"),
                        w.get("col.atRisk"),
                        w.get("col.unchecked"),
                        w.get("col.costGap"),
                        w.get("col.costGapPerMonth"));
        for (InsurerOutcome o : withAsDeclared(r)) {
            boolean extreme =
                    o != r.asDeclared()
                            && (o.equals(r.mostGenerous()) || o.equals(r.leastGenerous()));
            var s = o.totals();
            Cell reimb = Cell.num(w.eur(s.reimbursable()));
            t.row(
                    Cell.text(name(o, w)),
                    Cell.text(w.trust(o.trust())),
                    Cell.text(o.uzovi().isEmpty() ? w.get("asDeclared.export") : o.uzovi()),
                    Cell.num(tariffs(o, w)),
                    Cell.num(w.eur(s.claimed())),
                    extreme ? reimb.highlighted() : reimb,
                    Cell.num(w.eur(r.perClientMonth(s.reimbursable()))),
                    Cell.num(w.eur(s.atRisk())),
                    Cell.num(w.eur(s.unchecked())),
                    Cell.num(w.eur(s.costGap())),
                    Cell.num(w.eur(r.perClientMonth(s.costGap()))));
        }
        return t.note(w.get("money.note")).build();
    }

    static Table codes(WhatIfResult r, Wording w) {
        List<String> header = new ArrayList<>(List.of(w.get("col.code")));
        r.insurers().forEach(o -> header.add(o.name()));
        Table.Builder t = new Table.Builder(w.get("table.codes"), header.toArray(String[]::new));
        for (FindingCode code : FindingCode.values()) {
            if (r.insurers().stream().anyMatch(o -> o.findings(code) > 0)) {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(code.name())));
                r.insurers().forEach(o -> row.add(Cell.num(o.findings(code))));
                t.row(row);
            }
        }
        return t.build();
    }

    /**
     * Column names, codes and euro cells (Dutch 1.234,56) are the same in every language; names and
     * labels follow it.
     */
    static Table csv(WhatIfResult r, Wording w) {
        List<String> header =
                new ArrayList<>(
                        List.of(
                                "insurer",
                                "name",
                                "uzovi",
                                "client_months",
                                "claimed_cents",
                                "claimed_eur",
                                "reimbursable_cents",
                                "reimbursable_eur",
                                "reimbursable_per_client_month_eur",
                                "at_risk_cents",
                                "at_risk_eur",
                                "unchecked_cents",
                                "cost_gap_cents",
                                "cost_gap_eur",
                                "spread_to_most_generous_eur"));
        for (FindingCode c : FindingCode.values()) {
            header.add(c.name());
        }
        header.addAll(
                List.of(
                        "conditions",
                        "declared_tariffs_cents",
                        "trust",
                        "trust_label",
                        "cost_trust",
                        "profiles_fingerprint"));
        Table.Builder t = new Table.Builder("what-if", header.toArray(String[]::new));
        long best = r.mostGenerous().totals().reimbursable();
        for (InsurerOutcome o : withAsDeclared(r)) {
            var s = o.totals();
            List<Cell> row =
                    new ArrayList<>(
                            List.of(
                                    Cell.text(
                                            o.insurerId().isEmpty()
                                                    ? "as-declared"
                                                    : o.insurerId()),
                                    Cell.text(name(o, w)),
                                    Cell.text(o.uzovi()),
                                    Cell.num(r.clientMonths()),
                                    Cell.num(s.claimed()),
                                    Cell.num(eurCell(s.claimed())),
                                    Cell.num(s.reimbursable()),
                                    Cell.num(eurCell(s.reimbursable())),
                                    Cell.num(eurCell(r.perClientMonth(s.reimbursable()))),
                                    Cell.num(s.atRisk()),
                                    Cell.num(eurCell(s.atRisk())),
                                    Cell.num(s.unchecked()),
                                    Cell.num(s.costGap()),
                                    Cell.num(eurCell(s.costGap())),
                                    Cell.num(eurCell(best - s.reimbursable()))));
            for (FindingCode c : FindingCode.values()) {
                row.add(Cell.num(o.findings(c)));
            }
            row.addAll(
                    List.of(
                            Cell.text(o.insurerId().isEmpty() ? "" : r.conditions().code()),
                            Cell.text(
                                    o.declaredTariffsCents().stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(" "))),
                            Cell.text(o.trust().code()),
                            Cell.text(w.trust(o.trust())),
                            Cell.text(r.costTrust().code()),
                            Cell.text(r.profiles())));
            t.row(row);
        }
        return t.build();
    }
}
