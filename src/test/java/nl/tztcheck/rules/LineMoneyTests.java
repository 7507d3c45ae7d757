package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Spec step 6 directly on {@link LineMoney}: reimbursable, at risk, unchecked and underclaimed of
 * one line, in cents.
 */
class LineMoneyTests {

    /**
     * Each row: the line (minutes, hourly tariff, declared amount), what the caps allowed and the
     * ceiling; then the split.
     */
    @ParameterizedTest(
            name =
                    "{0} min at {1}, amount {2}, allowed {3}, ceiling {4}: reimbursable {5}, at risk {6}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # minutes | tariff | amount | allowed | ceiling | reimbursable | at risk
            # worked example m2: 60 of 90 minutes allowed, 75.00 cut to 70.00: 60 x 70.00 / 60 = 70.00 of 112.50
                  90  |  7500  | 11250  |    60   |  7000   |     7000     |  4250
            # worked example v2: 40 of 50 minutes at 70.00 = 46.666..., rounded half up once to 46.67 of 58.33
                  50  |  7000  |  5833  |    40   |  7000   |     4667     |  1166
            # all minutes allowed, the tariff under the ceiling: all reimbursable
                  90  |  7000  | 10500  |    90   |  7000   |    10500     |     0
            # 7 minutes at the 63.14 ceiling: 7 x 63.14 / 60 = 7.366..., rounded once to 7.37 (not 7 x a rounded 1.05 a minute)
                   7  |  6500  |   758  |     7   |  6314   |      737     |    21
            # the amount declared below minutes x tariff: never more reimbursable than claimed, so at risk is never negative
                  60  |  7000  |  5000  |    60   |  7000   |     5000     |     0
            # a partial cap with an amount declared low: the cap's 35.00 is below the 50.00 claimed
                  60  |  7000  |  5000  |    30   |  7000   |     3500     |  1500
            # nothing allowed: nothing reimbursable
                  60  |  7000  |  7000  |     0   |  7000   |        0     |  7000
            """)
    void aCheckedLineIsPaidItsAllowedMinutesAtTheCappedTariffAtMostWhatItClaims(
            int minutes,
            long tariff,
            long amount,
            int allowed,
            long ceiling,
            long reimbursable,
            long atRisk) {
        // given a line and what the caps and the ceiling leave of it
        ClaimLine line = line(minutes, tariff, amount);

        // when its money is worked out
        long paid = LineMoney.reimbursable(line, allowed, Money.cents(ceiling));
        LineResult result =
                LineMoney.result(line, LineStatus.CHECKED, "p", "v", allowed, paid, List.of());

        // then it splits as the row says and adds up to what it claims
        assertThat(result.reimbursable()).isEqualTo(reimbursable);
        assertThat(result.atRisk()).isEqualTo(atRisk);
        assertThat(result.claimed())
                .isEqualTo(amount)
                .isEqualTo(result.reimbursable() + result.atRisk() + result.unchecked());
        assertThat(result.allowedMinutes()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INELIGIBLE, 0, 11250, 0",
        "DUPLICATE, 0, 11250, 0",
        "UNCHECKED, 0, 0, 11250",
        "CANCELLED, 0, 0, 0"
    })
    void aLineNotCheckedIsAtRiskUncheckedOrOutOfTheTotalsWhole(
            LineStatus status, long reimbursable, long atRisk, long unchecked) {
        // given a line of 112.50 that was not checked; what a caller passes as allowed or
        // reimbursable does not count
        LineResult result =
                LineMoney.result(line(90, 7500, 11250), status, "", "", 90, 11250, List.of());

        assertThat(result.allowedMinutes()).isZero();
        assertThat(result.claimed()).isEqualTo(11250);
        assertThat(result.reimbursable()).isEqualTo(reimbursable);
        assertThat(result.atRisk()).isEqualTo(atRisk);
        assertThat(result.unchecked()).isEqualTo(unchecked);
    }

    @Test
    void aCreditClaimsItsAmountNegatedAndNothingElse() {
        LineResult result =
                LineMoney.result(
                        line(90, 7500, 11250), LineStatus.CREDIT, "", "", 90, 11250, List.of());

        assertThat(result.claimed()).isEqualTo(-11250);
        assertThat(List.of(result.reimbursable(), result.atRisk(), result.unchecked()))
                .containsOnly(0L);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LineStatus.class)
    void anAmountDeclaredLowIsUnderclaimedOnlyOnALineInTheTotals(LineStatus status) {
        // given 60 minutes at 70.00 (70.00 expected) declared as 50.00
        ClaimLine line = line(60, 7000, 5000);

        // then the 20.00 short is underclaimed, apart from at risk, where the line counts in the
        // totals
        Money underclaimed = LineMoney.underclaimed(line, line.expectedAmount(), status);
        assertThat(underclaimed).isEqualTo(status.inTotals() ? Money.cents(2000) : Money.ZERO);
    }

    @Test
    void anAmountDeclaredHighIsNotUnderclaimed() {
        ClaimLine line = line(60, 7000, 8000);

        assertThat(LineMoney.underclaimed(line, line.expectedAmount(), LineStatus.CHECKED))
                .isEqualTo(Money.ZERO);
    }

    @ParameterizedTest(name = "amount {0} against 70.00 expected, declared {1}: mismatch {2}")
    @CsvSource({
        "7000, true, false",
        "7001, true, false",
        "6999, true, false",
        "7002, true, true",
        "6998, true, true",
        "5000, false, false"
    })
    void anAmountMoreThanACentOffIsAMismatchWhenDeclared(
            long amount, boolean declared, boolean mismatch) {
        Money tariff = Money.cents(7000);
        ClaimLine line =
                new ClaimLine(
                        1,
                        "L",
                        "C1",
                        null,
                        "1111",
                        "1062",
                        LocalDate.of(2024, 3, 1),
                        60,
                        tariff,
                        Money.cents(amount),
                        declared,
                        Technology.OTHER,
                        null,
                        null,
                        false,
                        null,
                        false,
                        null);

        assertThat(AmountMismatchRule.applies(line)).isEqualTo(mismatch);
    }

    static ClaimLine line(int minutes, long tariffCents, long amountCents) {
        return new ClaimLine(
                1,
                "L",
                "C1",
                null,
                "1111",
                "1062",
                LocalDate.of(2024, 3, 1),
                minutes,
                Money.cents(tariffCents),
                Money.cents(amountCents),
                true,
                Technology.OTHER,
                null,
                null,
                false,
                null,
                false,
                null);
    }
}
