package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.tztcheck.comparison.InsurerOutcome;
import nl.tztcheck.comparison.WhatIfResult;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.MarkdownDoc;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.findings.FindingCode;

import static nl.tztcheck.comparison.output.Texts.eur;
import static nl.tztcheck.comparison.output.Texts.eurCell;

/** what-if.html, what-if.md and what-if.csv: per insurer the money of the same care, and the spread. */
public final class WhatIfReport {

    public static final String HTML = "what-if.html";
    public static final String CSV = "what-if.csv";
    public static final String MARKDOWN = "what-if.md";

    private WhatIfReport() {
    }

    /** The sentence a provider brings to a negotiation. */
    public static String headline(WhatIfResult r) {
        InsurerOutcome most = r.mostGenerous();
        InsurerOutcome least = r.leastGenerous();
        String all = "The same care (" + r.clientMonths() + " client-months with technology) would be reimbursed "
                + eur(most.totals().reimbursable()) + " by " + most.name() + " and " + eur(least.totals().reimbursable()) + " by "
                + least.name() + ": a spread of " + eur(r.spreadCents()) + ", " + eur(r.perClientMonth(r.spreadCents()))
                + " per client per month.";
        return all + r.payingOnly().map(p -> " Among the " + p.insurers().size() + " insurers that pay anything: "
                + p.mostGenerous().name() + " " + eur(p.mostGenerous().totals().reimbursable()) + " against "
                + p.leastGenerous().name() + " " + eur(p.leastGenerous().totals().reimbursable()) + ", a spread of "
                + eur(p.spreadCents()) + ", " + eur(p.perClientMonth(p.spreadCents())) + " per client per month.").orElse("");
    }

    public static void write(Path dir, WhatIfResult r) throws IOException {
        String title = "What if every client were insured with each insurer: " + r.claimsFile();
        String how = "Every technology and regular-care line is declared to one UZOVI code of each insurer in turn and checked"
                + " exactly as 'check' does. Per client per month = the amount / " + r.clientMonths()
                + " client-months with technology, rounded half up to the cent.";
        Table money = money(r);
        Table codes = codes(r);
        OutputFiles.html(dir.resolve(HTML), new HtmlPage(title).headline(headline(r)).paragraph(how).table(money).table(codes));
        OutputFiles.markdown(dir.resolve(MARKDOWN), new MarkdownDoc(title).paragraph("**" + headline(r) + "**").paragraph(how)
                .table(money).table(codes));
        OutputFiles.csv(dir.resolve(CSV), csv(r));
    }

    static Table money(WhatIfResult r) {
        Table.Builder t = new Table.Builder("Per insurer, the same care", "Insurer", "UZOVI used", "Claimed", "Reimbursable",
                "Reimbursable per client-month", "Money at risk", "Unchecked", "Cost gap", "Cost gap per client-month");
        List<InsurerOutcome> all = new ArrayList<>(List.of(r.asDeclared()));
        all.addAll(r.insurers());
        for (InsurerOutcome o : all) {
            boolean extreme = o != r.asDeclared() && (o.equals(r.mostGenerous()) || o.equals(r.leastGenerous()));
            var s = o.totals();
            Cell reimb = Cell.num(eur(s.reimbursable()));
            t.row(Cell.text(o.name()), Cell.text(o.uzovi().isEmpty() ? "as in the export" : o.uzovi()), Cell.num(eur(s.claimed())),
                    extreme ? reimb.highlighted() : reimb, Cell.num(eur(r.perClientMonth(s.reimbursable()))), Cell.num(eur(s.atRisk())),
                    Cell.num(eur(s.unchecked())), Cell.num(eur(s.costGap())), Cell.num(eur(r.perClientMonth(s.costGap()))));
        }
        return t.note("Marked: the most and the least generous insurer. 'As declared' is the export checked as it stands.").build();
    }

    static Table codes(WhatIfResult r) {
        List<String> header = new ArrayList<>(List.of("Finding code"));
        r.insurers().forEach(o -> header.add(o.name()));
        Table.Builder t = new Table.Builder("Findings per code", header.toArray(String[]::new));
        for (FindingCode code : FindingCode.values()) {
            if (r.insurers().stream().anyMatch(o -> o.findings(code) > 0)) {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(code.name())));
                r.insurers().forEach(o -> row.add(Cell.num(o.findings(code))));
                t.row(row);
            }
        }
        return t.build();
    }

    static Table csv(WhatIfResult r) {
        List<String> header = new ArrayList<>(List.of("insurer", "name", "uzovi", "client_months", "claimed_cents", "claimed_eur",
                "reimbursable_cents", "reimbursable_eur", "reimbursable_per_client_month_eur", "at_risk_cents", "at_risk_eur",
                "unchecked_cents", "cost_gap_cents", "cost_gap_eur", "spread_to_most_generous_eur"));
        for (FindingCode c : FindingCode.values()) {
            header.add(c.name());
        }
        Table.Builder t = new Table.Builder("what-if", header.toArray(String[]::new));
        long best = r.mostGenerous().totals().reimbursable();
        List<InsurerOutcome> all = new ArrayList<>(List.of(r.asDeclared()));
        all.addAll(r.insurers());
        for (InsurerOutcome o : all) {
            var s = o.totals();
            List<Cell> row = new ArrayList<>(List.of(Cell.text(o.insurerId().isEmpty() ? "as-declared" : o.insurerId()),
                    Cell.text(o.name()), Cell.text(o.uzovi()), Cell.num(r.clientMonths()), Cell.num(s.claimed()),
                    Cell.num(eurCell(s.claimed())), Cell.num(s.reimbursable()), Cell.num(eurCell(s.reimbursable())),
                    Cell.num(eurCell(r.perClientMonth(s.reimbursable()))), Cell.num(s.atRisk()), Cell.num(eurCell(s.atRisk())),
                    Cell.num(s.unchecked()), Cell.num(s.costGap()), Cell.num(eurCell(s.costGap())),
                    Cell.num(eurCell(best - s.reimbursable()))));
            for (FindingCode c : FindingCode.values()) {
                row.add(Cell.num(o.findings(c)));
            }
            t.row(row);
        }
        return t.build();
    }
}
