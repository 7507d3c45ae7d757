package nl.tztcheck.comparison.report;

import static nl.tztcheck.comparison.output.Texts.eur;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.comparison.DimensionAggregate;
import nl.tztcheck.comparison.EvidenceBuilder;
import nl.tztcheck.comparison.EvidenceCell;
import nl.tztcheck.comparison.EvidenceGroup;
import nl.tztcheck.comparison.InsurerAggregate;
import nl.tztcheck.comparison.MatrixRow;
import nl.tztcheck.comparison.NationalEvidence;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.SvgBarChart;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * national-evidence.html (tables and inline SVG charts) and national-evidence.csv, in the user's
 * language (bundle {@code aggregate}). A figure every provider suppressed is shown as "&lt; 10",
 * greyed, never as 0; every figure says at how many providers it was published and suppressed, and
 * the trust of the conditions behind it. Longer than most classes: one page, three views.
 */
public final class AggregateReport {

    public static final String HTML = "national-evidence.html";
    public static final String CSV = "national-evidence.csv";
    static final String BUNDLE = "aggregate";

    private final NationalEvidence n;
    private final Messages t;
    private final Language lang;

    private AggregateReport(NationalEvidence n, Language lang) {
        this.n = n;
        this.lang = lang;
        this.t = Messages.of(BUNDLE, lang);
    }

    public static String providersLine(NationalEvidence n, Language lang) {
        Messages t = Messages.of(BUNDLE, lang);
        return t.get(
                "providers",
                "providers",
                n.providers(),
                "first",
                n.firstMonth(),
                "last",
                n.lastMonth(),
                "named",
                n.namedProviders().isEmpty()
                        ? t.get("providers.none")
                        : String.join(", ", n.namedProviders()),
                "anonymous",
                n.anonymousProviders());
    }

    public static void write(Path dir, NationalEvidence n, Language lang) throws IOException {
        AggregateReport r = new AggregateReport(n, lang);
        OutputFiles.html(dir.resolve(HTML), r.page());
        OutputFiles.csv(dir.resolve(CSV), r.csv());
    }

    private HtmlPage page() {
        return new HtmlPage(t.get("title"), lang)
                .headline(providersLine(n, lang))
                .paragraph(t.get("trust.line", "trust", n.trust().label(lang)))
                .table(profileSets())
                .paragraph(t.get("intro", "min", EvidenceBuilder.MIN_CLIENTS))
                .paragraph(t.get("intro.money"))
                .svg(
                        SvgBarChart.render(
                                t.get("chart.atRisk"),
                                moneyBars(
                                        i -> i.cause(EvidenceGroup.INSURER_CONDITIONS),
                                        EvidenceCell::cents)))
                .svg(
                        SvgBarChart.render(
                                t.get("chart.costGap"),
                                moneyBars(
                                        InsurerAggregate::costGap,
                                        EvidenceCell::beyondOverlapCents)))
                .svg(SvgBarChart.render(t.get("chart.months"), monthBars()))
                .table(insurers())
                .table(conditions())
                .table(costGaps())
                .table(providerSide());
    }

    // ---- cells

    private String suppressedNote(int suppressed) {
        return t.get(
                "suppressed.note", "suppressed", suppressed, "min", EvidenceBuilder.MIN_CLIENTS);
    }

    private Cell hidden(int suppressed) {
        return Cell.suppressed(
                t.get("suppressed", "min", EvidenceBuilder.MIN_CLIENTS),
                suppressedNote(suppressed));
    }

    /**
     * A figure of an aggregate: "< 10" when every provider suppressed it, else the sum with a note
     * on the suppressed.
     */
    private Cell figure(DimensionAggregate d, String text) {
        if (d.onlySuppressed()) {
            return hidden(d.suppressedProviders());
        }
        Cell c = Cell.num(text);
        return d.suppressedProviders() > 0
                ? c.withNote(suppressedNote(d.suppressedProviders()))
                : c;
    }

    private Cell providers(int published, int suppressed) {
        return Cell.num(
                suppressed == 0
                        ? t.get("providers.cell", "providers", published)
                        : t.get(
                                "providers.cellPartly",
                                "providers",
                                published,
                                "suppressed",
                                suppressed));
    }

    private Cell trust(nl.tztcheck.profiles.Trust trust) {
        return Cell.text(trust.label(lang));
    }

    private String dimension(FindingCode code) {
        return code == FindingCode.COST_GAP
                ? t.get("dimension.COST_GAP")
                : MatrixRow.of(code).map(r -> t.get("dimension." + r.name())).orElse(code.name());
    }

    // ---- charts

