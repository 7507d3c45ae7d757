package nl.tztcheck.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
        "0, 60, 0",
        "29, 60, 0", // 0.483 rounds down
        "30, 60, 1", // exactly .5 rounds up
        "31, 60, 1",
        "89, 60, 1", // 1.483
        "90, 60, 2", // 1.5 rounds up
        "-30, 60, -1", // half away from zero for the negative side
        "-29, 60, 0",
        "7, 2, 4", // 3.5
        "5, 2, 3", // 2.5: half up, not half even
        "4, 2, 2"
    })
    void divideHalfUpRoundsHalvesUp(long numerator, long denominator, long expected) {
        // given numerator and denominator
        // when divided
        long result = Money.divideHalfUp(numerator, denominator);

        // then halves go away from zero
        assertThat(result).isEqualTo(expected);
    }

    @Test
    void divideHalfUpRefusesAZeroDenominator() {
        // given / when / then
        assertThatThrownBy(() -> Money.divideHalfUp(10, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} min at {1} cents/h = {2} cents")
    @CsvSource({
        "60, 7000, 7000", // one hour
        "90, 7000, 10500", // 105.00 (worked example m1)
        "200, 7000, 23333", // 233.333 -> 233.33 (worked example v1)
        "50, 7000, 5833", // 58.333 -> 58.33 (worked example v2 claimed)
        "40, 7000, 4667", // 46.667 -> 46.67 (worked example v2 reimbursable)
        "3, 7010, 351", // 21030 / 60 = 350.5 -> 351, half up
        "1, 30, 1", // 0.5 cent -> 1
        "1, 29, 0", // 0.483 cent -> 0
        "0, 7000, 0",
        "390, 8835, 57428"
    }) // 390 x 88.35 / 60 = 574.275 -> 574.28
    void forMinutesIsMinutesTimesTariffOverSixtyHalfUp(
            long minutes, long tariffCents, long expectedCents) {
        // given an hourly tariff
        Money tariff = Money.cents(tariffCents);

        // when the amount for some minutes is taken
        Money amount = Money.forMinutes(minutes, tariff);

        // then it is rounded half up to the cent
        assertThat(amount.cents()).isEqualTo(expectedCents);
    }

    @ParameterizedTest(name = "{0} x {1}% = {2}")
    @CsvSource({
        "7000, 100, 7000",
        "7000, 90, 6300",
        "7015, 90, 6314", // 6313.5 -> 6314
        "7005, 90, 6305", // 6304.5 -> 6305
        "7001, 90, 6301", // 6300.9 -> 6301
        "8835, 95, 8393", // 8393.25 -> 8393
        "101, 50, 51", // 50.5 -> 51
        "7000, 12.5, 875",
        "6794, 33.33, 2264"
    }) // 2264.4402 -> 2264
    void percentageRoundsHalfUp(long cents, String percentage, long expected) {
        // given an amount
        Money money = Money.cents(cents);

        // when a percentage of it is taken
        Money result = money.percentage(new BigDecimal(percentage));

        // then it is rounded half up to the cent
        assertThat(result.cents()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 0,00",
                "5 | 0,05",
                "-5 | -0,05",
                "7450 | 74,50",
                "99999 | 999,99",
                "100000 | 1.000,00",
                "123456 | 1.234,56",
                "-123456 | -1.234,56",
                "12345678 | 123.456,78",
                "123456789 | 1.234.567,89"
            })
    void dutchStringGroupsThousandsWithDotsAndUsesADecimalComma(long cents, String expected) {
        // given / when / then
        assertThat(Money.cents(cents).toDutchString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0.00", "5, 0.05", "-5, -0.05", "123456, 1234.56"})
    void plainStringIsMachineReadable(long cents, String expected) {
        // given / when / then
        assertThat(Money.cents(cents).toPlainString()).isEqualTo(expected);
    }

    @Test
    void arithmeticAndComparisonWorkOnCents() {
        // given
        Money a = Money.cents(1050);
        Money b = Money.cents(250);

        // when / then
        assertThat(a.plus(b)).isEqualTo(Money.cents(1300));
        assertThat(a.minus(b)).isEqualTo(Money.cents(800));
        assertThat(b.minus(a)).isEqualTo(Money.cents(-800));
        assertThat(a.negate()).isEqualTo(Money.cents(-1050));
        assertThat(Money.min(a, b)).isEqualTo(b);
        assertThat(Money.max(a, b)).isEqualTo(a);
        assertThat(a.compareTo(b)).isPositive();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(a.isPositive()).isTrue();
        assertThat(a.negate().isPositive()).isFalse();
        assertThat(a).hasToString("EUR 10.50");
    }

    @Test
    void overflowIsRefusedRatherThanWrappedAround() {
        // given the largest amount
        Money max = Money.cents(Long.MAX_VALUE);

        // when / then
        assertThatThrownBy(() -> max.plus(Money.cents(1))).isInstanceOf(ArithmeticException.class);
    }
}
