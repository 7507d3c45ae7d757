package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.comparison.InsurerOutcome;
import nl.tztcheck.comparison.WhatIf;
import nl.tztcheck.comparison.WhatIfResult;
import nl.tztcheck.comparison.report.WhatIfReport;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;

import static nl.tztcheck.comparison.output.Texts.eur;

/**
 * {@code what-if}: the same care as if every client were insured with each insurer in turn, and
 * the spread between the most and least generous insurer. In memory, no Spring.
 */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Checks the export as if every client were insured with each insurer in turn: per insurer the"
                + " reimbursable amount, money at risk, cost gap and findings, and the spread in euros and per client per month.")
public final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--claims", paramLabel = "FILE", defaultValue = "sample-claims/claims-small.csv",
            description = "The claims export (CSV). Default: ${DEFAULT-VALUE}")
    Path claims;

    @Option(names = "--profiles", paramLabel = "DIR", defaultValue = "insurer-profiles",
            description = "Directory with national.yaml and one file per insurer. Default: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(names = "--costs", paramLabel = "FILE", defaultValue = "technology-costs.yaml",
            description = "Technology costs per client per month. Default: ${DEFAULT-VALUE}")
    Path costs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/what-if", description = "Output directory. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(spec.commandLine().getErr(), "what-if", () -> {
            if (!Files.isRegularFile(claims) || !Files.isReadable(claims)) {
                throw new UnusableInputException(claims.toString(), 0, "", "the claims file does not exist or cannot be read",
                        "pass --claims with the path of the CSV export");
            }
            WhatIf whatIf = new WhatIf(ProfileSet.load(profiles.toAbsolutePath().normalize()),
                    CostFileReader.read(costs.toAbsolutePath().normalize()));
            WhatIfResult r = whatIf.run(claims);
            WhatIfReport.write(out, r);
            stdout.println("What if every client were insured with each insurer: " + r.claimsFile() + ", " + r.clientMonths()
                    + " client-months with technology");
            stdout.printf("  %-22s %14s %14s %14s %14s %12s%n", "insurer", "reimbursable", "per cl-month", "at risk", "cost gap", "findings");
            for (InsurerOutcome o : r.insurers()) {
                long n = o.findingsByCode().values().stream().mapToLong(Long::longValue).sum();
                stdout.printf("  %-22s %14s %14s %14s %14s %,12d%n", o.name(), eur(o.totals().reimbursable()),
                        eur(r.perClientMonth(o.totals().reimbursable())), eur(o.totals().atRisk()), eur(o.totals().costGap()), n);
            }
            stdout.println(WhatIfReport.headline(r));
            stdout.println("Wrote " + out.resolve(WhatIfReport.HTML) + ", " + WhatIfReport.CSV + ", " + WhatIfReport.MARKDOWN);
            stdout.flush();
            return ExitCodes.COMPLETED;
        });
    }
}
