package nl.tztcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The euro axis of the insurer chart: round steps, a round end at or just above the largest amount.
 */
class EuroAxisTests {

    @ParameterizedTest
    @CsvSource({
        // largest cents, axis end, step: DSW's 918.00 of the small sample ends at 1,000 in steps of
        // 200
        "91800, 100000, 20000",
        // the realistic sample's largest insurer, 151,948.75, ends at 175,000 in steps of 25,000
        "15194875, 17500000, 2500000",
        "0, 100, 100",
        "1, 100, 100",
        "700, 700, 100",
        "701, 800, 200"
    })
    void endsOnARoundAmountInRoundSteps(long largest, long max, long step) {
        assertThat(EuroAxis.upTo(largest)).isEqualTo(new EuroAxis(max, step));
    }

    @Test
    void alwaysCoversTheLargestAmountInAtMostSevenStepsOfAtLeastOneEuro() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long largest = (long) Math.pow(10, random.nextDouble() * 11);
            EuroAxis axis = EuroAxis.upTo(largest);
            assertThat(axis.maxCents()).as("%d", largest).isGreaterThanOrEqualTo(largest);
            assertThat(axis.stepCents()).isGreaterThanOrEqualTo(100);
            assertThat(axis.maxCents() % axis.stepCents()).isZero();
            assertThat(axis.ticks()).hasSizeBetween(2, 8).startsWith(0L).endsWith(axis.maxCents());
            // no step too coarse: the largest amount reaches beyond the second-to-last tick, unless
            // one step is all there is
            assertThat(largest > axis.maxCents() - axis.stepCents() || axis.stepCents() == 100)
                    .as("%d", largest)
                    .isTrue();
        }
    }
}
