package nl.tztcheck.comparison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.comparison.DimensionAggregate;
import nl.tztcheck.comparison.EvidenceBuilder;
import nl.tztcheck.comparison.InsurerAggregate;
import nl.tztcheck.comparison.MatrixRow;
import nl.tztcheck.comparison.NationalEvidence;
import nl.tztcheck.comparison.output.Cell;
import nl.tztcheck.comparison.output.HtmlPage;
import nl.tztcheck.comparison.output.OutputFiles;
import nl.tztcheck.comparison.output.SvgBarChart;
import nl.tztcheck.comparison.output.Table;
import nl.tztcheck.findings.FindingCode;

import static nl.tztcheck.comparison.output.Texts.eur;
import static nl.tztcheck.comparison.output.Texts.eurCell;

/** national-evidence.html (tables and inline SVG charts) and national-evidence.csv. */
public final class AggregateReport {

    public static final String HTML = "national-evidence.html";
    public static final String CSV = "national-evidence.csv";

    private AggregateReport() {
    }

    public static String providersLine(NationalEvidence n) {
        return n.providers() + " provider(s), care " + n.firstMonth() + " to " + n.lastMonth() + "; named (opted in): "
                + (n.namedProviders().isEmpty() ? "none" : String.join(", ", n.namedProviders())) + "; anonymous: "
                + n.anonymousProviders() + ".";
    }

    public static void write(Path dir, NationalEvidence n) throws IOException {
        List<SvgBarChart.Bar> gaps = n.insurers().stream()
                .map(i -> new SvgBarChart.Bar(i.name(), i.euroGapCents(), eur(i.euroGapCents()))).toList();
        Map<MatrixRow, Long> monthsByRow = new EnumMap<>(MatrixRow.class);
        n.insurers().forEach(i -> i.findings().forEach((code, d) -> MatrixRow.of(code)
                .ifPresent(r -> monthsByRow.merge(r, d.total().clientMonths(), Long::sum))));
        List<SvgBarChart.Bar> dims = monthsByRow.entrySet().stream()
                .map(e -> new SvgBarChart.Bar(e.getKey().label(), e.getValue(), e.getValue() + " client-months")).toList();
        HtmlPage page = new HtmlPage("National evidence: thuiszorgtechnologie (1062) per insurer")
                .headline(providersLine(n))
                .paragraph("Added up from the evidence.json files of the providers. A cell covering fewer than "
                        + EvidenceBuilder.MIN_CLIENTS + " clients is suppressed in the provider's file and left out of every"
                        + " sum here; the columns 'suppressed' count the providers it happened to. Euro gap = money at risk"
                        + " plus the technology's cost not covered.")
                .svg(SvgBarChart.render("Euro gap per insurer (at risk + cost gap)", gaps))
                .svg(SvgBarChart.render("Client-months affected per dimension of the national rule, all insurers", dims))
                .table(insurers(n)).table(dimensions(n)).table(costGaps(n));
        OutputFiles.html(dir.resolve(HTML), page);
        OutputFiles.csv(dir.resolve(CSV), csv(n));
    }

    static Table insurers(NationalEvidence n) {
        Table.Builder t = new Table.Builder("Per insurer", "Insurer", "Providers", "Suppressed", "Clients", "Client-months",
                "Minutes claimed", "Minutes allowed", "Claimed", "Reimbursable", "At risk", "Cost gap", "Euro gap");
        for (InsurerAggregate i : n.insurers()) {
            var f = i.figures();
            t.row(Cell.text(i.name()), Cell.num(i.providers()), Cell.num(i.suppressedProviders()), Cell.num(f.clients()),
                    Cell.num(f.clientMonths()), Cell.num(f.minutesClaimed()), Cell.num(f.minutesAllowed()), Cell.num(eur(f.claimedCents())),
                    Cell.num(eur(f.reimbursableCents())), Cell.num(eur(f.atRiskCents())), Cell.num(eur(i.costGapCents())),
                    Cell.num(eur(i.euroGapCents())).highlighted());
        }
        return t.build();
    }

    static Table dimensions(NationalEvidence n) {
        Table.Builder t = new Table.Builder("Per insurer and dimension", "Insurer", "Dimension", "Finding code", "Providers affected",
                "Suppressed", "Client-months affected", "Findings", "At risk on these lines");
        for (InsurerAggregate i : n.insurers()) {
            for (FindingCode code : FindingCode.values()) {
                DimensionAggregate d = i.findings().get(code);
                if (d != null && MatrixRow.of(code).isPresent()) {
                    t.row(Cell.text(i.name()), Cell.text(MatrixRow.of(code).get().label()), Cell.text(code.name()),
                            Cell.num(d.providers()), Cell.num(d.suppressedProviders()), Cell.num(d.total().clientMonths()),
                            Cell.num(d.total().findings()), Cell.num(eur(d.total().cents())));
                }
            }
        }
        return t.note("A line with two findings (e.g. a cap and the tariff) counts under both: do not add the euros up across"
                + " dimensions; the per-insurer table has the totals.").build();
    }

    static Table costGaps(NationalEvidence n) {
        Table.Builder t = new Table.Builder("Cost gap per insurer and technology", "Insurer", "Technology", "Providers affected",
                "Suppressed", "Client-months with a gap", "Cost gap");
        for (InsurerAggregate i : n.insurers()) {
            for (Technology tech : Technology.values()) {
                DimensionAggregate d = i.costGaps().get(tech);
                if (d != null) {
                    t.row(Cell.text(i.name()), Cell.text(tech.name()), Cell.num(d.providers()), Cell.num(d.suppressedProviders()),
                            Cell.num(d.total().clientMonths()), Cell.num(eur(d.total().cents())));
                }
            }
        }
        return t.build();
    }

    static Table csv(NationalEvidence n) {
        Table.Builder t = new Table.Builder("national evidence", "insurer", "insurer_name", "row", "dimension", "providers",
                "suppressed_providers", "clients", "client_months", "findings", "cents", "eur");
        for (InsurerAggregate i : n.insurers()) {
            var f = i.figures();
            t.row(row(i, "total", "money at risk", i.providers(), i.suppressedProviders(), f.clients(), f.clientMonths(), 0, f.atRiskCents()));
            t.row(row(i, "total", "cost gap", i.providers(), i.suppressedProviders(), f.clients(), f.clientMonths(), 0, i.costGapCents()));
            t.row(row(i, "total", "euro gap", i.providers(), i.suppressedProviders(), f.clients(), f.clientMonths(), 0, i.euroGapCents()));
            i.findings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> t.row(row(i, e.getKey().name(),
                    MatrixRow.of(e.getKey()).map(MatrixRow::label).orElse("administration"), e.getValue())));
            i.costGaps().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> t.row(row(i, "COST_GAP " + e.getKey(),
                    "cost gap " + e.getKey(), e.getValue())));
        }
        return t.build();
    }

    private static List<Cell> row(InsurerAggregate i, String row, String dimension, DimensionAggregate d) {
        return row(i, row, dimension, d.providers(), d.suppressedProviders(), d.total().clients(), d.total().clientMonths(),
                d.total().findings(), d.total().cents());
    }

    private static List<Cell> row(InsurerAggregate i, String row, String dimension, long providers, long suppressed, long clients,
            long months, long findings, long cents) {
        return new ArrayList<>(List.of(Cell.text(i.insurer()), Cell.text(i.name()), Cell.text(row), Cell.text(dimension),
                Cell.num(providers), Cell.num(suppressed), Cell.num(clients), Cell.num(months), Cell.num(findings), Cell.num(cents),
                Cell.num(eurCell(cents))));
    }
}
