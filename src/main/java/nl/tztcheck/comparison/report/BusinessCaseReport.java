package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.tztcheck.businesscase.BusinessCaseCosts;
import nl.tztcheck.businesscase.InsurerCase;
import nl.tztcheck.businesscase.MonthlyResult;
import nl.tztcheck.businesscase.Scenario;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.SvgLineChart;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.Trust;

/**
 * business-case.html (tables and a line chart of the provider's cumulative result per insurer),
 * business-case.csv (one row per insurer: every term, payback and totals in cents) and
 * business-case-months.csv (the cumulative results month by month). Every amount carries its trust.
 * Texts in {@code i18n/businesscase_<nl|en>.properties}.
 */
public final class BusinessCaseReport {

    public static final String HTML = "business-case.html";
    public static final String CSV = "business-case.csv";
    public static final String MONTHS_CSV = "business-case-months.csv";
    public static final String BUNDLE = "businesscase";

    /**
     * What the pages describe.
     *
     * @param savedFixed the minutes assumed for every insurer; empty when they are the observed
     *     change per insurer
     * @param profiles the profile set's fingerprint
     */
    public record Input(
            Scenario scenario,
            BusinessCaseCosts costs,
            OptionalInt savedFixed,
            List<InsurerCase> cases,
            String profiles) {}

    private BusinessCaseReport() {}

    public static void write(Path dir, Input in, Language language) throws IOException {
        Wording w = Wording.of(BUNDLE, language);
        HtmlPage page =
                new HtmlPage(title(in.scenario(), w), language)
                        .paragraph(w.get("how"))
                        .paragraph(assumptions(in, w))
                        .paragraph(costs(in.costs(), w))
                        .muted(w.get("trust", "profiles", in.profiles()))
                        .footnotedTable(monthTable(in.cases(), w), w.get("footnotes"))
                        .footnotedTable(totalsTable(in, w), w.get("footnotes"));
        List<SvgLineChart.Series> series = series(in.cases());
        page =
                series.isEmpty()
                        ? page.muted(w.get("chart.none"))
                        : page.svg(
                                        SvgLineChart.render(
                                                w.get("chart.title"),
                                                w.get("chart.x"),
                                                series,
                                                w::eur))
                                .muted(w.get("chart.note"));
        OutputFiles.html(dir.resolve(HTML), page);
        OutputFiles.csv(dir.resolve(CSV), BusinessCaseCsv.perInsurer(in, w));
        OutputFiles.csv(dir.resolve(MONTHS_CSV), BusinessCaseCsv.perMonth(in));
    }

    public static String title(Scenario s, Wording w) {
        return w.get("title", "what", what(s, w), "date", w.date(s.start()));
    }

    /** "medicatiebegeleiding (Medido)". */
    public static String what(Scenario s, Wording w) {
        return w.technology(s.technology()) + s.product().map(p -> " (" + p + ")").orElse("");
    }

    public static String outcome(InsurerCase c, Wording w) {
        return w.get("outcome." + c.outcome().name());
    }

    /** "€ 70,83 (illustratief)". */
    public static String withTrust(Money amount, Trust trust, Wording w) {
        return w.get("withTrust", "amount", w.eur(amount.cents()), "trust", w.trust(trust));
    }

    public static String payback(InsurerCase c, Wording w) {
        OptionalInt m = c.paybackMonth();
        return m.isPresent() ? String.valueOf(m.getAsInt()) : w.get("never");
    }

    static String assumptions(Input in, Wording w) {
        Scenario s = in.scenario();
        String planned =
                s.planned().isPresent()
                        ? w.get("plannedMinutes", "minutes", s.planned().getAsInt())
                        : w.get("plannedCap");
        String saved =
                in.savedFixed().isPresent()
                        ? w.get("plannedMinutes", "minutes", in.savedFixed().getAsInt())
                        : w.get("savedObserved");
        String agreed = s.agreedTariff().map(a -> w.eur(a.cents())).orElse(w.get("agreedCeiling"));
        return w.get(
                "assumptions",
                "planned",
                planned,
                "saved",
                saved,
                "agreed",
                agreed,
                "regular",
                w.get("regular." + s.regularCare().name()),
                "months",
                s.months());
    }

