package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import nl.tztcheck.businesscase.BusinessCase;
import nl.tztcheck.businesscase.BusinessCaseCosts;
import nl.tztcheck.businesscase.EffectWindow;
import nl.tztcheck.businesscase.InsurerCase;
import nl.tztcheck.businesscase.RegularCareEffects;
import nl.tztcheck.businesscase.SavedMinutes;
import nl.tztcheck.businesscase.Scenario;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.comparison.report.BusinessCaseReport;
import nl.tztcheck.money.AmountParser;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code business-case}: per insurer, what one client with the technology brings the provider and
 * the insurer per month, when the one-off cost is paid back and the totals over the horizon (issue
 * 16 point 2). Thin: the computation is {@link BusinessCase}, the pages {@link BusinessCaseReport}.
 * No Spring.
 */
@Command(
        name = "business-case",
        mixinStandardHelpOptions = true,
        description =
                "Meerjarige business case per zorgverzekeraar: vergoeding, kosten en bespaarde reguliere zorg per cliënt per"
                        + " maand, de maand waarin de eenmalige kosten terugverdiend zijn en de totalen voor zorgaanbieder en verzekeraar,"
                        + " met de betrouwbaarheid bij elk bedrag.")
public final class BusinessCaseCommand implements Callable<Integer> {

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
                    "Kostenbestand met per product of categorie de maandkosten, eenmalige kosten (oneOff) en bewakingsminuten"
                            + " (monitoringMinutes), en staffCostPerHour. Standaard: ${DEFAULT-VALUE}")
    Path costs;

    @Option(
            names = {"--start", "--date"},
            paramLabel = "YYYY-MM-DD",
            description =
                    "Startdatum: de profielversie die dan geldt, bepaalt de voorwaarden van elke maand. Standaard: vandaag")
    LocalDate start;

    @Option(
            names = "--technology",
            paramLabel = "CATEGORIE",
            defaultValue = "MEDICATION",
            description =
                    "Technologiecategorie: MEDICATION, VIDEO of OTHER. Standaard: ${DEFAULT-VALUE}")
    String technology;

    @Option(
            names = "--product",
            paramLabel = "NAAM",
            description =
                    "Product (bijvoorbeeld Medido): zijn kosten en de productuitsluitingen van de verzekeraars gelden."
                            + " Standaard: de kosten van de categorie")
    String product;

    @Option(
            names = "--planned",
            paramLabel = "MINUTEN",
            description =
                    "Geplande 1062-minuten per cliënt per maand. Standaard: wat de plafonds van de verzekeraar voor de categorie toestaan")
    Integer planned;

    @Option(
            names = "--saved",
            paramLabel = "MINUTEN|observed",
            defaultValue = "0",
            description =
                    "Bespaarde reguliere V/PV-minuten per cliënt per maand, of observed (de waargenomen verandering in de"
                            + " export). Standaard: ${DEFAULT-VALUE}")
    String saved;

    @Option(
            names = "--tariff",
            paramLabel = "EURO",
            description =
                    "Afgesproken uurtarief voor 1062; betaald wordt het laagste van dit tarief en het maximumtarief."
                            + " Standaard: het maximumtarief van de verzekeraar")
    String tariff;

    @Option(
            names = "--regular-care",
            paramLabel = "V|PV",
            defaultValue = "PV",
            description =
                    "De reguliere zorg die de technologie bespaart, gewaardeerd tegen het afgesproken tarief daarvan:"
                            + " V (verpleging) of PV (persoonlijke verzorging). Standaard: ${DEFAULT-VALUE}")
    String regularCare;

    @Option(
            names = "--months",
            paramLabel = "N",
            defaultValue = "36",
            description = "Aantal maanden voor de totalen. Standaard: ${DEFAULT-VALUE}")
    int months;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/business-case",
            description = "Map voor de uitvoer. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "${env:TZT_LANG:-nl}",
            description =
                    "Taal van de pagina, de CSV-teksten en de terminal: nl (Nederlands, de standaard) of en (Engels).")
    String lang;

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            description =
                    "Met --saved observed: de export (CSV of AW319) waarvan de verandering in reguliere zorg wordt waargenomen.")
    Path claims;

    @Option(
            names = "--before",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "Met --saved observed: maanden voor de eerste 1062-maand. Standaard: ${DEFAULT-VALUE}")
    int before;

    @Option(
            names = "--after",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "Met --saved observed: maanden vanaf de eerste 1062-maand. Standaard: ${DEFAULT-VALUE}")
    int after;

    /**
     * Where {@code --saved observed} gets its figures when no {@code --claims} is given (tests
     * supply one).
     */
    private final Supplier<Optional<SavedMinutes>> observed;

    public BusinessCaseCommand() {
        this(Optional::empty);
    }

    /**
     * @param observed the observed change in regular care per insurer and technology, used for
     *     {@code --saved observed}
     */
    public BusinessCaseCommand(Supplier<Optional<SavedMinutes>> observed) {
        this.observed = observed;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(
                spec.commandLine().getErr(),
                "business-case",
                lang,
                language -> {
                    Wording w = Wording.of(BusinessCaseReport.BUNDLE, language);
                    Scenario scenario = scenario(w);
                    OptionalInt savedFixed = savedFixed(w);
                    List<InsurerCase> cases;
                    BusinessCaseCosts businessCosts;
                    ProfileSet set;
                    try {
                        set = ProfileSet.load(profiles.toAbsolutePath().normalize());
                        Path costFile = costs.toAbsolutePath().normalize();
                        CostTable table = CostFileReader.read(costFile);
                        businessCosts =
                                BusinessCaseCosts.from(
                                        table,
                                        String.valueOf(costFile.getFileName()),
                                        scenario.technology(),
                                        scenario.product());
                    } catch (InvalidProfilesException e) {
                        throw new IllegalArgumentException(e.describe(language), e);
                    }
                    if (set.nationalOn(scenario.start()).isEmpty()) {
                        throw new IllegalArgumentException(
                                w.get("mistake.national", "date", w.date(scenario.start())));
                    }
                    SavedMinutes savedMinutes =
                            savedFixed.isPresent()
                                    ? SavedMinutes.fixed(savedFixed.getAsInt())
                                    : observed(w, set);
                    cases = BusinessCase.compute(set, businessCosts, scenario, savedMinutes);
                    BusinessCaseReport.write(
                            out,
                            new BusinessCaseReport.Input(
                                    scenario, businessCosts, savedFixed, cases, set.fingerprint()),
                            language);
                    BusinessCaseTerminal.print(stdout, scenario, businessCosts, cases, w);
                    stdout.println(
                            w.get(
                                    "wrote",
                                    "files",
                                    out.resolve(BusinessCaseReport.HTML)
                                            + ", "
                                            + BusinessCaseReport.CSV
                                            + ", "
                                            + BusinessCaseReport.MONTHS_CSV));
                    stdout.flush();
                    return ExitCodes.COMPLETED;
                });
    }

    private Scenario scenario(Wording w) {
        Technology tech =
                Technology.parse(technology.trim())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                w.get("mistake.technology", "value", technology)));
        if (planned != null && planned < 0) {
            throw new IllegalArgumentException(w.get("mistake.planned", "value", planned));
        }
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException(w.get("mistake.months", "value", months));
        }
        Optional<Money> agreed =
                tariff == null
                        ? Optional.empty()
                        : Optional.of(
                                AmountParser.parse(tariff)
                                        .filter(Money::isPositive)
                                        .orElseThrow(
                                                () ->
                                                        new IllegalArgumentException(
                                                                w.get(
                                                                        "mistake.tariff",
                                                                        "value",
                                                                        tariff))));
        Scenario.RegularCare regular;
        try {
            regular = Scenario.RegularCare.valueOf(regularCare.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(w.get("mistake.regular", "value", regularCare), e);
        }
        Optional<String> named =
                Optional.ofNullable(product).map(String::trim).filter(p -> !p.isEmpty());
        return new Scenario(
                start == null ? LocalDate.now() : start,
                tech,
                named,
                planned == null ? OptionalInt.empty() : OptionalInt.of(planned),
                months,
                agreed,
                regular);
    }

    /**
     * {@code --saved observed}: the observed change in regular care of {@code --claims} (issue 16
     * point 1), per insurer and technology.
     */
    private SavedMinutes observed(Wording w, ProfileSet set) throws java.io.IOException {
        if (claims == null) {
            return observed.get()
                    .orElseThrow(() -> new IllegalArgumentException(w.get("mistake.observed")));
        }
        if (!Files.isRegularFile(claims) || !Files.isReadable(claims)) {
            throw new IllegalArgumentException(w.get("mistake.claims", "file", claims));
        }
        if (!EffectWindow.valid(before) || !EffectWindow.valid(after)) {
            throw new IllegalArgumentException(
                    w.get(
                            "mistake.window",
                            "before",
                            before,
                            "after",
                            after,
                            "max",
                            EffectWindow.MAX_MONTHS));
        }
        return RegularCareEffects.read(
                claims, set, TechnologyMapping.NONE, new EffectWindow(before, after));
    }

    /** The minutes given with --saved; empty for "observed" (Dutch: "waargenomen"). */
    private OptionalInt savedFixed(Wording w) {
        String value = saved.trim().toLowerCase(Locale.ROOT);
        if (value.equals("observed") || value.equals("waargenomen")) {
            return OptionalInt.empty();
        }
        try {
            int minutes = Integer.parseInt(value);
            if (minutes >= 0) {
                return OptionalInt.of(minutes);
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new IllegalArgumentException(w.get("mistake.saved", "value", saved));
    }
}
