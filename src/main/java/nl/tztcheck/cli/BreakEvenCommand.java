package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.comparison.BreakEven;
import nl.tztcheck.comparison.BreakEvenRow;
import nl.tztcheck.comparison.ProductCategories;
import nl.tztcheck.comparison.output.Texts;
import nl.tztcheck.comparison.report.BreakEvenReport;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;

/**
 * {@code break-even}: per insurer and technology, the monthly hours at the insurer's ceiling, or
 * the hourly tariff at the cap, at which the reimbursement covers the technology's cost. No Spring.
 */
@Command(name = "break-even", mixinStandardHelpOptions = true,
        description = "Per insurer and technology: the monthly hours (at the insurer's ceiling) or the hourly tariff (at the cap)"
                + " at which the reimbursement would cover the technology's cost from the cost file.")
public final class BreakEvenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profiles", paramLabel = "DIR", defaultValue = "insurer-profiles",
            description = "Directory with national.yaml and one file per insurer. Default: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(names = "--costs", paramLabel = "FILE", defaultValue = "technology-costs.yaml",
            description = "Technology costs per client per month. Default: ${DEFAULT-VALUE}")
    Path costs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the versions must be valid on. Default: today")
    LocalDate date;

    @Option(names = "--claims", paramLabel = "FILE", defaultValue = "sample-claims/claims-small.csv",
            description = "An export that shows which category each product is used in (products in no line get no row)."
                    + " Default: ${DEFAULT-VALUE}")
    Path claims;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/break-even", description = "Output directory. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(spec.commandLine().getErr(), "break-even", () -> {
            ProfileSet set = ProfileSet.load(profiles.toAbsolutePath().normalize());
            CostTable table = CostFileReader.read(costs.toAbsolutePath().normalize());
            Map<Technology, SortedMap<String, String>> products = Files.isRegularFile(claims)
                    ? ProductCategories.from(claims, set, table) : Map.of();
            LocalDate on = date == null ? LocalDate.now() : date;
            List<BreakEvenRow> rows = BreakEven.compute(set, table, on, products);
            BreakEvenReport.write(out, on, rows);
            stdout.println("Break-even on " + on + " (cost per client per month; hours at the ceiling; tariff at the cap):");
            for (BreakEvenRow r : rows) {
                stdout.printf("  %-22s %-10s %-10s %12s  %s%n", r.insurerName(), r.technology(), r.product().isEmpty() ? "-" : r.product(),
                        Texts.eur(r.costCents()), r.breakEvenMinutes() < 0 ? r.status().text()
                                : Texts.hours(r.breakEvenMinutes()) + " h or " + Texts.eur(r.breakEvenTariffCents()) + "/h at "
                                        + Texts.hours(r.capMinutes()) + " h: " + r.status().text());
            }
            stdout.println("Wrote " + out.resolve(BreakEvenReport.HTML) + ", " + BreakEvenReport.CSV + ", " + BreakEvenReport.MARKDOWN);
            stdout.flush();
            return ExitCodes.COMPLETED;
        });
    }
}
