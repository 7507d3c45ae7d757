package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec 3.7 directly on {@link CostGapRule}: what a category's technology cost in a month (test
 * costs: MEDICATION 150.00, Medido 200.00, Pillbox 80.00) and the gap left after what its lines
 * reimburse.
 */
class CostGapRuleTests {

    @ParameterizedTest(name = "cost {0}, reimbursed {1}: gap {2}")
    @CsvSource({
        // the worked example: Medido 200.00 against 105.00 + 70.00
        "20000, 17500, 2500",
        // VIDEO 25.00 against 280.00: covered, no gap
        "2500, 28000, -",
        // exactly covered: no gap
        "15000, 15000, -",
        "1, 0, 1"
    })
    void theGapIsWhatTheCostExceedsTheReimbursement(long cost, long reimbursed, String gap) {
        assertThat(
                        CostGapRule.gap(Money.cents(cost), Money.cents(reimbursed))
                                .map(Money::cents)
                                .map(String::valueOf)
                                .orElse("-"))
                .isEqualTo(gap);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # products on the lines ("-" for none)  | items as product=cents, in line order             | cost
            # the same product twice, in other case and spacing, is one item
            Medido medido Medido                    | Medido=20000                                      | 20000
            # two products are two items
            Medido Pillbox                          | Medido=20000 Pillbox=8000                         | 28000
            # lines without a product are one item at the category's cost, as is a product not in the cost file
            - - Medido Unknown                      | =15000 Medido=20000 Unknown=15000                 | 50000
            """)
    void theCostIsEachDistinctProductOnce(String products, String items, long cost) {
        // given a month's MEDICATION lines with these products
        List<LineResult> lines =
                Arrays.stream(products.trim().split("\\s+"))
                        .map(p -> result(p.equals("-") ? null : p))
                        .toList();

        // when the cost of their technology is worked out
        RuleContext.CostItems costItems =
                CostGapRule.items(
                        YearMonth.of(2024, 3), Technology.MEDICATION, lines, RuleFixtures.costs());

        // then each distinct product counts once, named as on its first line
        assertThat(costItems.items())
                .extracting(i -> i.product() + "=" + i.cost().cents())
                .containsExactlyElementsOf(Arrays.asList(items.trim().split("\\s+")));
        assertThat(CostGapRule.cost(costItems)).isEqualTo(Money.cents(cost));
    }

    @Test
    void theItemsSayWhichMonthAndCategoryTheyAreFor() {
        RuleContext.CostItems items =
                CostGapRule.items(
                        YearMonth.of(2024, 3),
                        Technology.MEDICATION,
                        List.of(result("Medido")),
                        RuleFixtures.costs());

        assertThat(items)
                .extracting(RuleContext.CostItems::month, RuleContext.CostItems::category)
                .containsExactly(YearMonth.of(2024, 3), Technology.MEDICATION);
        assertThat(items.items()).extracting(RuleContext.Item::product).containsExactly("Medido");
    }

    @Test
    void theLinesFiguresAddUpForTheFinding() {
        // given two results of a category (worked example m1 and m2)
        LineResult m1 =
                new LineResult(
                        line("Medido", 90),
                        LineStatus.CHECKED,
                        "split",
                        "2024",
                        90,
                        10500,
                        10500,
                        0,
                        0,
                        List.of());
        LineResult m2 =
                new LineResult(
                        line("Medido", 90),
                        LineStatus.CHECKED,
                        "split",
                        "2024",
                        60,
                        11250,
                        7000,
                        4250,
                        0,
                        List.of());

        // then the finding's figures are their sums
        LineSums sums = LineSums.of(List.of(m1, m2));
        assertThat(sums)
                .extracting(
                        LineSums::minutes,
                        LineSums::allowedMinutes,
                        LineSums::claimed,
                        LineSums::reimbursable,
                        LineSums::atRisk)
                .containsExactly(180, 150, 21750L, 17500L, 4250L);
    }

    static LineResult result(String product) {
        ClaimLine line = line(product, 60);
        return new LineResult(
                line, LineStatus.CHECKED, "split", "2024", 60, 7000, 7000, 0, 0, List.of());
    }

    static ClaimLine line(String product, int minutes) {
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
                true,
                Technology.MEDICATION,
                product,
                null,
                false,
                null,
                false,
                null);
    }
}
