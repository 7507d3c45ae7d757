package nl.tztcheck.businesscase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Terms;

/**
 * The multi-year business case per insurer (issue 16 point 2): per client-month
 *
 * <ul>
 *   <li>reimbursement = minutes allowed x min(agreed tariff, ceiling) / 60, the minutes allowed
 *       being min(planned, monthly cap, category cap), 0 where the insurer pays nothing;
 *   <li>provider = reimbursement - device - monitoring x staff / 60 - saved x regular tariff / 60 +
 *       saved x staff / 60;
 *   <li>insurer = saved x regular tariff / 60 - reimbursement;
 * </ul>
 *
 * each term in whole cents, half up, on its own. Every insurer of the set is listed; the national
 * rule is the base their terms overlay, not a payer, so it has no row.
 */
public final class BusinessCase {

    private BusinessCase() {}

    /**
     * @throws IllegalArgumentException when no version of the national rule is valid on the start
     *     date
     */
    public static List<InsurerCase> compute(
            ProfileSet profiles, BusinessCaseCosts costs, Scenario scenario, SavedMinutes saved) {
        ProfileVersion national =
                profiles.nationalOn(scenario.start())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no version of the national rule is valid on "
                                                        + scenario.start()));
        List<InsurerCase> cases = new ArrayList<>();
        for (InsurerProfile p : profiles.insurers()) {
            Optional<ProfileVersion> version = p.versionOn(scenario.start());
            if (version.isEmpty()) {
                cases.add(
                        new InsurerCase(
                                p.id(),
                                p.name(),
                                "",
                                Outcome.NO_PROFILE,
                                Optional.empty(),
                                costs.oneOff(),
                                scenario.months(),
                                profiles.trustOn(p.id(), scenario.start()),
                                costs.trust()));
                continue;
            }
            Terms terms = version.get().settings().over(national.settings());
            OptionalInt savedMinutes = saved.perMonth(p.id(), scenario.technology());
            Outcome outcome =
                    savedMinutes.isEmpty() ? Outcome.SAVED_UNKNOWN : outcome(terms, scenario);
            Optional<MonthlyResult> month =
                    outcome.hasFigures()
                            ? Optional.of(
                                    month(terms, costs, scenario, outcome, savedMinutes.getAsInt()))
                            : Optional.empty();
            cases.add(
                    new InsurerCase(
                            p.id(),
                            p.name(),
                            version.get().version(),
                            outcome,
                            month,
                            costs.oneOff(),
                            scenario.months(),
                            profiles.trustOn(p.id(), scenario.start()),
                            costs.trust()));
        }
        return cases;
    }

    /**
     * What the insurer's caps allow for the category per client-month: min(monthly cap, category
     * cap).
     */
    static int capMinutes(Terms terms, Scenario scenario) {
        return Math.min(
                terms.monthlyCapMinutes(),
                terms.categoryCapsMinutes().getOrDefault(scenario.technology(), Integer.MAX_VALUE));
    }

    static Outcome outcome(Terms terms, Scenario scenario) {
        if (!terms.contracted()) {
            return Outcome.NOT_CONTRACTED;
        }
        if (scenario.product()
                .map(CostTable::normalise)
                .filter(terms.excludedProducts()::contains)
                .isPresent()) {
            return Outcome.PRODUCT_EXCLUDED;
        }
        boolean noCeiling =
                terms.tariffCeiling().perHour(terms.tariffs()).filter(Money::isPositive).isEmpty();
        if (!terms.coveredCategories().contains(scenario.technology())
                || noCeiling
                || capMinutes(terms, scenario) == 0) {
            return Outcome.NOT_COVERED;
        }
        return Outcome.PAID;
    }

    static MonthlyResult month(
            Terms terms, BusinessCaseCosts costs, Scenario scenario, Outcome outcome, int saved) {
        int cap = capMinutes(terms, scenario);
        int planned = scenario.planned().orElse(cap);
        Money ceiling = terms.tariffCeiling().perHour(terms.tariffs()).orElse(Money.ZERO);
        Money paidPerHour = scenario.agreedTariff().map(a -> Money.min(a, ceiling)).orElse(ceiling);
        int allowed = outcome == Outcome.PAID ? Math.min(planned, cap) : 0;
        // the profile validator requires the V and PV tariffs, so the regular tariff is always
        // there
        Money regular = terms.tariffs().getOrDefault(scenario.regularCare().name(), Money.ZERO);
        return new MonthlyResult(
                planned,
                allowed,
                saved,
                paidPerHour,
                regular,
                Money.forMinutes(allowed, paidPerHour),
                costs.device(),
                Money.forMinutes(costs.monitoringMinutes(), costs.staffPerHour()),
                Money.forMinutes(saved, regular),
                Money.forMinutes(saved, costs.staffPerHour()));
    }
}
