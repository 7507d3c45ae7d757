package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.comparison.BreakEven;
import nl.tztcheck.comparison.BreakEvenRow;
import nl.tztcheck.comparison.ProductCategories;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.comparison.report.BreakEvenReport;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code break-even}: per insurer and technology, the monthly hours at the insurer's ceiling, or
 * the hourly tariff at the cap, at which the reimbursement covers the technology's cost. No Spring.
 */
@Command(
        name = "break-even",
        mixinStandardHelpOptions = true,
        description =
                "Per zorgverzekeraar en technologie: de uren per maand (tegen het maximumtarief) of het uurtarief (bij het"
                        + " plafond) waarbij de vergoeding de kosten uit het kostenbestand dekt, met de betrouwbaarheid van elke rij.")
public final class BreakEvenCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--profiles",
            paramLabel = "DIR",
            defaultValue = "insurer-profiles",
            description =
                    "Map met national.yaml en een bestand per zorgverzekeraar. Standaard: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(
            names = "--costs",
            paramLabel = "FILE",
            defaultValue = "technology-costs.yaml",
            description =
                    "Kosten van de technologie per cliënt per maand. Standaard: ${DEFAULT-VALUE}")
    Path costs;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "De datum waarop de versies moeten gelden. Standaard: vandaag")
    LocalDate date;

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            defaultValue = "sample-claims/claims-small.csv",
            description =
                    "Een export die laat zien in welke categorie elk product gebruikt wordt (een product in geen enkele regel"
                            + " krijgt geen rij). Standaard: ${DEFAULT-VALUE}")
    Path claims;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/break-even",
            description = "Map voor de uitvoer. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "${env:TZT_LANG:-nl}",
            description =
                    "Taal van de pagina's, de CSV-teksten en de terminal: nl (Nederlands, de standaard) of en (Engels).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(
                spec.commandLine().getErr(),
                "break-even",
                lang,
                language -> {
                    ProfileSet set = ProfileSet.load(profiles.toAbsolutePath().normalize());
                    CostTable table = CostFileReader.read(costs.toAbsolutePath().normalize());
                    Map<Technology, SortedMap<String, String>> products =
                            Files.isRegularFile(claims)
                                    ? ProductCategories.from(claims, set, table)
                                    : Map.of();
                    LocalDate on = date == null ? LocalDate.now() : date;
                    List<BreakEvenRow> rows = BreakEven.compute(set, table, on, products);
                    BreakEvenReport.write(out, on, rows, set.fingerprint(), language);
                    Wording w = Wording.of(BreakEvenReport.BUNDLE, language);
                    stdout.println(w.get("terminal.title", "date", w.date(on)));
                    for (BreakEvenRow r : rows) {
                        String status = BreakEvenReport.status(r, w);
                        stdout.printf(
                                "  %-22s %-10s %-10s %12s  %s  (%s)%n",
                                r.insurerName(),
                                r.technology(),
                                r.product().isEmpty() ? "-" : r.product(),
                                w.eur(r.costCents()),
                                r.breakEvenMinutes() < 0
                                        ? status
                                        : w.get(
                                                "terminal.row",
                                                "hours",
                                                w.hours(r.breakEvenMinutes()),
                                                "tariff",
                                                w.eur(r.breakEvenTariffCents()),
                                                "cap",
                                                w.hours(r.capMinutes()),
                                                "status",
                                                status),
                                w.trust(r.trust()));
                    }
                    stdout.println(
                            w.get(
                                    "wrote",
                                    "files",
                                    out.resolve(BreakEvenReport.HTML)
                                            + ", "
                                            + BreakEvenReport.CSV
                                            + ", "
                                            + BreakEvenReport.MARKDOWN));
                    stdout.flush();
                    return ExitCodes.COMPLETED;
                });
    }
}
