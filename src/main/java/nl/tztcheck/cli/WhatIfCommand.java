package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.tztcheck.comparison.InsurerOutcome;
import nl.tztcheck.comparison.WhatIf;
import nl.tztcheck.comparison.WhatIfConditions;
import nl.tztcheck.comparison.WhatIfResult;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.comparison.report.WhatIfReport;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code what-if}: the same care as if every client were insured with each insurer in turn, and the
 * spread between the most and least generous insurer. In memory, no Spring.
 */
@Command(
        name = "what-if",
        mixinStandardHelpOptions = true,
        description =
                "Controleert de export alsof elke cliënt om beurten bij elke zorgverzekeraar verzekerd was, op diens"
                        + " voorwaarden (maximumtarief per uur, eigen voorwaarden vervuld of niet): per verzekeraar het vergoedbare bedrag,"
                        + " risicobedrag, kostentekort en bevindingen met de betrouwbaarheid van zijn voorwaarden, en het verschil in euro's"
                        + " en per cliënt per maand.")
public final class WhatIfCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            defaultValue = "sample-claims/claims-small.csv",
            description = "De declaratie-export (CSV of AW319). Standaard: ${DEFAULT-VALUE}")
    Path claims;

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
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/what-if",
            description = "Map voor de uitvoer. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--conditions",
            paramLabel = "met|not-met",
            defaultValue = "met",
            description =
                    "De eigen voorwaarden van elke verzekeraar (voorafgaande toestemming): met (vervuld, de standaard) of"
                            + " not-met (niet vervuld). Toestemmingen uit de export tellen nooit mee. Standaard: ${DEFAULT-VALUE}")
    String conditions;

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
                "what-if",
                lang,
                language -> {
                    WhatIfConditions assumed;
                    try {
                        assumed = WhatIfConditions.parse(conditions);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                Wording.of(WhatIfReport.BUNDLE, language)
                                        .get("conditions.unknown", "value", conditions),
                                e);
                    }
                    if (!Files.isRegularFile(claims) || !Files.isReadable(claims)) {
                        throw new IllegalArgumentException(
                                Wording.of(WhatIfReport.BUNDLE, language)
                                        .get("claims.missing", "file", claims));
                    }
                    WhatIf whatIf =
                            new WhatIf(
                                    ProfileSet.load(profiles.toAbsolutePath().normalize()),
                                    CostFileReader.read(costs.toAbsolutePath().normalize()));
                    WhatIfResult r = whatIf.run(claims, assumed);
                    WhatIfReport.write(out, r, language);
                    print(stdout, r, Wording.of(WhatIfReport.BUNDLE, language));
                    return ExitCodes.COMPLETED;
                });
    }

    private void print(PrintWriter stdout, WhatIfResult r, Wording w) {
        stdout.println(
                w.get(
                        "terminal.title",
                        "file",
                        r.claimsFile(),
                        "months",
                        r.clientMonths(),
                        "conditions",
                        w.get(
                                r.conditions() == WhatIfConditions.MET
                                        ? "conditions.met"
                                        : "conditions.notMet")));
        stdout.printf(
                "  %-22s %14s %14s %14s %14s %12s  %s%n",
                (Object[]) w.get("terminal.columns").split("\\|"));
        for (InsurerOutcome o : r.insurers()) {
            stdout.printf(
                    w.language().locale(),
                    "  %-22s %14s %14s %14s %14s %,12d  %s%n",
                    o.name(),
                    w.eur(o.totals().reimbursable()),
                    w.eur(r.perClientMonth(o.totals().reimbursable())),
                    w.eur(o.totals().atRisk()),
                    w.eur(o.totals().costGap()),
                    o.findings(),
                    w.trust(o.trust()));
        }
        stdout.println(WhatIfReport.headline(r, w.language()));
        stdout.println(WhatIfReport.assumption(r, w.language()));
        stdout.println(
                w.get(
                        "wrote",
                        "files",
                        out.resolve(WhatIfReport.HTML)
                                + ", "
                                + WhatIfReport.CSV
                                + ", "
                                + WhatIfReport.MARKDOWN));
        stdout.flush();
    }
}