    static String costs(BusinessCaseCosts c, Wording w) {
        return w.get(
                "costs",
                "trust",
                w.trust(c.trust()),
                "oneOff",
                w.eur(c.oneOff().cents()),
                "device",
                w.eur(c.device().cents()),
                "monitoring",
                c.monitoringMinutes(),
                "staff",
                w.eur(c.staffPerHour().cents()));
    }

    static Table monthTable(List<InsurerCase> cases, Wording w) {
        Table.Builder t =
                new Table.Builder(
                        w.get("table.month"),
                        w.get("col.insurer"),
                        w.get("col.outcome"),
                        w.get("col.termsTrust"),
                        w.get("col.allowed"),
                        w.get("col.reimbursement"),
                        w.get("col.device"),
                        w.get("col.monitoring"),
                        w.get("col.lost"),
                        w.get("col.freed"),
                        w.get("col.provider"),
                        w.get("col.insurerResult"));
        for (InsurerCase c : cases) {
            List<Cell> row =
                    new ArrayList<>(
                            List.of(
                                    Cell.text(name(c)),
                                    paid(c)
                                            ? Cell.text(outcome(c, w))
                                            : Cell.flagged(outcome(c, w), ""),
                                    Cell.text(w.trust(c.profileTrust()))));
            if (c.month().isEmpty()) {
                for (int i = 0; i < 8; i++) {
                    row.add(Cell.suppressed(w.get("noFigures"), outcome(c, w)));
                }
            } else {
                MonthlyResult m = c.month().get();
                row.add(
                        Cell.num(
                                w.get(
                                        "allowedOf",
                                        "allowed",
                                        m.allowedMinutes(),
                                        "planned",
                                        m.plannedMinutes())));
                row.add(Cell.num(withTrust(m.reimbursement(), c.profileTrust(), w)));
                row.add(Cell.num(withTrust(m.device(), c.costTrust(), w)));
                row.add(Cell.num(withTrust(m.monitoring(), c.costTrust(), w)));
                row.add(Cell.num(withTrust(m.lostRegular(), c.profileTrust(), w)));
                row.add(Cell.num(withTrust(m.staffFreed(), c.costTrust(), w)));
                row.add(Cell.num(withTrust(m.provider(), c.providerTrust(), w)).highlighted());
                row.add(Cell.num(withTrust(m.insurer(), c.insurerTrust(), w)));
            }
            t.row(row);
        }
        return t.build();
    }

    static Table totalsTable(Input in, Wording w) {
        int months = in.scenario().months();
        Table.Builder t =
                new Table.Builder(
                        w.get("table.totals", "months", months),
                        w.get("col.insurer"),
                        w.get("col.oneOff"),
                        w.get("col.payback"),
                        w.get("col.providerTotal", "months", months),
                        w.get("col.insurerTotal", "months", months));
        for (InsurerCase c : in.cases()) {
            t.row(
                    Cell.text(name(c)),
                    Cell.num(withTrust(c.oneOff(), c.costTrust(), w)),
                    c.month().isEmpty()
                            ? Cell.suppressed(w.get("noFigures"), outcome(c, w))
                            : Cell.num(payback(c, w)),
                    total(c.providerTotal(), c.providerTrust(), c, w),
                    total(c.insurerTotal(), c.insurerTrust(), c, w));
        }
        return t.build();
    }

    private static Cell total(Optional<Money> amount, Trust trust, InsurerCase c, Wording w) {
        return amount.map(a -> Cell.num(withTrust(a, trust, w)))
                .orElse(Cell.suppressed(w.get("noFigures"), outcome(c, w)));
    }

    /**
     * One line per insurer with figures: the cumulative provider result from month 0 (the one-off
     * cost) to the horizon.
     */
    static List<SvgLineChart.Series> series(List<InsurerCase> cases) {
        List<SvgLineChart.Series> series = new ArrayList<>();
        for (InsurerCase c : cases) {
            if (c.month().isPresent()) {
                List<Long> values = new ArrayList<>();
                for (int k = 0; k <= c.months(); k++) {
                    values.add(c.providerCumulative(k).orElseThrow().cents());
                }
                series.add(new SvgLineChart.Series(c.insurerName(), values));
            }
        }
        return series;
    }

    private static boolean paid(InsurerCase c) {
        return c.outcome() == nl.tztcheck.businesscase.Outcome.PAID;
    }

    private static String name(InsurerCase c) {
        return c.version().isEmpty() ? c.insurerName() : c.insurerName() + " (" + c.version() + ")";
    }
}