    private List<SvgBarChart.Bar> moneyBars(
            java.util.function.Function<InsurerAggregate, DimensionAggregate> of,
            java.util.function.ToLongFunction<EvidenceCell> cents) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (InsurerAggregate i : n.insurers()) {
            DimensionAggregate d = of.apply(i);
            int suppressed = d.suppressedProviders() + i.suppressedProviders();
            String label = i.name() + " (" + i.trust().label(lang) + ")";
            if (d.providers() == 0 && suppressed > 0) {
                bars.add(
                        new SvgBarChart.Bar(
                                label,
                                0,
                                t.get("suppressed.long", "min", EvidenceBuilder.MIN_CLIENTS),
                                true));
                continue;
            }
            long value = cents.applyAsLong(d.total());
            String text =
                    suppressed == 0
                            ? eur(value)
                            : t.get("chart.partly", "value", eur(value), "suppressed", suppressed);
            bars.add(new SvgBarChart.Bar(label, value, text));
        }
        return bars;
    }

    private List<SvgBarChart.Bar> monthBars() {
        Map<FindingCode, DimensionAggregate> byCode = new EnumMap<>(FindingCode.class);
        n.insurers()
                .forEach(
                        i ->
                                i.findings()
                                        .forEach(
                                                (code, d) -> {
                                                    if (EvidenceGroup.of(code)
                                                            != EvidenceGroup.PROVIDER_SIDE) {
                                                        byCode.merge(
                                                                code, d, DimensionAggregate::plus);
                                                    }
                                                }));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        byCode.forEach(
                (code, d) -> {
                    String label = dimension(code);
                    if (d.onlySuppressed()) {
                        bars.add(
                                new SvgBarChart.Bar(
                                        label,
                                        0,
                                        t.get(
                                                "suppressed.long",
                                                "min",
                                                EvidenceBuilder.MIN_CLIENTS),
                                        true));
                        return;
                    }
                    String value = t.get("chart.monthsValue", "months", d.total().clientMonths());
                    bars.add(
                            new SvgBarChart.Bar(
                                    label,
                                    d.total().clientMonths(),
                                    d.suppressedProviders() == 0
                                            ? value
                                            : t.get(
                                                    "chart.partly",
                                                    "value",
                                                    value,
                                                    "suppressed",
                                                    d.suppressedProviders())));
                });
        return bars;
    }

    // ---- tables

    private Table profileSets() {
        Table.Builder b =
                new Table.Builder(
                        t.get("sets.title"),
                        t.get("sets.fingerprint"),
                        t.get("sets.trust"),
                        t.get("sets.named"),
                        t.get("sets.anonymous"));
        for (NationalEvidence.ProfileSetUse s : n.profileSets()) {
            b.row(
                    Cell.text(s.fingerprint()),
                    trust(s.trust()),
                    Cell.text(
                            s.namedProviders().isEmpty()
                                    ? t.get("providers.none")
                                    : String.join(", ", s.namedProviders())),
                    Cell.num(s.anonymousProviders()));
        }
        return b.build();
    }

    private Table insurers() {
        Table.Builder b =
                new Table.Builder(
                        t.get("insurers.title"),
                        t.get("col.insurer"),
                        t.get("col.trust"),
                        t.get("col.providers"),
                        t.get("col.clients"),
                        t.get("col.clientMonths"),
                        t.get("col.claimed"),
                        t.get("col.reimbursable"),
                        t.get("col.atRisk"),
                        t.get("col.atRiskInsurer"),
                        t.get("col.atRiskProvider"),
                        t.get("col.atRiskHidden"),
                        t.get("col.costGap"),
                        t.get("col.overlap"),
                        t.get("col.beyond"));
        for (InsurerAggregate i : n.insurers()) {
            DimensionAggregate whole =
                    new DimensionAggregate(
                            i.providers(), i.suppressedProviders(), EvidenceCell.ZERO);
            var f = i.figures();
            DimensionAggregate ins = i.cause(EvidenceGroup.INSURER_CONDITIONS);
            DimensionAggregate prov = i.cause(EvidenceGroup.PROVIDER_SIDE);
            DimensionAggregate gap = i.costGap();
            long notAttributable = f.atRiskCents() - ins.total().cents() - prov.total().cents();
            DimensionAggregate rest =
                    new DimensionAggregate(
                            i.providers(),
                            ins.suppressedProviders() + prov.suppressedProviders(),
                            EvidenceCell.ZERO);
            if (i.providers() == 0) {
                List<Cell> row =
                        new ArrayList<>(
                                List.of(
                                        Cell.text(i.name()),
                                        trust(i.trust()),
                                        providers(0, i.suppressedProviders())));
                while (row.size() < 14) {
                    row.add(hidden(i.suppressedProviders()));
                }
                b.row(row);
                continue;
            }
            b.row(
                    Cell.text(i.name()),
                    trust(i.trust()),
                    providers(i.providers(), i.suppressedProviders()),
                    figure(whole, String.valueOf(f.clients())),
                    figure(whole, String.valueOf(f.clientMonths())),
                    figure(whole, eur(f.claimedCents())),
                    figure(whole, eur(f.reimbursableCents())),
                    figure(whole, eur(f.atRiskCents())).highlighted(),
                    figure(ins, eur(ins.total().cents())),
                    figure(prov, eur(prov.total().cents())),
                    figure(rest, eur(notAttributable)),
                    figure(gap, eur(gap.total().cents())).highlighted(),
                    figure(gap, eur(gap.total().overlapCents())),
                    figure(gap, eur(gap.total().beyondOverlapCents())));
        }
        return b.note(t.get("insurers.note")).build();
    }

    private Table conditions() {
        Table.Builder b =
                new Table.Builder(
                        t.get("conditions.title"),
                        t.get("col.insurer"),
                        t.get("col.dimension"),
                        t.get("col.code"),
                        t.get("col.trust"),
                        t.get("col.providers"),
                        t.get("col.clientMonths"),
                        t.get("col.findings"),
                        t.get("col.atRiskLines"));
        for (InsurerAggregate i : n.insurers()) {
            for (FindingCode code : FindingCode.values()) {
                DimensionAggregate d = i.findings().get(code);
                if (d != null && EvidenceGroup.of(code) == EvidenceGroup.INSURER_CONDITIONS) {
                    b.row(
                            Cell.text(i.name()),
                            Cell.text(dimension(code)),
                            Cell.text(code.name()),
                            trust(i.trustOf(MatrixRow.of(code).orElseThrow().dimensions())),
                            providers(d.providers(), d.suppressedProviders()),
                            figure(d, String.valueOf(d.total().clientMonths())),
                            figure(d, String.valueOf(d.total().findings())),
                            figure(d, eur(d.total().cents())));
                }
            }
        }
        return b.note(t.get("conditions.note")).build();
    }

    private Table costGaps() {
        Table.Builder b =
                new Table.Builder(
                        t.get("costGap.title"),
                        t.get("col.insurer"),
                        t.get("col.technology"),
                        t.get("col.trust"),
                        t.get("col.providers"),
                        t.get("col.clientMonths"),
                        t.get("col.costGap"),
                        t.get("col.overlap"),
                        t.get("col.beyond"));
        for (InsurerAggregate i : n.insurers()) {
            DimensionAggregate total = i.costGap();
            if (total.providers() == 0 && total.suppressedProviders() == 0) {
                continue;
            }
            EvidenceCell rest = total.total();
            int restSuppressed = 0;
            for (Technology tech : Technology.values()) {
                DimensionAggregate d = i.costGaps().get(tech);
                if (d != null) {
                    b.row(costGapRow(i, Cell.text(tech.name()), d, false));
                    rest = minus(rest, d.total());
                    restSuppressed += d.suppressedProviders();
                }
            }
            if (restSuppressed > 0) {
                DimensionAggregate r =
                        new DimensionAggregate(total.providers(), restSuppressed, rest);
                b.row(
                        costGapRow(
                                i,
                                Cell.text(
                                        t.get(
                                                "costGap.hidden",
                                                "min",
                                                EvidenceBuilder.MIN_CLIENTS)),
                                r,
                                false));
            }
            b.row(costGapRow(i, Cell.text(t.get("costGap.total")).highlighted(), total, true));
        }
        return b.note(t.get("costGap.note")).build();
    }

    /**
     * The overlap with at risk is published for the total only (per technology it would hide more
     * cells).
     */
    private List<Cell> costGapRow(
            InsurerAggregate i, Cell label, DimensionAggregate d, boolean total) {
        return List.of(
                Cell.text(i.name()),
                label,
                trust(i.trust()),
                providers(d.providers(), d.suppressedProviders()),
                figure(d, String.valueOf(d.total().clientMonths())),
                figure(d, eur(d.total().cents())),
                total ? figure(d, eur(d.total().overlapCents())) : Cell.num(""),
                total ? figure(d, eur(d.total().beyondOverlapCents())) : Cell.num(""));
    }

    /**
     * What the published total has beyond the published technology cells: the suppressed
     * technologies (no client counts).
     */
    private static EvidenceCell minus(EvidenceCell total, EvidenceCell part) {
        return new EvidenceCell(
                false,
                0,
                0,
                total.findings() - part.findings(),
                total.cents() - part.cents(),
                total.overlapCents() - part.overlapCents());
    }

    private Table providerSide() {
        Table.Builder b =
                new Table.Builder(
                        t.get("provider.title"),
                        t.get("col.insurer"),
                        t.get("col.code"),
                        t.get("col.providers"),
                        t.get("col.clientMonths"),
                        t.get("col.findings"),
                        t.get("col.atRiskLines"));
        for (InsurerAggregate i : n.insurers()) {
            for (FindingCode code : FindingCode.values()) {
                DimensionAggregate d = i.findings().get(code);
                if (d != null && EvidenceGroup.of(code) == EvidenceGroup.PROVIDER_SIDE) {
                    b.row(
                            Cell.text(i.name()),
                            Cell.text(code.name()),
                            providers(d.providers(), d.suppressedProviders()),
                            figure(d, String.valueOf(d.total().clientMonths())),
                            figure(d, String.valueOf(d.total().findings())),
                            figure(d, eur(d.total().cents())));
                }
            }
        }
        return b.note(t.get("provider.note")).build();
    }

    // ---- CSV: one row per insurer and figure; a figure every provider suppressed has "<10" and no
    // numbers

    private Table csv() {
        Table.Builder b =
                new Table.Builder(
                        "national evidence",
                        "insurer",
                        "insurer_name",
                        "group",
                        "row",
                        "dimension",
                        "trust",
                        "providers",
                        "suppressed_providers",
                        "status",
                        "clients",
                        "client_months",
                        "findings",
                        "cents",
                        "eur",
                        "overlap_cents");
        for (InsurerAggregate i : n.insurers()) {
            var f = i.figures();
            DimensionAggregate whole =
                    new DimensionAggregate(
                            i.providers(),
                            i.suppressedProviders(),
                            new EvidenceCell(
                                    false, f.clients(), f.clientMonths(), 0, f.atRiskCents()));
            b.row(csvRow(i, "total", "at_risk", t.get("col.atRisk"), i.trust(), whole, false));
            if (i.providers() == 0) {
                continue; // suppressed whole at every provider: nothing below it is known, not even
                // that it is 0
            }
            for (EvidenceGroup g :
                    List.of(EvidenceGroup.INSURER_CONDITIONS, EvidenceGroup.PROVIDER_SIDE)) {
                b.row(
                        csvRow(
                                i,
                                "total",
                                "at_risk_" + g.name().toLowerCase(java.util.Locale.ROOT),
                                t.get(
                                        g == EvidenceGroup.INSURER_CONDITIONS
                                                ? "col.atRiskInsurer"
                                                : "col.atRiskProvider"),
                                i.trust(),
                                i.cause(g),
                                false));
            }
            for (FindingCode code : FindingCode.values()) {
                DimensionAggregate d = i.findings().get(code);
                if (d != null) {
                    EvidenceGroup g = EvidenceGroup.of(code);
                    var trust =
                            g == EvidenceGroup.INSURER_CONDITIONS
                                    ? i.trustOf(MatrixRow.of(code).orElseThrow().dimensions())
                                    : i.trust();
                    b.row(
                            csvRow(
                                    i,
                                    g.name().toLowerCase(java.util.Locale.ROOT),
                                    code.name(),
                                    dimension(code),
                                    trust,
                                    d,
                                    code == FindingCode.COST_GAP));
                }
            }
            i.costGaps().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(
                            e ->
                                    b.row(
                                            csvRow(
                                                    i,
                                                    "cost_gap",
                                                    "COST_GAP " + e.getKey(),
                                                    dimension(FindingCode.COST_GAP)
                                                            + " "
                                                            + e.getKey(),
                                                    i.trust(),
                                                    e.getValue(),
                                                    false)));
        }
        return b.build();
    }

    private List<Cell> csvRow(
            InsurerAggregate i,
            String group,
            String row,
            String dimension,
            nl.tztcheck.profiles.Trust trust,
            DimensionAggregate d,
            boolean overlap) {
        List<Cell> cells =
                new ArrayList<>(
                        List.of(
                                Cell.text(i.insurer()),
                                Cell.text(i.name()),
                                Cell.text(group),
                                Cell.text(row),
                                Cell.text(dimension),
                                Cell.text(trust.code()),
                                Cell.num(d.providers()),
                                Cell.num(d.suppressedProviders())));
        if (d.onlySuppressed()) {
            cells.addAll(
                    List.of(
                            Cell.text("suppressed"),
                            Cell.text("<" + EvidenceBuilder.MIN_CLIENTS),
                            Cell.text(""),
                            Cell.text(""),
                            Cell.text(""),
                            Cell.text(""),
                            Cell.text("")));
            return cells;
        }
        EvidenceCell c = d.total();
        cells.addAll(
                List.of(
                        Cell.text(d.suppressedProviders() > 0 ? "partly_suppressed" : "published"),
                        Cell.num(c.clients()),
                        Cell.num(c.clientMonths()),
                        Cell.num(c.findings()),
                        Cell.num(c.cents()),
                        Cell.num(nl.tztcheck.comparison.output.Texts.eurCell(c.cents())),
                        Cell.num(overlap ? String.valueOf(c.overlapCents()) : "")));
        return cells;
    }
}
