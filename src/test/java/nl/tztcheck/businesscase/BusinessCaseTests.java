package nl.tztcheck.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusinessCaseTests {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    @TempDir Path dir;

    private static Scenario medido(OptionalInt planned) {
        return new Scenario(
                START,
                Technology.MEDICATION,
                Optional.of("Medido"),
                planned,
                36,
                Optional.empty(),
                Scenario.RegularCare.PV);
    }

    private List<InsurerCase> compute(
            Path profiles, String costs, Scenario scenario, SavedMinutes saved) throws IOException {
        CostTable table = CostFileReader.read(BusinessCaseFixtures.costs(dir, costs));
        BusinessCaseCosts c =
                BusinessCaseCosts.from(
                        table, "costs.yaml", scenario.technology(), scenario.product());
        return BusinessCase.compute(ProfileSet.load(profiles), c, scenario, saved);
    }

    private static InsurerCase of(List<InsurerCase> cases, String id) {
        return cases.stream().filter(c -> c.insurerId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theWorkedExampleOfTheIssueComesOutToTheCent() throws IOException {
        // given the issue's insurer (MEDICATION cap 150, ceiling PV 65.00 at 100%) and Medido's
        // costs, planned 150, saved 120
        Path profiles = BusinessCaseFixtures.profiles(dir);

        // when the business case is computed
        InsurerCase c =
                of(
                        compute(
                                profiles,
                                BusinessCaseFixtures.COSTS,
                                medido(OptionalInt.of(150)),
                                SavedMinutes.fixed(120)),
                        "example");

        // then every term is the issue's figure
        MonthlyResult m = c.month().orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.PAID);
        assertThat(m.reimbursement()).isEqualTo(Money.cents(16250));
        assertThat(m.device()).isEqualTo(Money.cents(4500));
        assertThat(m.monitoring()).isEqualTo(Money.cents(1667));
        assertThat(m.lostRegular()).isEqualTo(Money.cents(13000));
        assertThat(m.staffFreed()).isEqualTo(Money.cents(10000));
        assertThat(m.provider()).isEqualTo(Money.cents(7083));
        assertThat(c.paybackMonth()).hasValue(3);
        assertThat(c.providerTotal()).hasValue(Money.cents(239988));
        assertThat(m.insurer()).isEqualTo(Money.cents(-3250));
        assertThat(c.insurerTotal()).hasValue(Money.cents(-117000));
        // and the figures say how far to trust them: the example's terms and costs are illustrative
        assertThat(c.providerTrust()).isEqualTo(Trust.ILLUSTRATIVE);
        assertThat(c.insurerTrust()).isEqualTo(Trust.ILLUSTRATIVE);
    }

    @Test
    void thePaybackMonthIsTheFirstWhoseCumulativeResultCoversTheOneOffCost() throws IOException {
        // given the worked example
        InsurerCase c =
                of(
                        compute(
                                BusinessCaseFixtures.profiles(dir),
                                BusinessCaseFixtures.COSTS,
                                medido(OptionalInt.of(150)),
                                SavedMinutes.fixed(120)),
                        "example");

        // then after month 2 the one-off cost is not covered yet, after month 3 it is
        assertThat(c.providerCumulative(0)).hasValue(Money.cents(-15000));
        assertThat(c.providerCumulative(2).orElseThrow().cents()).isNegative();
        assertThat(c.providerCumulative(3).orElseThrow().cents()).isNotNegative();
    }

    @Test
    void withoutPlannedMinutesTheCapsOfTheInsurerAreDeclaredAndMoreIsNotPaid() throws IOException {
        // given the worked example's insurer, whose MEDICATION cap (150) is below its monthly cap
        // (390)
        Path profiles = BusinessCaseFixtures.profiles(dir);

        // when nothing is planned, or more than the cap
        MonthlyResult byDefault =
                of(
                                compute(
                                        profiles,
                                        BusinessCaseFixtures.COSTS,
                                        medido(OptionalInt.empty()),
                                        SavedMinutes.fixed(0)),
                                "example")
                        .month()
                        .orElseThrow();
        MonthlyResult tooMany =
                of(
                                compute(
                                        profiles,
                                        BusinessCaseFixtures.COSTS,
                                        medido(OptionalInt.of(200)),
                                        SavedMinutes.fixed(0)),
                                "example")
                        .month()
                        .orElseThrow();

        // then the category cap is planned and paid, and 200 planned minutes are paid as 150
        assertThat(byDefault.plannedMinutes()).isEqualTo(150);
        assertThat(byDefault.allowedMinutes()).isEqualTo(150);
        assertThat(tooMany.plannedMinutes()).isEqualTo(200);
        assertThat(tooMany.allowedMinutes()).isEqualTo(150);
        assertThat(tooMany.reimbursement()).isEqualTo(byDefault.reimbursement());
    }

    @Test
    void anAgreedTariffBelowTheCeilingIsWhatIsPaid() throws IOException {
        // given the worked example with 1062 agreed at 60.00 an hour (the ceiling is 65.00)
        Scenario s =
                new Scenario(
                        START,
                        Technology.MEDICATION,
                        Optional.of("Medido"),
                        OptionalInt.of(150),
                        36,
                        Optional.of(Money.cents(6000)),
                        Scenario.RegularCare.PV);

        // when computed
        MonthlyResult m =
                of(
                                compute(
                                        BusinessCaseFixtures.profiles(dir),
                                        BusinessCaseFixtures.COSTS,
                                        s,
                                        SavedMinutes.fixed(120)),
                                "example")
                        .month()
                        .orElseThrow();

        // then 150 minutes at 60.00 are paid
        assertThat(m.paidPerHour()).isEqualTo(Money.cents(6000));
        assertThat(m.reimbursement()).isEqualTo(Money.forMinutes(150, Money.cents(6000)));
    }

    @Test
    void aMonthlyResultThatIsNotPositiveNeverPaysBack() throws IOException {
        // given Medido at 200.00 a month and no regular care saved: the reimbursement (162.50) does
        // not cover the device
        String dear =
                BusinessCaseFixtures.COSTS.replace(
                        "Medido: {monthly: 45.00", "Medido: {monthly: 200.00");

        // when computed
        InsurerCase c =
                of(
                        compute(
                                BusinessCaseFixtures.profiles(dir),
                                dear,
                                medido(OptionalInt.of(150)),
                                SavedMinutes.fixed(0)),
                        "example");

        // then the provider loses every month, never pays back, and its 36-month total is 36 losses
        // and the one-off cost
        Money perMonth = c.month().orElseThrow().provider();
        assertThat(perMonth.cents()).isEqualTo(16250 - 20000 - 1667);
        assertThat(c.paybackMonth()).isEmpty();
        assertThat(c.providerTotal()).hasValue(Money.cents(36 * perMonth.cents() - 15000));
    }

    @Test
    void everyTermIsRoundedOnItsOwnNotTheSum() throws IOException {
        // given 1 planned and 1 saved minute, a ceiling of PV 65.10 (1 minute = 108.5 cents),
        // regular care V at 60.00
        // (100 cents) and staff at 50.10 an hour (83.5 cents); no device, monitoring or one-off
        // cost
        Path profiles = BusinessCaseFixtures.profiles(dir);
        BusinessCaseFixtures.insurer(
                profiles,
                "odd",
                "5678",
                "tariffs: {V: 60.00, PV: 65.10}\ntariffCeiling: {basis: PV}");
        String costs =
                """
                source: {title: rounding, verified: false}
                staffCostPerHour: 50.10
                categories:
                  MEDICATION: {monthly: 0.00, oneOff: 0.00, monitoringMinutes: 0}
                  VIDEO: 0.00
                  OTHER: 0.00
                """;
        Scenario s =
                new Scenario(
                        START,
                        Technology.MEDICATION,
                        Optional.empty(),
                        OptionalInt.of(1),
                        36,
                        Optional.empty(),
                        Scenario.RegularCare.V);

        // when computed
        MonthlyResult m =
                of(compute(profiles, costs, s, SavedMinutes.fixed(1)), "odd").month().orElseThrow();

        // then reimbursement 108.5 -> 109 and staff freed 83.5 -> 84 are rounded each: 109 - 100 +
        // 84 = 93 cents,
        // where rounding the exact sum (6510 - 6000 + 5010) / 60 = 92 would give one cent less
        assertThat(m.reimbursement()).isEqualTo(Money.cents(109));
        assertThat(m.lostRegular()).isEqualTo(Money.cents(100));
        assertThat(m.staffFreed()).isEqualTo(Money.cents(84));
        assertThat(m.provider()).isEqualTo(Money.cents(93));
        assertThat(Money.divideHalfUp(6510 - 6000 + 5010, 60)).isEqualTo(92);
        assertThat(m.insurer()).isEqualTo(Money.cents(100 - 109));
    }

    @Test
    void anInsurerThatPaysNothingShowsReimbursementZeroWithTheReason() throws IOException {
        // given a non-contracted insurer, one that excludes Medido and one that does not cover
        // MEDICATION
        Path profiles = BusinessCaseFixtures.profiles(dir);
        BusinessCaseFixtures.insurer(profiles, "closed", "2222", "contracted: false");
        BusinessCaseFixtures.insurer(profiles, "nomedido", "3333", "excludedProducts: [medido]");
        BusinessCaseFixtures.insurer(profiles, "videoonly", "4444", "coveredCategories: [VIDEO]");

        // when computed with 120 minutes saved
        List<InsurerCase> cases =
                compute(
                        profiles,
                        BusinessCaseFixtures.COSTS,
                        medido(OptionalInt.of(150)),
                        SavedMinutes.fixed(120));

        // then each has a reimbursement of 0, its reason, and the provider still bears the costs
        // and the lost regular revenue
        Map<String, Outcome> expected =
                Map.of(
                        "closed",
                        Outcome.NOT_CONTRACTED,
                        "nomedido",
                        Outcome.PRODUCT_EXCLUDED,
                        "videoonly",
                        Outcome.NOT_COVERED);
        expected.forEach(
                (id, outcome) -> {
                    InsurerCase c = of(cases, id);
                    MonthlyResult m = c.month().orElseThrow();
                    assertThat(c.outcome()).as(id).isEqualTo(outcome);
                    assertThat(m.allowedMinutes()).as(id).isZero();
                    assertThat(m.reimbursement()).as(id).isEqualTo(Money.ZERO);
                    assertThat(m.provider())
                            .as(id)
                            .isEqualTo(Money.cents(-4500 - 1667 - m.lostRegular().cents() + 10000));
                    assertThat(c.paybackMonth()).as(id).isEmpty();
                });
    }

    @Test
    void savedMinutesUnknownForAnInsurerGiveNoFiguresRatherThanZero() throws IOException {
        // given saved minutes known for no insurer (as an observed cell under 10 clients)
        SavedMinutes unknown = (insurer, technology) -> OptionalInt.empty();

        // when computed
        InsurerCase c =
                of(
                        compute(
                                BusinessCaseFixtures.profiles(dir),
                                BusinessCaseFixtures.COSTS,
                                medido(OptionalInt.of(150)),
                                unknown),
                        "example");

        // then the insurer is listed with its reason and without amounts
        assertThat(c.outcome()).isEqualTo(Outcome.SAVED_UNKNOWN);
        assertThat(c.month()).isEmpty();
        assertThat(c.providerTotal()).isEmpty();
        assertThat(c.paybackMonth()).isEmpty();
    }
}
