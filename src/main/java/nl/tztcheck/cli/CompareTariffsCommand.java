package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import nl.tztcheck.comparison.output.Texts;
import nl.tztcheck.comparison.report.TariffReport;
import nl.tztcheck.comparison.wlz.TariffCalculator;
import nl.tztcheck.comparison.wlz.TariffOutcome;
import nl.tztcheck.comparison.wlz.TariffSituation;
import nl.tztcheck.comparison.wlz.ZorgkantoorPolicy;
import nl.tztcheck.comparison.wlz.ZorgkantoorPolicyReader;
import nl.tztcheck.money.AmountParser;
import nl.tztcheck.money.Money;

/** {@code compare-tariffs}: the Wlz V&amp;V tariff percentage each zorgkantoor would give a provider's situation. No Spring. */
@Command(name = "compare-tariffs", mixinStandardHelpOptions = true,
        description = "For a provider's situation, the tariff percentage (of the NZa maximum) each zorgkantoor would give for"
                + " verpleging en verzorging (Wlz), side by side, with what the source leaves unclear.")
public final class CompareTariffsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--zorgkantoor-profiles", paramLabel = "DIR", defaultValue = "zorgkantoor-profiles",
            description = "Directory with one YAML file per zorgkantoor. Default: ${DEFAULT-VALUE}")
    Path policies;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2024-01-01",
            description = "Policies valid on this date. Default: ${DEFAULT-VALUE}")
    LocalDate date;

    @Option(names = "--new-provider", description = "A provider new to the zorgkantoor.")
    boolean newProvider;

    @Option(names = "--proven-technology", description = "Uses proven labour-saving technology.")
    boolean provenTechnology;

    @Option(names = "--agreed-movements", description = "Has agreed movements and goals with the zorgkantoor.")
    boolean agreedMovements;

    @Option(names = "--employer-surcharge", description = "Qualifies for a multi-year employer surcharge.")
    boolean employerSurcharge;

    @Option(names = "--essential-facilities", description = "Has a role in essential facilities (coordination, acute care, ANW, ...).")
    boolean essentialFacilities;

    @Option(names = "--vpt-share", paramLabel = "PERCENT", defaultValue = "0", description = "Share of production as VPT. Default: ${DEFAULT-VALUE}")
    BigDecimal vptShare;

    @Option(names = "--mpt-share", paramLabel = "PERCENT", defaultValue = "0", description = "Share of production as MPT. Default: ${DEFAULT-VALUE}")
    BigDecimal mptShare;

    @Option(names = "--differentiation", paramLabel = "POINTS", defaultValue = "0",
            description = "Expected differentiation in percentage points, clamped to each zorgkantoor's range. Default: ${DEFAULT-VALUE}")
    BigDecimal differentiation;

    @Option(names = "--nza-amount", paramLabel = "EUR", description = "Production valued at 100%% of the NZa tariffs, to show euros (e.g. 1.000.000,00).")
    String nzaAmount;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/compare-tariffs", description = "Output directory. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(spec.commandLine().getErr(), "compare-tariffs", () -> {
            Money amount = nzaAmount == null ? null : AmountParser.parse(nzaAmount).filter(m -> m.cents() >= 0)
                    .orElseThrow(() -> new IllegalArgumentException("--nza-amount '" + nzaAmount + "' is not an amount in euros"));
            TariffSituation situation = new TariffSituation(newProvider, provenTechnology, agreedMovements, employerSurcharge,
                    essentialFacilities, vptShare, mptShare, differentiation);
            List<TariffOutcome> outcomes = new ArrayList<>();
            for (ZorgkantoorPolicy p : ZorgkantoorPolicyReader.readDirectory(policies)) {
                if (p.covers(date)) {
                    outcomes.add(TariffCalculator.calculate(p, situation));
                }
            }
            if (outcomes.isEmpty()) {
                throw new IllegalArgumentException("no zorgkantoor policy is valid on " + date);
            }
            TariffReport.write(out, describe(situation), outcomes, amount);
            stdout.println("Tariff percentage per zorgkantoor on " + date + " for: " + describe(situation));
            for (TariffOutcome o : outcomes) {
                stdout.printf("  %-30s %8s %16s%s%n", o.policy().name(), Texts.percent(o.percentage()),
                        amount == null ? "" : Texts.eur(amount.percentage(o.percentage()).cents()), o.unclear().isEmpty() ? "" : "  (unclear: see report)");
            }
            stdout.println("Wrote " + out.resolve(TariffReport.HTML) + ", " + TariffReport.CSV + ", " + TariffReport.MARKDOWN);
            stdout.flush();
            return ExitCodes.COMPLETED;
        });
    }

    static String describe(TariffSituation s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.newProvider() ? "new provider" : "existing provider");
        if (s.provenTechnology()) {
            parts.add("uses proven technology");
        }
        if (s.agreedMovements()) {
            parts.add("agreed movements");
        }
        if (s.employerSurcharge()) {
            parts.add("employer surcharge");
        }
        if (s.essentialFacilities()) {
            parts.add("essential facilities");
        }
        parts.add("VPT " + Texts.percent(s.vptShare()) + ", MPT " + Texts.percent(s.mptShare()) + " of production");
        if (s.differentiation().signum() != 0) {
            parts.add("differentiation " + Texts.points(s.differentiation()));
        }
        return String.join(", ", parts);
    }
}
