package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.tztcheck.businesscase.EffectCell;
import nl.tztcheck.businesscase.EffectWindow;
import nl.tztcheck.businesscase.RegularCareEffect;
import nl.tztcheck.businesscase.RegularCareEffects;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.comparison.report.RegularCareEffectReport;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.RuleTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code regular-care-effect}: regular V/PV minutes per client per month before and from the first
 * 1062 month, per insurer and technology (an observed difference, not a causal effect). In memory
 * per client, no Spring.
 */
@Command(
        name = "regular-care-effect",
        mixinStandardHelpOptions = true,
        description =
                "Per zorgverzekeraar en technologie: de reguliere minuten V/PV per cliënt per maand voor en vanaf de eerste"
                        + " 1062-maand, het verschil en de waarde daarvan tegen het PV-tarief van de verzekeraar. Een waargenomen verschil,"
                        + " geen causaal effect; cellen onder 10 cliënten worden niet getoond.")
public final class RegularCareEffectCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            defaultValue = "sample-claims/claims-realistic.csv",
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
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/regular-care-effect",
            description = "Map voor de uitvoer. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--before",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "Aantal maanden voor de eerste 1062-maand (1 tot en met 24). Standaard: ${DEFAULT-VALUE}")
    int before;

    @Option(
            names = "--after",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "Aantal maanden vanaf de eerste 1062-maand, die maand meegeteld (1 tot en met 24). Standaard: ${DEFAULT-VALUE}")
    int after;

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
                "regular-care-effect",
                lang,
                language -> {
                    Wording w = Wording.of(RegularCareEffectReport.BUNDLE, language);
                    if (!EffectWindow.valid(before) || !EffectWindow.valid(after)) {
                        throw new IllegalArgumentException(
                                w.get(
                                        "window.invalid",
                                        "before",
                                        before,
                                        "after",
                                        after,
                                        "max",
                                        EffectWindow.MAX_MONTHS));
                    }
                    if (!Files.isRegularFile(claims) || !Files.isReadable(claims)) {
                        throw new IllegalArgumentException(w.get("claims.missing", "file", claims));
                    }
                    ProfileSet set = ProfileSet.load(profiles.toAbsolutePath().normalize());
                    RegularCareEffect e =
                            RegularCareEffects.read(
                                    claims,
                                    set,
                                    TechnologyMapping.NONE,
                                    new EffectWindow(before, after));
                    RegularCareEffectReport.write(out, e, language);
                    print(stdout, e, w);
                    return ExitCodes.COMPLETED;
                });
    }

    private void print(PrintWriter stdout, RegularCareEffect e, Wording w) {
        RuleTexts figures = RuleTexts.of(w.language());
        String fewer = w.get("fewer", "min", EffectCell.MIN_CLIENTS);
        stdout.println(
                w.get(
                        "terminal.title",
                        "file",
                        e.claimsFile(),
                        "before",
                        e.window().before(),
                        "after",
                        e.window().after()));
        String format = "  %-22s %-22s %8s %8s %11s %9s %18s  %s%n";
        stdout.printf(format, (Object[]) w.get("terminal.columns").split("\\|"));
        for (EffectCell c : e.cells()) {
            stdout.printf(
                    format,
                    c.insurerName(),
                    w.technology(c.technology()),
                    c.clientsShown().isPresent()
                            ? String.valueOf(c.clientsShown().getAsLong())
                            : fewer,
                    text(c.meanBefore(), figures),
                    text(c.meanAfter(), figures),
                    text(c.change(), figures),
                    c.changeValueCents().isPresent() ? w.eur(c.changeValueCents().getAsLong()) : "",
                    RegularCareEffectReport.tariff(c, w) + " (" + w.trust(c.tariffTrust()) + ")");
        }
        if (e.cells().isEmpty()) {
            stdout.println(w.get("empty"));
        }
        stdout.println(RegularCareEffectReport.leftOut(e, w));
        stdout.println(
                w.get(
                        "wrote",
                        "files",
                        out.resolve(RegularCareEffectReport.HTML)
                                + ", "
                                + RegularCareEffectReport.CSV
                                + ", "
                                + RegularCareEffectReport.MARKDOWN));
        stdout.flush();
    }

    private static String text(Optional<BigDecimal> v, RuleTexts figures) {
        return v.map(figures::number).orElse("");
    }
}
