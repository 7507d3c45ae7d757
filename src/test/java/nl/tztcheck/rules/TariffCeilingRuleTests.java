package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.EffectiveProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec 3.5 directly on {@link TariffCeilingRule}: the ceiling of each test profile (their figures
 * are in the comments of src/test/resources/rules/profiles/*.yaml), whether a tariff is above it,
 * and the tariff a line is paid at.
 */
class TariffCeilingRuleTests {

    @ParameterizedTest(name = "UZOVI {0}: ceiling {1} cents")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # pooled: PV 70.00 x 100%
            1111 | 7000
            # lower90: lower of V 80.00 and PV 70.15 = 70.15, x 90% = 63.135, rounded half up once to 63.14
            6666 | 6314
            # higher: higher of V 75.00 and PV 78.00
            8888 | 7800
            # fixed: 60.00 an hour, whatever the tariffs
            5555 | 6000
            # vbasis: the national V tariff 80.00
            7777 | 8000
            """)
    void theCeilingIsTheBasisTimesThePercentageRoundedOnce(String uzovi, long cents) {
        assertThat(TariffCeilingRule.ceiling(profile(uzovi))).isEqualTo(Money.cents(cents));
    }

    @ParameterizedTest(name = "tariff {0} against 63.14: above {1}, paid at {2}")
    @CsvSource({"6313, false, 6313", "6314, false, 6314", "6315, true, 6314", "9999, true, 6314"})
    void aTariffAboveTheCeilingIsPaidAtTheCeiling(long tariffCents, boolean above, long paidCents) {
        // given the lower90 ceiling of 63.14 (worked out above) and a line at the tariff
        Money ceiling = TariffCeilingRule.ceiling(profile("6666"));
        ClaimLine line = line(60, tariffCents);

        // then only a tariff over the ceiling is above it, and the line is paid at the lower of the
        // two
        assertThat(TariffCeilingRule.exceeds(line, ceiling)).isEqualTo(above);
        assertThat(TariffCeilingRule.paidTariff(line, ceiling)).isEqualTo(Money.cents(paidCents));
    }

    static EffectiveProfile profile(String uzovi) {
        return RuleFixtures.profiles().resolve(uzovi, LocalDate.of(2024, 3, 1)).orElseThrow();
    }

    static ClaimLine line(int minutes, long tariffCents) {
        Money tariff = Money.cents(tariffCents);
        return new ClaimLine(
                1,
                "L",
                "C1",
                null,
                "6666",
                "1062",
                LocalDate.of(2024, 3, 1),
                minutes,
                tariff,
                Money.forMinutes(minutes, tariff),
                false,
                Technology.OTHER,
                null,
                null,
                false,
                null,
                false,
                null);
    }
}
