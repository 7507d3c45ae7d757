package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.tztcheck.comparison.InsurerOutcome;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;
import nl.tztcheck.reports.Totals;
import nl.tztcheck.testing.Gen;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec 3.6 over generated exports (seeded, see {@link Gen}): whatever the minutes, tariffs,
 * declared amounts, insurers (capped, split, above or below the ceiling, uncontracted, without a
 * profile), credits and duplicates, every line counted in the totals has {@code 0 <= reimbursable
 * <= claimed} and {@code at_risk >= 0}, its money reconciles, and the money left unclaimed is on
 * its AMOUNT_MISMATCH finding exactly when the amount is declared below the tariff.
 */
class LineMoneyPropertyTests {

    @TempDir Path dir;

    /**
     * Test profiles of {@link RuleFixtures}: pooled, split, closed, strict, fixed, lower 90%, V,
     * higher, none.
     */
    private static final List<String> UZOVI =
            List.of("1111", "2222", "3333", "4444", "5555", "6666", "7777", "8888", "9999");

    private static final List<String> TECHNOLOGY = List.of("MEDICATION", "VIDEO", "OTHER");
    private static final List<String> PRODUCT = List.of("", "Medido", "Pillbox", "BadBox");

    static Stream<Gen.Case> cases() {
        return Gen.cases(60);
    }

    /**
     * One export: a few clients, two months, lines of every shape; amounts around, above and far
     * below the tariff.
     */
    private static String export(Random r) {
        Gen<Integer> lineCount = Gen.integers(1, 40);
        Gen<Integer> minutes = Gen.integers(1, 400);
        Gen<Integer> tariffCents = Gen.integers(1, 12_000);
        Gen<Integer> day = Gen.integers(1, 28);
        Gen<Integer> percent = Gen.integers(0, 200);
        List<String> rows = new ArrayList<>();
        List<String> debits = new ArrayList<>();
        int n = lineCount.next(r);
        for (int i = 0; i < n; i++) {
            String id = "L" + i;
            int min = minutes.next(r);
            long tariff = tariffCents.next(r);
            long expected = Money.forMinutes(min, Money.cents(tariff)).cents();
            String amount =
                    switch (r.nextInt(4)) {
                        case 0 -> "";
                        case 1 -> money(expected);
                        default -> money(Math.max(1, expected * percent.next(r) / 100));
                    };
            String date = "2024-0" + (3 + r.nextInt(2)) + "-" + String.format("%02d", day.next(r));
            boolean credit = !debits.isEmpty() && r.nextInt(8) == 0;
            String corrects = credit ? debits.get(r.nextInt(debits.size())) : "";
            String approval = r.nextBoolean() ? "A-" + i : "";
            rows.add(
                    String.join(
                            ";",
                            id,
                            "C" + r.nextInt(3),
                            "",
                            UZOVI.get(r.nextInt(UZOVI.size())),
                            "1062",
                            date,
                            String.valueOf(min),
                            money(tariff),
                            amount,
                            TECHNOLOGY.get(r.nextInt(TECHNOLOGY.size())),
                            PRODUCT.get(r.nextInt(PRODUCT.size())),
                            r.nextInt(10) == 0 ? "WLZ" : "",
                            credit ? "C" : "",
                            corrects,
                            "",
                            approval));
            if (!credit) {
                debits.add(id);
                if (r.nextInt(10) == 0) {
                    // the same care again: a duplicate
                    String[] again = rows.get(rows.size() - 1).split(";", -1);
                    again[0] = id + "d";
                    rows.add(String.join(";", again));
                }
            }
        }
        return RuleFixtures.HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static String money(long cents) {
        return Money.cents(cents).toDutchString().replace(".", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reimbursableNeverExceedsClaimedAndAtRiskIsNeverNegative(Gen.Case c) {
        // given a generated export
        String csv = export(c.random());

        // when it is checked
        CheckOutcome outcome = RuleFixtures.runFile(dir, csv);

        // then every row was read, and every line in the totals keeps 0 <= reimbursable <= claimed
        // and at risk >= 0
        assertThat(outcome.rejects()).as("%s: rejects", c).isEmpty();
        long underclaimedOfLines = 0;
        for (LineResult l : outcome.lines()) {
            String what = c + ", line " + l.line().lineId() + " " + l.status();
            if (l.status().inTotals()) {
                assertThat(l.reimbursable()).as(what).isBetween(0L, l.claimed());
                assertThat(l.atRisk()).as(what).isNotNegative();
                assertThat(l.claimed())
                        .as(what)
                        .isEqualTo(l.reimbursable() + l.atRisk() + l.unchecked());
                long shortBy = l.line().expectedAmount().cents() - l.line().amount().cents();
                if (l.line().amountDeclared() && shortBy > 1) {
                    underclaimedOfLines += shortBy;
                }
            } else {
                assertThat(l.reimbursable()).as(what).isZero();
                assertThat(l.atRisk()).as(what).isZero();
            }
        }
        // and underclaimed sits only on AMOUNT_MISMATCH, never negative, and sums to what the lines
        // left unclaimed
        for (Finding f : outcome.findings()) {
            assertThat(f.underclaimedCents())
                    .as("%s %s %s", c, f.lineId(), f.code())
                    .isNotNegative();
            assertThat(f.atRiskCents()).as("%s %s %s", c, f.lineId(), f.code()).isNotNegative();
            if (f.code() != FindingCode.AMOUNT_MISMATCH) {
                assertThat(f.underclaimedCents()).as("%s %s %s", c, f.lineId(), f.code()).isZero();
            }
        }
        // (a line in the totals declared more than a cent below minutes x tariff / 60 carries the
        // difference, once)
        Totals totals = InsurerOutcome.of("all", "all", "", outcome).totals();
        assertThat(totals.underclaimed()).as(c.toString()).isEqualTo(underclaimedOfLines);
        assertThat(totals.reconciles()).as(c.toString()).isTrue();
        assertThat(totals.atRisk()).as(c.toString()).isNotNegative();
    }
}
