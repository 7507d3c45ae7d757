package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.TariffCeiling;
import nl.tztcheck.profiles.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec 3.4 directly on {@link CapAllocation} and the two cap rules: one client-month's lines
 * granted in turn under the split caps of the spec's worked example (MEDICATION 150, VIDEO 240,
 * monthly 390 minutes) or one pooled monthly cap.
 */
class CapAllocationTests {

    static final Terms SPLIT = caps(390, Map.of(Technology.MEDICATION, 150, Technology.VIDEO, 240));
    static final Terms POOLED = caps(390, Map.of());

    /**
     * Each row is one client-month: its lines in cap order as TECHNOLOGY:minutes ("-" for a line
     * without technology, as from AW319), then per line the minutes granted and the finding ("-"
     * for none).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # the worked example of spec 3: m1, m2 (category cap binds), v1, v2 (a tie of 40 and 40 goes to the monthly cap)
            SPLIT  | MEDICATION:90 MEDICATION:90 VIDEO:200 VIDEO:50         | 90 60 200 40   | - CATEGORY_CAP_EXCEEDED - MONTHLY_CAP_EXCEEDED
            # the earlier line gets its whole claim, the later one what is left of the category
            SPLIT  | MEDICATION:100 MEDICATION:100                           | 100 50         | - CATEGORY_CAP_EXCEEDED
            # a used-up category cap grants nothing more, though the monthly cap has room
            SPLIT  | MEDICATION:150 MEDICATION:30                            | 150 0          | - CATEGORY_CAP_EXCEEDED
            # a category the profile does not cap is held to the monthly cap only
            SPLIT  | MEDICATION:150 VIDEO:240 OTHER:10                       | 150 240 0      | - - MONTHLY_CAP_EXCEEDED
            # a line without technology counts against the monthly cap only, never a category's
            SPLIT  | -:300 MEDICATION:150 -:10                               | 300 90 0       | - MONTHLY_CAP_EXCEEDED MONTHLY_CAP_EXCEEDED
            # one pooled cap: the line that crosses it gets the finding, later ones get nothing
            POOLED | OTHER:300 VIDEO:100 MEDICATION:10                       | 300 90 0       | - MONTHLY_CAP_EXCEEDED MONTHLY_CAP_EXCEEDED
            POOLED | OTHER:390                                               | 390            | -
            """)
    void linesAreGrantedInTurnUntilACapRunsOut(
            String profile, String lines, String allowed, String findings) {
        // given a client-month's lines and its caps
        Terms settings = profile.equals("SPLIT") ? SPLIT : POOLED;
        CapAllocation caps = new CapAllocation();

        // when each line is granted in turn
        List<String> granted = new ArrayList<>();
        List<String> cutBy = new ArrayList<>();
        for (String l : lines.trim().split("\\s+")) {
            granted.add(String.valueOf(caps.grant(line(l), settings)));
            cutBy.add(caps.lastCutBy().map(FindingCode::name).orElse("-"));
        }

        // then each got what the row says, and the cap that cut it short names its finding
        assertThat(granted).containsExactlyElementsOf(Arrays.asList(allowed.trim().split("\\s+")));
        assertThat(cutBy).containsExactlyElementsOf(Arrays.asList(findings.trim().split("\\s+")));
    }

    @Test
    void aCapLoweredMidMonthGrantsNothingMoreOnceTheMonthHasUsedIt() {
        // given 300 minutes granted under a cap of 390, then a version from mid-month with a cap of
        // 200
        CapAllocation caps = new CapAllocation();
        assertThat(caps.grant(line("OTHER:300"), POOLED)).isEqualTo(300);

        // when the next line is granted under the lower cap
        int allowed = caps.grant(line("OTHER:30"), caps(200, Map.of()));

        // then it gets nothing (not a negative number of minutes) and the monthly cap names its
        // finding
        assertThat(allowed).isZero();
        assertThat(caps.lastCutBy()).contains(FindingCode.MONTHLY_CAP_EXCEEDED);
    }

    @Test
    void whatIsLeftOfACapIsNeverNegative() {
        // a version starting mid-month may set a lower cap than the month has already used
        assertThat(MonthlyCapRule.minutesLeft(caps(300, Map.of()), 390)).isZero();
        assertThat(CategoryCapRule.minutesLeft(SPLIT, Technology.MEDICATION, 200)).isZero();
        assertThat(CategoryCapRule.minutesLeft(SPLIT, Technology.MEDICATION, 100)).isEqualTo(50);
    }

    @Test
    void withoutACategoryCapTheCategoryLeavesEveryMinute() {
        assertThat(CategoryCapRule.minutesLeft(SPLIT, Technology.OTHER, 1000))
                .isEqualTo(CategoryCapRule.UNLIMITED);
        assertThat(CategoryCapRule.minutesLeft(SPLIT, null, 0))
                .isEqualTo(CategoryCapRule.UNLIMITED);
    }

    @Test
    void aLineWithoutTechnologyIsUnknownOnlyWhereCategoriesAreCapped() {
        assertThat(TechnologyUnknownRule.applies(line("-:60"), SPLIT)).isTrue();
        assertThat(TechnologyUnknownRule.applies(line("-:60"), POOLED)).isFalse();
        assertThat(TechnologyUnknownRule.applies(line("VIDEO:60"), SPLIT)).isFalse();
    }

    static Terms caps(int monthly, Map<Technology, Integer> categories) {
        // only the caps matter to the allocation; the other terms are those of a plain national
        // version
        return new Terms(
                true,
                monthly,
                categories,
                java.util.Set.of(Technology.values()),
                java.util.Set.of(),
                Map.of(),
                new TariffCeiling(nl.tztcheck.profiles.TariffBasis.PV, TariffCeiling.HUNDRED, null),
                false,
                false,
                true,
                true,
                java.util.Set.of("1062"),
                java.util.Set.of());
    }

    /** A debit of 70,00 an hour from "TECHNOLOGY:minutes"; "-" for no technology. */
    static ClaimLine line(String spec) {
        String[] parts = spec.split(":");
        Technology technology = parts[0].equals("-") ? null : Technology.valueOf(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        Money tariff = Money.cents(7000);
        return new ClaimLine(
                1,
                "L",
                "C1",
                null,
                "2222",
                "1062",
                LocalDate.of(2024, 3, 1),
                minutes,
                tariff,
                Money.forMinutes(minutes, tariff),
                false,
                technology,
                null,
                null,
                false,
                null,
                false,
                null);
    }
}
