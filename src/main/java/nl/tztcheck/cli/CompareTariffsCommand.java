package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.tztcheck.comparison.report.TariffReport;
import nl.tztcheck.comparison.report.TariffTexts;
import nl.tztcheck.comparison.wlz.TariffCalculator;
import nl.tztcheck.comparison.wlz.TariffOutcome;
import nl.tztcheck.comparison.wlz.TariffSituation;
import nl.tztcheck.comparison.wlz.ZorgkantoorPolicy;
import nl.tztcheck.comparison.wlz.ZorgkantoorPolicyReader;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.AmountParser;
import nl.tztcheck.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare-tariffs}: the Wlz V&amp;V tariff percentage each zorgkantoor would give a
 * provider's situation. No Spring.
 */
@Command(
        name = "compare-tariffs",
        mixinStandardHelpOptions = true,
        description =
                "For a provider's situation, the tariff percentage (of the NZa maximum) each zorgkantoor would give for"
                        + " verpleging en verzorging (Wlz), side by side, with what the source leaves unclear.")
public final class CompareTariffsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--zorgkantoor-profiles",
            paramLabel = "DIR",
            defaultValue = "zorgkantoor-profiles",
            description = "Directory with one YAML file per zorgkantoor. Default: ${DEFAULT-VALUE}")
    Path policies;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            defaultValue = "2024-01-01",
            description = "Policies valid on this date. Default: ${DEFAULT-VALUE}")
    LocalDate date;

    @Option(names = "--new-provider", description = "A provider new to the zorgkantoor.")
    boolean newProvider;

    @Option(names = "--proven-technology", description = "Uses proven labour-saving technology.")
    boolean provenTechnology;

    @Option(
            names = "--agreed-movements",
            description = "Has agreed movements and goals with the zorgkantoor.")
    boolean agreedMovements;

    @Option(
            names = "--employer-surcharge",
            description = "Qualifies for a multi-year employer surcharge.")
    boolean employerSurcharge;

    @Option(
            names = "--essential-facilities",
            description =
                    "Has a role in essential facilities (coordination, acute care, ANW, ...).")
    boolean essentialFacilities;

    @Option(
            names = "--vpt-share",
            paramLabel = "PERCENT",
            defaultValue = "0",
            description = "Share of production as VPT. Default: ${DEFAULT-VALUE}")
    BigDecimal vptShare;

    @Option(
            names = "--mpt-share",
            paramLabel = "PERCENT",
            defaultValue = "0",
            description = "Share of production as MPT. Default: ${DEFAULT-VALUE}")
    BigDecimal mptShare;

    @Option(
            names = "--differentiation",
            paramLabel = "POINTS",
            defaultValue = "0",
            description =
                    "Expected differentiation in percentage points, clamped to each zorgkantoor's range. Default: ${DEFAULT-VALUE}")
    BigDecimal differentiation;

    @Option(
            names = "--nza-amount",
            paramLabel = "EUR",
            description =
                    "Production valued at 100%% of the NZa tariffs, to show euros (e.g. 1.000.000,00).")
    String nzaAmount;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/compare-tariffs",
            description = "Map voor de uitvoer. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "${env:TZT_LANG:-nl}",
            description =
                    "Taal van de pagina, de CSV en de terminal: nl (Nederlands) of en (Engels). Standaard: ${DEFAULT-VALUE}"
                            + " (of $TZT_LANG)")
    String lang;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(
                spec.commandLine().getErr(),
                "compare-tariffs",
                () -> {
                    TariffTexts x = TariffTexts.of(Language.parse(lang));
                    Money amount =
                            nzaAmount == null
                                    ? null
                                    : AmountParser.parse(nzaAmount)
                                            .filter(m -> m.cents() >= 0)
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalArgumentException(
                                                                    "--nza-amount '"
                                                                            + nzaAmount
                                                                            + "' is not an amount in euros"));
                    TariffSituation situation =
                            new TariffSituation(
                                    newProvider,
                                    provenTechnology,
                                    agreedMovements,
                                    employerSurcharge,
                                    essentialFacilities,
                                    vptShare,
                                    mptShare,
                                    differentiation);
                    List<TariffOutcome> outcomes = new ArrayList<>();
                    for (ZorgkantoorPolicy p : ZorgkantoorPolicyReader.readDirectory(policies)) {
                        if (p.covers(date)) {
                            outcomes.add(TariffCalculator.calculate(p, situation));
                        }
                    }
                    if (outcomes.isEmpty()) {
                        throw new IllegalArgumentException(
                                "no zorgkantoor policy is valid on " + date);
                    }
                    TariffReport.write(out, x.situation(situation), outcomes, amount, x);
                    stdout.println(
                            x.get(
                                    "terminal.header",
                                    "date",
                                    date,
                                    "situation",
                                    x.situation(situation)));
                    for (TariffOutcome o : outcomes) {
                        // each figure with its trust beside it; a conditional one with the figure
                        // without its conditions
                        stdout.printf(
                                "  %-30s %22s %20s  (%s)%s%s%n",
                                o.policy().name(),
                                x.percentage(o),
                                x.amount(o, amount),
                                o.trust().label(x.language()),
                                o.conditional()
                                        ? "  "
                                                + x.get(
                                                        "terminal.conditional",
                                                        "pct",
                                                        x.percent(o.unconditional()))
                                        : "",
                                o.unclear().isEmpty()
                                        ? ""
                                        : "  (" + x.get("terminal.unclear") + ")");
                    }
                    stdout.println(
                            x.get(
                                    "terminal.wrote",
                                    "files",
                                    out.resolve(TariffReport.HTML)
                                            + ", "
                                            + TariffReport.CSV
                                            + ", "
                                            + TariffReport.MARKDOWN));
                    stdout.flush();
                    return ExitCodes.COMPLETED;
                });
    }
}
