package nl.tztcheck.rules;

import static nl.tztcheck.rules.RuleFixtures.findingsOf;
import static nl.tztcheck.rules.RuleFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec section 3 at its boundaries, through the whole in-memory check on small CSVs (and once
 * through GroupChecker directly). Profiles and costs: see {@link RuleFixtures}. Every expected
 * figure is worked out by hand in the comments.
 */
class GroupCheckerTests {

    @TempDir Path dir;

    /**
     * A claims row with defaults: client C1, UZOVI 1111, 1062, 2024-03-01, 60 min at 70,00, OTHER.
     */
    static final class Row {
        private final String id;
        private String client = "C1";
        private String bsn = "";
        private String uzovi = "1111";
        private String code = "1062";
        private String date = "2024-03-01";
        private String minutes = "60";
        private String tariff = "70,00";
        private String amount = "";
        private String tech = "OTHER";
        private String product = "";
        private String law = "";
        private String dc = "";
        private String corrects = "";
        private String wlz = "";
        private String approval = "";

        Row(String id) {
            this.id = id;
        }

        Row client(String v) {
            client = v;
            return this;
        }

        Row bsn(String v) {
            bsn = v;
            return this;
        }

        Row uzovi(String v) {
            uzovi = v;
            return this;
        }

        Row code(String v) {
            code = v;
            tech = v.equals("1062") ? tech : "";
            return this;
        }

        Row date(String v) {
            date = v;
            return this;
        }

        Row minutes(int v) {
            minutes = String.valueOf(v);
            return this;
        }

        Row tariff(String v) {
            tariff = v;
            return this;
        }

        Row amount(String v) {
            amount = v;
            return this;
        }

        Row tech(String v) {
            tech = v;
            return this;
        }

        Row product(String v) {
            product = v;
            return this;
        }

        Row law(String v) {
            law = v;
            return this;
        }

        Row credits(String debit) {
            dc = "C";
            corrects = debit;
            return this;
        }

        Row wlz() {
            wlz = "J";
            return this;
        }

        Row approval(String v) {
            approval = v;
            return this;
        }

        @Override
        public String toString() {
            return String.join(
                    ";", id, client, bsn, uzovi, code, date, minutes, tariff, amount, tech, product,
                    law, dc, corrects, wlz, approval);
        }
    }

    static Row row(String id) {
        return new Row(id);
    }

    private CheckOutcome run(Row... rows) {
        String[] text = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            text[i] = rows[i].toString();
        }
        CheckOutcome outcome = RuleFixtures.run(dir, text);
        assertInvariants(outcome);
        return outcome;
    }

    /**
     * Spec 3, invariants: counts reconcile, money adds up per line, and a rerun gives the same
     * findings.
     */
    private void assertInvariants(CheckOutcome outcome) {
        assertThat(outcome.counts().reconciles())
                .as("read = technology + regular + other + rejected")
                .isTrue();
        for (LineResult r : outcome.lines()) {
            if (r.status().inTotals()) {
                assertThat(r.claimed())
                        .as(
                                "claimed = reimbursable + at risk + unchecked for %s",
                                r.line().lineId())
                        .isEqualTo(r.reimbursable() + r.atRisk() + r.unchecked());
            }
        }
        CheckOutcome again = RuleFixtures.runFile(dir, readClaims());
        assertThat(again.findings())
                .as("a rerun gives the same findings")
                .isEqualTo(outcome.findings());
    }

    private String readClaims() {
        try {
            return java.nio.file.Files.readString(dir.resolve("claims.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<FindingCode> codes(CheckOutcome outcome) {
        return outcome.findings().stream().map(Finding::code).toList();
    }

    @Nested
    class MonthlyCap {

        @Test
        void exactly390MinutesIsAllowedWithoutAFinding() {
            // given one line of 390 minutes at 70.00 (pooled, ceiling PV 70.00)
            CheckOutcome outcome = run(row("a").minutes(390));

            // then all 390 are allowed and there is no finding: 390 x 70.00 / 60 = 455.00
            assertThat(outcome.findings()).isEmpty();
            LineResult a = line(outcome, "a");
            assertThat(a.allowedMinutes()).isEqualTo(390);
            assertThat(a.claimed()).isEqualTo(45500);
            assertThat(a.reimbursable()).isEqualTo(45500);
            assertThat(a.atRisk()).isZero();
        }

        @Test
        void minute391IsMonthlyCapExceededWith390Allowed() {
            // given one line of 391 minutes at 70.00
            CheckOutcome outcome = run(row("a").minutes(391));

            // then 390 allowed; claimed 391 x 7000 / 60 = 45616.67 -> 45617, reimbursable 45500, at
            // risk 117
            assertThat(outcome.findings())
                    .extracting(
                            Finding::code,
                            Finding::lineId,
                            Finding::minutesClaimed,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(
                            tuple(
                                    FindingCode.MONTHLY_CAP_EXCEEDED,
                                    "a",
                                    391,
                                    390,
                                    45617L,
                                    45500L,
                                    117L));
        }

        @Test
        void theLineThatCrossesTheCapIsFlaggedAndLaterLinesGetNothing() {
            // given, in reverse file order, a (03-01, 200 min), b (03-02, 200 min), c (03-03, 30
            // min)
            CheckOutcome outcome =
                    run(
                            row("c").date("2024-03-03").minutes(30),
                            row("b").date("2024-03-02").minutes(200),
                            row("a").date("2024-03-01").minutes(200));

            // then a gets 200, b crosses 390 and gets 190, c gets 0; both b and c are short, b
            // crossed
            assertThat(line(outcome, "a").allowedMinutes()).isEqualTo(200);
            assertThat(line(outcome, "b").allowedMinutes()).isEqualTo(190);
            assertThat(line(outcome, "c").allowedMinutes()).isZero();
            // a: 200 x 70 / 60 = 233.33; b: claimed 233.33, reimbursable 190 x 70 / 60 = 221.666 ->
            // 221.67;
            // c: 30 x 70 / 60 = 35.00, all at risk
            assertThat(outcome.findings())
                    .extracting(
                            Finding::lineId,
                            Finding::code,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(
                            tuple(
                                    "b",
                                    FindingCode.MONTHLY_CAP_EXCEEDED,
                                    190,
                                    23333L,
                                    22167L,
                                    1166L),
                            tuple("c", FindingCode.MONTHLY_CAP_EXCEEDED, 0, 3500L, 0L, 3500L));
            assertThat(line(outcome, "a").codes()).isEmpty();
        }

        @Test
        void linesOnOneDayAreCappedInLineIdTextOrder() {
            // given x2 (300 min) and x10 (310 min) on the same day, in that file order ("x10" sorts
            // before "x2")
            CheckOutcome outcome = run(row("x2").minutes(300), row("x10").minutes(310));

            // then x10 gets its 310 and x2 the remaining 80
            assertThat(line(outcome, "x10").allowedMinutes()).isEqualTo(310);
            assertThat(line(outcome, "x2").allowedMinutes()).isEqualTo(80);
            assertThat(outcome.findings()).extracting(Finding::lineId).containsExactly("x2");
        }

        @Test
        void eachClientInsurerAndMonthHasItsOwnCap() {
            // given 390 minutes for C1 in March, C1 in April, C2 in March, and C1 at another
            // insurer in March
            CheckOutcome outcome =
                    run(
                            row("a").minutes(390),
                            row("b").minutes(390).date("2024-04-01"),
                            row("c").minutes(390).client("C2"),
                            row("d").minutes(390).uzovi("7777"));

            // then none is capped
            assertThat(outcome.findings()).isEmpty();
        }
    }

    @Nested
    class CategoryCaps {

        @Test
        void aCategoryCapBindsBeforeTheMonthlyCap() {
            // given split (MEDICATION 150): one MEDICATION line of 200 minutes
            CheckOutcome outcome = run(row("m1").uzovi("2222").tech("MEDICATION").minutes(200));

            // then 150 allowed under the category cap (240 monthly left): claimed 233.33,
            // reimbursable 175.00,
            // at risk 58.33; the MEDICATION cost 150.00 is covered by 175.00, so no cost gap
            assertThat(outcome.findings())
                    .extracting(
                            Finding::lineId,
                            Finding::code,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(
                            tuple(
                                    "m1",
                                    FindingCode.CATEGORY_CAP_EXCEEDED,
                                    150,
                                    23333L,
                                    17500L,
                                    5833L));
        }

        @Test
        void theMonthlyCapBindsWhenLessIsLeftOfItThanOfTheCategory() {
            // given split: VIDEO 240 (03-01), OTHER 100 (03-02), then MEDICATION 100 (03-03)
            CheckOutcome outcome =
                    run(
                            row("v1").uzovi("2222").tech("VIDEO").minutes(240),
                            row("o1").uzovi("2222").date("2024-03-02").minutes(100),
                            row("m1")
                                    .uzovi("2222")
                                    .tech("MEDICATION")
                                    .date("2024-03-03")
                                    .minutes(100));

            // then v1 exactly fills its category cap without a finding; m1 has 150 category minutes
            // left but
            // only 390 - 340 = 50 monthly minutes: MONTHLY_CAP_EXCEEDED with 50 allowed.
            // m1: claimed 100 x 70 / 60 = 116.67, reimbursable 50 x 70 / 60 = 58.33, at risk 58.34.
            // MEDICATION cost 150.00 - 58.33 = 91.67 gap; VIDEO 25.00 - 280.00 none; OTHER costs 0.
            assertThat(outcome.findings())
                    .extracting(
                            Finding::lineId,
                            Finding::code,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents,
                            Finding::costGapCents)
                    .containsExactly(
                            tuple(
                                    "m1",
                                    FindingCode.MONTHLY_CAP_EXCEEDED,
                                    50,
                                    11667L,
                                    5833L,
                                    5834L,
                                    0L),
                            tuple("", FindingCode.COST_GAP, 50, 11667L, 5833L, 5834L, 9167L));
            assertThat(line(outcome, "v1").allowedMinutes()).isEqualTo(240);
        }

        @Test
        void aTieBetweenCategoryAndMonthlyCapGoesToTheMonthlyCap() {
            // given split: OTHER 240 (leaves 150 of the month), then MEDICATION 200 (150 of its
            // category left)
            CheckOutcome outcome =
                    run(
                            row("o1").uzovi("2222").minutes(240),
                            row("m1")
                                    .uzovi("2222")
                                    .tech("MEDICATION")
                                    .date("2024-03-02")
                                    .minutes(200));

            // then both caps have 150 left: the tie names the monthly cap
            assertThat(outcome.findings())
                    .extracting(Finding::lineId, Finding::code, Finding::minutesAllowed)
                    .containsExactly(tuple("m1", FindingCode.MONTHLY_CAP_EXCEEDED, 150));
        }

        @Test
        void theLineCrossingACategoryCapIsFlaggedLaterOnesGetNothingOtherCategoriesGoOn() {
            // given split: MEDICATION 100, 100, 20 on 03-01..03-03, then VIDEO 60 on 03-04
            CheckOutcome outcome =
                    run(
                            row("m1").uzovi("2222").tech("MEDICATION").minutes(100),
                            row("m2")
                                    .uzovi("2222")
                                    .tech("MEDICATION")
                                    .date("2024-03-02")
                                    .minutes(100),
                            row("m3")
                                    .uzovi("2222")
                                    .tech("MEDICATION")
                                    .date("2024-03-03")
                                    .minutes(20),
                            row("v1").uzovi("2222").tech("VIDEO").date("2024-03-04").minutes(60));

            // then m1 100, m2 50 (crosses 150), m3 0, and VIDEO still gets its 60.
            // m2: claimed 116.67, reimbursable 50 x 70 / 60 = 58.33, at risk 58.34; m3: 20 x 70 /
            // 60 = 23.33 at risk.
            // MEDICATION cost 150.00 < 116.67 + 58.33 = 175.00: no gap; VIDEO 25.00 < 70.00: no
            // gap.
            assertThat(outcome.findings())
                    .extracting(
                            Finding::lineId,
                            Finding::code,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(
                            tuple(
                                    "m2",
                                    FindingCode.CATEGORY_CAP_EXCEEDED,
                                    50,
                                    11667L,
                                    5833L,
                                    5834L),
                            tuple("m3", FindingCode.CATEGORY_CAP_EXCEEDED, 0, 2333L, 0L, 2333L));
            assertThat(line(outcome, "v1").allowedMinutes()).isEqualTo(60);
        }

        @Test
        void aTieThroughGroupCheckerDirectly() {
            // given the same tie as above as claim lines, without any CSV
            ClaimLine o1 = claimLine(2, "o1", LocalDate.of(2024, 3, 1), 240, Technology.OTHER);
            ClaimLine m1 = claimLine(3, "m1", LocalDate.of(2024, 3, 2), 200, Technology.MEDICATION);
            MonthGroup group =
                    new MonthGroup(
                            "C1", "2222", YearMonth.of(2024, 3), List.of(m1, o1), Map.of(), false);

            // when checked
            GroupResult result = RuleFixtures.groupChecker().check(group);

            // then the lines come out in (date, id) order and m1 is monthly capped at 150
            assertThat(result.lines())
                    .extracting(
                            r -> r.line().lineId(), LineResult::allowedMinutes, LineResult::codes)
                    .containsExactly(
                            tuple("o1", 240, List.of()),
                            tuple("m1", 150, List.of(FindingCode.MONTHLY_CAP_EXCEEDED)));
            // m1 reimbursable 150 x 70 / 60 = 175.00 of 233.33 claimed
            assertThat(result.lines().get(1).reimbursable()).isEqualTo(17500);
            assertThat(result.lines().get(1).atRisk()).isEqualTo(5833);
        }

        private ClaimLine claimLine(
                long lineNo, String id, LocalDate date, int minutes, Technology tech) {
            Money tariff = Money.cents(7000);
            return new ClaimLine(
                    lineNo,
                    id,
                    "C1",
                    null,
                    "2222",
                    "1062",
                    date,
                    minutes,
                    tariff,
                    Money.forMinutes(minutes, tariff),
                    false,
                    tech,
                    null,
                    Law.ZVW,
                    false,
                    null,
                    false,
                    null);
        }
    }

    @Nested
    class UnknownTechnology {

        private ClaimLine unknown(
                String uzovi, long lineNo, String id, LocalDate date, int minutes) {
            Money tariff = Money.cents(7000);
            return new ClaimLine(
                    lineNo,
                    id,
                    "C1",
                    null,
                    uzovi,
                    "1062",
                    date,
                    minutes,
                    tariff,
                    Money.forMinutes(minutes, tariff),
                    false,
                    null,
                    null,
                    Law.ZVW,
                    false,
                    null,
                    false,
                    null);
        }

        @Test
        void
                aLineWithoutTechnologyCountsAgainstTheMonthlyCapOnlyWithAWarningWhereCategoryCapsApply() {
            // given at split (categories capped) MEDICATION 150 (its cap full), then 100 minutes of
            // unknown technology,
            // as AW319 input gives them
            ClaimLine m1 =
                    new ClaimLine(
                            2,
                            "m1",
                            "C1",
                            null,
                            "2222",
                            "1062",
                            LocalDate.of(2024, 3, 1),
                            150,
                            Money.cents(7000),
                            Money.cents(17500),
                            false,
                            Technology.MEDICATION,
                            null,
                            Law.ZVW,
                            false,
                            null,
                            false,
                            null);
            ClaimLine u1 = unknown("2222", 3, "u1", LocalDate.of(2024, 3, 2), 100);
            MonthGroup group =
                    new MonthGroup(
                            "C1", "2222", YearMonth.of(2024, 3), List.of(m1, u1), Map.of(), false);

            // when checked
            GroupResult result = RuleFixtures.groupChecker().check(group);

            // then u1 gets all 100 minutes (no category cap binds it) and TECHNOLOGY_UNKNOWN; 100 x
            // 70 / 60 = 116.67
            assertThat(result.lines())
                    .extracting(
                            r -> r.line().lineId(),
                            LineResult::allowedMinutes,
                            LineResult::reimbursable,
                            LineResult::codes)
                    .containsExactly(
                            tuple("m1", 150, 17500L, List.of()),
                            tuple("u1", 100, 11667L, List.of(FindingCode.TECHNOLOGY_UNKNOWN)));
            // and the unknown line is in no category's cost gap (MEDICATION 150.00 < 175.00)
            assertThat(result.findings())
                    .extracting(Finding::code)
                    .containsExactly(FindingCode.TECHNOLOGY_UNKNOWN);
        }

        @Test
        void withoutCategoryCapsAnUnknownTechnologyIsNoFinding() {
            // given pooled (no category caps)
            ClaimLine u1 = unknown("1111", 2, "u1", LocalDate.of(2024, 3, 2), 400);
            MonthGroup group =
                    new MonthGroup(
                            "C1", "1111", YearMonth.of(2024, 3), List.of(u1), Map.of(), false);

            // when checked
            GroupResult result = RuleFixtures.groupChecker().check(group);

            // then only the monthly cap speaks: 390 allowed
            assertThat(result.findings())
                    .extracting(Finding::code, Finding::minutesAllowed)
                    .containsExactly(tuple(FindingCode.MONTHLY_CAP_EXCEEDED, 390));
        }
    }

    @Nested
    class Corrections {

        @Test
        void aCreditNetsItsDebitBothLeaveAndOnlyTheCreditIsFlagged() {
            // given debit d1 (60 min, 70.00), a line of 390 minutes, and credit c1 reversing d1
            CheckOutcome outcome =
                    run(
                            row("d1").amount("70,00"),
                            row("x").date("2024-03-02").minutes(390),
                            row("c1").date("2024-03-05").amount("70,00").credits("d1"));

            // then d1 is cancelled and consumes no cap, so x gets all 390; c1 carries
            // CREDIT_IN_SAME_FILE
            assertThat(line(outcome, "d1").status()).isEqualTo(LineStatus.CANCELLED);
            assertThat(line(outcome, "c1").status()).isEqualTo(LineStatus.CREDIT);
            assertThat(line(outcome, "x").allowedMinutes()).isEqualTo(390);
            assertThat(outcome.findings())
                    .extracting(
                            Finding::lineId,
                            Finding::code,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(tuple("c1", FindingCode.CREDIT_IN_SAME_FILE, -7000L, 0L, 0L));
            // and the totals (lines in totals) hold only x: 390 x 70 / 60 = 455.00
            long claimed =
                    outcome.lines().stream()
                            .filter(l -> l.status().inTotals())
                            .mapToLong(LineResult::claimed)
                            .sum();
            assertThat(claimed).isEqualTo(45500);
        }

        @Test
        void aCreditInAnotherMonthStillReversesItsDebit() {
            // given a March debit and its April credit
            CheckOutcome outcome = run(row("d1"), row("c1").date("2024-04-02").credits("d1"));

            // then the debit is cancelled and the credit flagged as in the same file
            assertThat(line(outcome, "d1").status()).isEqualTo(LineStatus.CANCELLED);
            assertThat(codes(outcome)).containsExactly(FindingCode.CREDIT_IN_SAME_FILE);
        }

        @Test
        void aCreditForALineNotInTheFileIsAnOrphan() {
            // given a credit naming old-7, which this file does not hold
            CheckOutcome outcome = run(row("c1").amount("70,00").credits("old-7"));

            // then ORPHAN_CREDIT, with the credit's amount as negative claimed money
            assertThat(outcome.findings())
                    .extracting(Finding::lineId, Finding::code, Finding::claimedCents)
                    .containsExactly(tuple("c1", FindingCode.ORPHAN_CREDIT, -7000L));
            assertThat(outcome.findings().get(0).message()).contains("old-7");
        }

        @Test
        void aSecondCreditOnAnAlreadyReversedDebitIsAnOrphan() {
            // given d1 and two credits naming it
            CheckOutcome outcome = run(row("d1"), row("c1").credits("d1"), row("c2").credits("d1"));

            // then the first credit reverses d1, the second (by file line) is an orphan naming the
            // first
            assertThat(outcome.findings())
                    .extracting(Finding::lineId, Finding::code)
                    .containsExactly(
                            tuple("c1", FindingCode.CREDIT_IN_SAME_FILE),
                            tuple("c2", FindingCode.ORPHAN_CREDIT));
            assertThat(findingsOf(outcome, FindingCode.ORPHAN_CREDIT).get(0).message())
                    .contains("c1");
        }

        @Test
        void aCreditNamingAnotherCreditIsAnOrphan() {
            // given d1, c1 reversing d1, and c2 naming c1
            CheckOutcome outcome = run(row("d1"), row("c1").credits("d1"), row("c2").credits("c1"));

            // then c2 is an orphan: it names a credit, not a debit
            assertThat(line(outcome, "c2").codes()).containsExactly(FindingCode.ORPHAN_CREDIT);
        }
    }

    @Nested
    class Duplicates {

        @Test
        void theEarlierFileLineWinsAndTheDuplicateIsWhollyAtRiskAndConsumesNoCap() {
            // given b (file line 2) and a (file line 3) equal on every key field, and c of 330
            // minutes
            CheckOutcome outcome =
                    run(row("b"), row("a"), row("c").date("2024-03-02").minutes(330));

            // then a is the duplicate although it sorts first by id; all 70.00 of it at risk; c
            // gets 330 (60 + 330 = 390)
            assertThat(outcome.findings())
                    .extracting(
                            Finding::lineId,
                            Finding::code,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(tuple("a", FindingCode.DUPLICATE_LINE, 0, 7000L, 0L, 7000L));
            assertThat(line(outcome, "a").status()).isEqualTo(LineStatus.DUPLICATE);
            assertThat(line(outcome, "c").allowedMinutes()).isEqualTo(330);
            assertThat(outcome.findings().get(0).message()).contains("b");
        }

        @ParameterizedTest(name = "differs in {0}")
        @CsvSource({"minutes", "tariff", "technology", "date", "code"})
        void aLineDifferingInOneKeyFieldIsNoDuplicate(String field) {
            // given two lines equal but for one key field
            Row second = row("b");
            switch (field) {
                case "minutes" -> second.minutes(61);
                case "tariff" -> second.tariff("69,00");
                case "technology" -> second.tech("VIDEO");
                case "date" -> second.date("2024-03-02");
                default -> second.code("1000");
            }
            CheckOutcome outcome = run(row("a"), second);

            // then no duplicate
            assertThat(codes(outcome)).doesNotContain(FindingCode.DUPLICATE_LINE);
        }

        @Test
        void aCancelledDebitDoesNotMakeItsTwinADuplicate() {
            // given d1, its credit, and a re-declaration d2 equal to d1
            CheckOutcome outcome = run(row("d1"), row("c1").credits("d1"), row("d2"));

            // then d2 is the line that counts, no duplicate
            assertThat(line(outcome, "d2").status()).isEqualTo(LineStatus.CHECKED);
            assertThat(codes(outcome)).containsExactly(FindingCode.CREDIT_IN_SAME_FILE);
        }
    }

    @Nested
    class TariffCeiling {

        @ParameterizedTest(name = "UZOVI {0} ({3}) at {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    // uzovi | tariff | flagged | basis, ceiling
                    "7777 | 80,00 | false | V 80.00",
                    "7777 | 80,01 | true  | V 80.00",
                    "1111 | 70,00 | false | PV 70.00",
                    "1111 | 70,01 | true  | PV 70.00",
                    "6666 | 63,14 | false | LOWER_OF_V_PV(80.00; 70.15) x 90% = 63.135 -> 63.14",
                    "6666 | 63,15 | true  | LOWER_OF_V_PV x 90% = 63.14",
                    "8888 | 78,00 | false | HIGHER_OF_V_PV(75.00; 78.00) = 78.00",
                    "8888 | 78,01 | true  | HIGHER_OF_V_PV = 78.00",
                    "5555 | 60,00 | false | FIXED 60.00",
                    "5555 | 60,01 | true  | FIXED 60.00"
                })
        void aTariffAboveTheCeilingIsFlaggedOneAtItIsNot(
                String uzovi, String tariff, boolean flagged, String basis) {
            // given one hour at the tariff
            CheckOutcome outcome = run(row("a").uzovi(uzovi).tariff(tariff));

            // then flagged only above the ceiling; one cent above costs one cent per hour
            LineResult a = line(outcome, "a");
            if (flagged) {
                assertThat(a.codes()).containsExactly(FindingCode.TARIFF_ABOVE_CEILING);
                assertThat(a.atRisk()).isEqualTo(1);
            } else {
                assertThat(a.codes()).isEmpty();
                assertThat(a.atRisk()).isZero();
            }
        }

        @Test
        void theReimbursableTariffIsCutToTheCeiling() {
            // given 50 minutes at 75.00 under a fixed ceiling of 60.00
            CheckOutcome outcome = run(row("a").uzovi("5555").minutes(50).tariff("75,00"));

            // then claimed 50 x 75 / 60 = 62.50, reimbursable 50 x 60 / 60 = 50.00, at risk 12.50
            assertThat(outcome.findings())
                    .extracting(
                            Finding::code,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(tuple(FindingCode.TARIFF_ABOVE_CEILING, 6250L, 5000L, 1250L));
        }

        @Test
        void aLineCanBeBothCappedAndAboveTheCeiling() {
            // given 400 minutes at 75.00 with ceiling PV 70.00
            CheckOutcome outcome = run(row("a").minutes(400).tariff("75,00"));

            // then claimed 400 x 75 / 60 = 500.00, reimbursable 390 x 70 / 60 = 455.00, at risk
            // 45.00, both findings
            assertThat(outcome.findings())
                    .extracting(
                            Finding::code,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(
                            tuple(FindingCode.MONTHLY_CAP_EXCEEDED, 390, 50000L, 45500L, 4500L),
                            tuple(FindingCode.TARIFF_ABOVE_CEILING, 390, 50000L, 45500L, 4500L));
        }
    }

    @Nested
    class Rounding {

        @Test
        void eachLineIsRoundedHalfUpToTheCent() {
            // given 3 minutes at 70.10 (ceiling V 80.00) and no amount
            CheckOutcome outcome = run(row("a").uzovi("7777").minutes(3).tariff("70,10"));

            // then 3 x 7010 / 60 = 350.5 cents -> 351 claimed and reimbursable
            LineResult a = line(outcome, "a");
            assertThat(a.claimed()).isEqualTo(351);
            assertThat(a.reimbursable()).isEqualTo(351);
            assertThat(a.atRisk()).isZero();
        }

        @Test
        void roundingIsPerLineNotOverTheTotal() {
            // given two lines of one minute at 70.00
            CheckOutcome outcome = run(row("a").minutes(1), row("b").minutes(1).date("2024-03-02"));

            // then each is 7000 / 60 = 116.67 -> 117 cents, 234 together (not 2 x 7000 / 60 = 233)
            assertThat(outcome.lines())
                    .extracting(LineResult::reimbursable)
                    .containsExactly(117L, 117L);
        }

        @Test
        void aCutTariffIsRoundedHalfUpToo() {
            // given 50 minutes at 75.00 with ceiling PV 70.00
            CheckOutcome outcome = run(row("a").minutes(50).tariff("75,00"));

            // then reimbursable 50 x 70 / 60 = 58.333 -> 58.33, claimed 62.50, at risk 4.17
            LineResult a = line(outcome, "a");
            assertThat(a.reimbursable()).isEqualTo(5833);
            assertThat(a.atRisk()).isEqualTo(417);
        }
    }

    @Nested
    class DataQuality {

        @ParameterizedTest(name = "BSN ''{0}'' flagged: {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "123456789 | true",
                    "12345678 | true",
                    "000000000 | true",
                    "111222333 | false",
                    "999999999 | false",
                    "'' | false"
                })
        void invalidBsnIsFlaggedWithoutMoneyAtRisk(String bsn, boolean flagged) {
            // given a line otherwise in order
            CheckOutcome outcome = run(row("a").bsn(bsn));

            // then INVALID_BSN only for a filled-in BSN failing the 11-test; the money stays
            // reimbursable
            if (flagged) {
                assertThat(outcome.findings())
                        .extracting(Finding::code, Finding::atRiskCents)
                        .containsExactly(tuple(FindingCode.INVALID_BSN, 0L));
            } else {
                assertThat(outcome.findings()).isEmpty();
            }
        }

        @Test
        void invalidBsnIsCheckedOnEveryLineAsRead() {
            // given a bad BSN on a duplicate, a credit and a line without profile
            CheckOutcome outcome =
                    run(
                            row("a").bsn("123456789"),
                            row("b").bsn("123456789"),
                            row("c").bsn("123456789").credits("old-1"),
                            row("d").bsn("123456789").uzovi("9999"));

            // then every one of them carries INVALID_BSN
            assertThat(findingsOf(outcome, FindingCode.INVALID_BSN))
                    .extracting(Finding::lineId)
                    .containsExactlyInAnyOrder("a", "b", "c", "d");
        }

        @ParameterizedTest(name = "amount {0} for 70.00 expected: mismatch {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "70,00 | false",
                    "70,01 | false",
                    "69,99 | false",
                    "70,02 | true",
                    "69,98 | true"
                })
        void amountMismatchOnlyBeyondOneCent(String amount, boolean mismatch) {
            // given one hour at 70.00 declared as the amount
            CheckOutcome outcome = run(row("a").amount(amount));

            // then a warning only when it differs from 70.00 by more than one cent
            if (mismatch) {
                assertThat(codes(outcome)).containsExactly(FindingCode.AMOUNT_MISMATCH);
            } else {
                assertThat(outcome.findings()).isEmpty();
            }
        }

        @Test
        void theDeclaredAmountIsWhatIsClaimed() {
            // given one hour at 70.00 declared as 70.02
            CheckOutcome outcome = run(row("a").amount("70,02"));

            // then claimed 70.02, reimbursable 70.00, at risk 0.02
            assertThat(outcome.findings())
                    .extracting(
                            Finding::claimedCents, Finding::reimbursableCents, Finding::atRiskCents)
                    .containsExactly(tuple(7002L, 7000L, 2L));
        }

        @Test
        void anUnderDeclaredLineIsReimbursedWhatItClaimsNotMoreAndTheRestIsLeftUnclaimed() {
            // given one hour at 70.00 declared as 50.00
            CheckOutcome outcome = run(row("a").amount("50,00"));

            // then reimbursable min(50.00, 70.00) = 50.00, at risk 0 (not -20.00), and 20.00 left
            // unclaimed on the mismatch
            LineResult a = line(outcome, "a");
            assertThat(a.reimbursable()).isEqualTo(5000);
            assertThat(a.atRisk()).isZero();
            assertThat(outcome.findings())
                    .extracting(
                            Finding::code,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents,
                            Finding::underclaimedCents)
                    .containsExactly(tuple(FindingCode.AMOUNT_MISMATCH, 5000L, 5000L, 0L, 2000L));
            // and the message says so, in Dutch by default
            assertThat(outcome.findings().get(0).message())
                    .startsWith(
                            "Regel a declareert € 50,00, maar 60 minuten tegen € 70,00 per uur is € 70,00; "
                                    + "geld dat u niet hebt gedeclareerd: € 20,00.");
        }

        @Test
        void theMoneyLeftUnclaimedIsWordedInEnglishToo() throws java.io.IOException {
            // given the same line, checked in English
            java.nio.file.Path file =
                    java.nio.file.Files.writeString(
                            dir.resolve("claims.csv"),
                            RuleFixtures.HEADER + "\n" + row("a").amount("50,00") + "\n");
            CheckOutcome outcome =
                    RuleFixtures.check(InsuranceLookup.NONE, nl.tztcheck.i18n.Language.EN)
                            .run(file);

            // then the message names what was left unclaimed
            assertThat(outcome.findings().get(0).message())
                    .contains("is €70.00; money you left unclaimed: €20.00.");
        }

        @Test
        void anOverDeclaredLineLeavesNothingUnclaimed() {
            // given one hour at 70.00 declared as 80.00
            CheckOutcome outcome = run(row("a").amount("80,00"));

            // then reimbursable 70.00, at risk 10.00, nothing left unclaimed, and the message does
            // not mention it
            assertThat(outcome.findings())
                    .extracting(
                            Finding::code,
                            Finding::reimbursableCents,
                            Finding::atRiskCents,
                            Finding::underclaimedCents)
                    .containsExactly(tuple(FindingCode.AMOUNT_MISMATCH, 7000L, 1000L, 0L));
            assertThat(outcome.findings().get(0).message())
                    .doesNotContain("niet hebt gedeclareerd");
        }

        @Test
        void aCappedUnderDeclaredLineIsCutToTheSmallerOfClaimedAndAllowed() {
            // given 400 minutes at 70.00 (390 allowed: 455.00) declared as 300.00 (400 x 70.00 / 60
            // = 466.67)
            CheckOutcome outcome = run(row("a").minutes(400).amount("300,00"));

            // then reimbursable min(300.00, 455.00) = 300.00, at risk 0, left unclaimed 466.67 -
            // 300.00 = 166.67
            LineResult a = line(outcome, "a");
            assertThat(a.allowedMinutes()).isEqualTo(390);
            assertThat(a.reimbursable()).isEqualTo(30000);
            assertThat(a.atRisk()).isZero();
            assertThat(findingsOf(outcome, FindingCode.AMOUNT_MISMATCH))
                    .extracting(Finding::underclaimedCents)
                    .containsExactly(16667L);
            assertThat(findingsOf(outcome, FindingCode.MONTHLY_CAP_EXCEEDED))
                    .extracting(Finding::underclaimedCents)
                    .containsExactly(0L);
        }
    }

    @Nested
    class Eligibility {

        @Test
        void aLineBothNotZvwAndNotContractedGetsOnlyNotZvw() {
            // given a Wlz-law line at the uncontracted insurer
            CheckOutcome outcome = run(row("a").uzovi("3333").law("WLZ"));

            // then only NOT_ZVW; the whole 70.00 at risk
            assertThat(outcome.findings())
                    .extracting(Finding::code, Finding::minutesAllowed, Finding::atRiskCents)
                    .containsExactly(tuple(FindingCode.NOT_ZVW, 0, 7000L));
        }

        @Test
        void aWlzClientAtTheUncontractedInsurerGetsOnlyWlzClient() {
            // given a Zvw line of a client with a Wlz indication, at the uncontracted insurer
            CheckOutcome outcome = run(row("a").uzovi("3333").wlz());

            // then WLZ_CLIENT comes before NOT_CONTRACTED
            assertThat(codes(outcome)).containsExactly(FindingCode.WLZ_CLIENT);
        }

        @Test
        void notZvwComesBeforeWlzClient() {
            // given / when
            CheckOutcome outcome = run(row("a").law("WMO").wlz());

            // then
            assertThat(codes(outcome)).containsExactly(FindingCode.NOT_ZVW);
        }

        @Test
        void theNationalRulesApplyEvenWithoutAnInsurerProfile() {
            // given a Wlz-law line at an unknown UZOVI code
            CheckOutcome outcome = run(row("a").uzovi("9999").law("WLZ"));

            // then NOT_ZVW, at risk, not NO_PROFILE
            assertThat(outcome.findings())
                    .extracting(Finding::code, Finding::atRiskCents)
                    .containsExactly(tuple(FindingCode.NOT_ZVW, 7000L));
        }

        @Test
        void noProfileIsUncheckedNotAtRiskAndTheGroupGetsNoCostGap() {
            // given a MEDICATION line (cost 150.00) at an unknown UZOVI code
            CheckOutcome outcome = run(row("a").uzovi("9999").tech("MEDICATION"));

            // then NO_PROFILE only: 70.00 unchecked, nothing at risk or reimbursable, and no cost
            // gap
            assertThat(outcome.findings())
                    .extracting(
                            Finding::code,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents)
                    .containsExactly(tuple(FindingCode.NO_PROFILE, 7000L, 0L, 0L));
            assertThat(line(outcome, "a").unchecked()).isEqualTo(7000);
            assertThat(line(outcome, "a").status()).isEqualTo(LineStatus.UNCHECKED);
        }

        @Test
        void aDateBeforeTheInsurersFirstVersionHasNoProfile() {
            // given a December 2023 line at pooled (valid from 2024)
            CheckOutcome outcome = run(row("a").date("2023-12-15"));

            // then NO_PROFILE
            assertThat(codes(outcome)).containsExactly(FindingCode.NO_PROFILE);
        }

        @Test
        void notContractedPutsTheWholeAmountAtRisk() {
            // given / when
            CheckOutcome outcome = run(row("a").uzovi("3333"));

            // then
            assertThat(outcome.findings())
                    .extracting(Finding::code, Finding::atRiskCents)
                    .containsExactly(tuple(FindingCode.NOT_CONTRACTED, 7000L));
        }

        @Test
        void theStrictInsurersConditionsApplyInOrder() {
            // given strict (4444): regular care r1 this month; VIDEO with approval; MEDICATION
            // BadBox with approval;
            // MEDICATION without approval; then, for client C2 without regular care, MEDICATION
            // with approval
            CheckOutcome outcome =
                    run(
                            row("r1").uzovi("4444").code("1000"),
                            row("v1").uzovi("4444").tech("VIDEO").approval("T-1"),
                            row("m1")
                                    .uzovi("4444")
                                    .tech("MEDICATION")
                                    .product("badbox")
                                    .approval("T-1")
                                    .date("2024-03-02"),
                            row("m2").uzovi("4444").tech("MEDICATION").date("2024-03-03"),
                            row("m3")
                                    .uzovi("4444")
                                    .tech("MEDICATION")
                                    .approval("T-1")
                                    .date("2024-03-04"),
                            row("n1")
                                    .uzovi("4444")
                                    .tech("MEDICATION")
                                    .approval("T-1")
                                    .client("C2"));

            // then
            assertThat(line(outcome, "v1").codes())
                    .containsExactly(FindingCode.TECHNOLOGY_NOT_COVERED);
            assertThat(line(outcome, "m1").codes())
                    .containsExactly(FindingCode.TECHNOLOGY_NOT_COVERED);
            assertThat(line(outcome, "m2").codes()).containsExactly(FindingCode.APPROVAL_MISSING);
            assertThat(line(outcome, "m3").codes()).isEmpty();
            assertThat(line(outcome, "m3").status()).isEqualTo(LineStatus.CHECKED);
            assertThat(line(outcome, "n1").codes()).containsExactly(FindingCode.NO_REGULAR_CARE);
        }

        @Test
        void regularCareCountsOnlyAtTheSameInsurerInTheSameMonthAndWhenNotReversed() {
            // given regular care for C1 at another insurer, for C2 in another month, for C3
            // reversed by a credit
            CheckOutcome outcome =
                    run(
                            row("r1").uzovi("1111").code("1000"),
                            row("m1").uzovi("4444").tech("MEDICATION").approval("T"),
                            row("r2").client("C2").uzovi("4444").code("1000").date("2024-02-28"),
                            row("m2").client("C2").uzovi("4444").tech("MEDICATION").approval("T"),
                            row("r3").client("C3").uzovi("4444").code("1000"),
                            row("r3c").client("C3").uzovi("4444").code("1000").credits("r3"),
                            row("m3").client("C3").uzovi("4444").tech("MEDICATION").approval("T"));

            // then all three lack regular care
            assertThat(findingsOf(outcome, FindingCode.NO_REGULAR_CARE))
                    .extracting(Finding::lineId)
                    .containsExactlyInAnyOrder("m1", "m2", "m3");
        }

        @Test
        void anIneligibleLineConsumesNoCap() {
            // given at strict: VIDEO 390 (not covered) then MEDICATION 390 with approval and
            // regular care
            CheckOutcome outcome =
                    run(
                            row("r1").uzovi("4444").code("1000"),
                            row("v1").uzovi("4444").tech("VIDEO").minutes(390).approval("T"),
                            row("m1")
                                    .uzovi("4444")
                                    .tech("MEDICATION")
                                    .minutes(390)
                                    .approval("T")
                                    .date("2024-03-02"));

            // then m1 gets all 390
            assertThat(line(outcome, "m1").allowedMinutes()).isEqualTo(390);
            assertThat(line(outcome, "m1").codes()).isEmpty();
        }
    }

    @Nested
    class CostGap {

        @Test
        void distinctProductsAreEachCountedOnce() {
            // given pooled MEDICATION: Medido 60 min, Pillbox 60 min, medido (other case) 30 min
            CheckOutcome outcome =
                    run(
                            row("a").tech("MEDICATION").product("Medido"),
                            row("b").tech("MEDICATION").product("Pillbox").date("2024-03-02"),
                            row("c").tech("MEDICATION")
                                    .product("medido")
                                    .minutes(30)
                                    .date("2024-03-03"));

            // then cost 200.00 + 80.00 = 280.00; reimbursed 70.00 + 70.00 + 35.00 = 175.00; gap
            // 105.00
            assertThat(outcome.findings())
                    .extracting(
                            Finding::code,
                            Finding::lineId,
                            Finding::technology,
                            Finding::minutesClaimed,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents,
                            Finding::costGapCents)
                    .containsExactly(
                            tuple(
                                    FindingCode.COST_GAP,
                                    "",
                                    Technology.MEDICATION,
                                    150,
                                    150,
                                    17500L,
                                    17500L,
                                    0L,
                                    10500L));
        }

        @Test
        void ineligibleLinesCountTheirCostButReimburseNothing() {
            // given a MEDICATION line at the uncontracted insurer (no product: category cost
            // 150.00)
            CheckOutcome outcome = run(row("a").uzovi("3333").tech("MEDICATION"));

            // then NOT_CONTRACTED and a cost gap of the whole 150.00
            assertThat(outcome.findings())
                    .extracting(Finding::code, Finding::costGapCents)
                    .containsExactly(
                            tuple(FindingCode.NOT_CONTRACTED, 0L),
                            tuple(FindingCode.COST_GAP, 15000L));
        }

        @Test
        void cancelledAndDuplicateLinesAreLeftOutOfTheCost() {
            // given Medido 60 min; a Pillbox line reversed by a credit; a duplicate of the Medido
            // line
            CheckOutcome outcome =
                    run(
                            row("a").tech("MEDICATION").product("Medido"),
                            row("p").tech("MEDICATION").product("Pillbox").date("2024-03-02"),
                            row("pc")
                                    .tech("MEDICATION")
                                    .product("Pillbox")
                                    .date("2024-03-02")
                                    .credits("p"),
                            row("a2").tech("MEDICATION").product("Medido"));

            // then the cost is Medido's 200.00 only, minus a's 70.00: gap 130.00
            assertThat(findingsOf(outcome, FindingCode.COST_GAP))
                    .extracting(Finding::costGapCents, Finding::claimedCents)
                    .containsExactly(tuple(13000L, 7000L));
        }

        @Test
        void aGapOfExactlyZeroIsNoFindingOneOfACentAndAQuarterIs() {
            // given at 8888 (ceiling 78.00) MEDICATION at 75.00: 120 minutes = 150.00, the category
            // cost
            CheckOutcome even =
                    run(row("a").uzovi("8888").tech("MEDICATION").minutes(120).tariff("75,00"));
            // then no gap
            assertThat(even.findings()).isEmpty();

            // given 119 minutes: 119 x 75 / 60 = 148.75
            CheckOutcome short1 =
                    run(row("a").uzovi("8888").tech("MEDICATION").minutes(119).tariff("75,00"));
            // then a gap of 1.25
            assertThat(short1.findings())
                    .extracting(Finding::code, Finding::costGapCents)
                    .containsExactly(tuple(FindingCode.COST_GAP, 125L));
        }

        @Test
        void eachCategoryHasItsOwnGap() {
            // given VIDEO 10 minutes (11.67 against 25.00) and MEDICATION Medido 60 minutes (70.00
            // against 200.00)
            CheckOutcome outcome =
                    run(
                            row("v").tech("VIDEO").minutes(10),
                            row("m").tech("MEDICATION").product("Medido").date("2024-03-02"));

            // then two gaps, in category order: MEDICATION 130.00, VIDEO 25.00 - 11.67 = 13.33
            assertThat(outcome.findings())
                    .extracting(Finding::technology, Finding::costGapCents)
                    .containsExactly(
                            tuple(Technology.MEDICATION, 13000L), tuple(Technology.VIDEO, 1333L));
        }
    }

    @Nested
    class WorkedExample {

        @Test
        void theSpecsWorkedExampleIsReproducedExactly() {
            // given one client at split (MEDICATION 150, VIDEO 240, monthly 390, ceiling PV 70.00),
            // March 2024
            CheckOutcome outcome =
                    run(
                            row("m1")
                                    .uzovi("2222")
                                    .date("2024-03-01")
                                    .tech("MEDICATION")
                                    .product("Medido")
                                    .minutes(90)
                                    .tariff("70,00"),
                            row("m2")
                                    .uzovi("2222")
                                    .date("2024-03-08")
                                    .tech("MEDICATION")
                                    .product("Medido")
                                    .minutes(90)
                                    .tariff("75,00"),
                            row("v1")
                                    .uzovi("2222")
                                    .date("2024-03-10")
                                    .tech("VIDEO")
                                    .minutes(200)
                                    .tariff("70,00"),
                            row("v2")
                                    .uzovi("2222")
                                    .date("2024-03-20")
                                    .tech("VIDEO")
                                    .minutes(50)
                                    .tariff("70,00"));

            // then per line: allowed 90/60/200/40, reimbursable 105.00/70.00/233.33/46.67, at risk
            // 0/42.50/0/11.66
            assertThat(outcome.lines())
                    .extracting(
                            r -> r.line().lineId(),
                            LineResult::allowedMinutes,
                            LineResult::claimed,
                            LineResult::reimbursable,
                            LineResult::atRisk)
                    .containsExactly(
                            tuple("m1", 90, 10500L, 10500L, 0L),
                            tuple("m2", 60, 11250L, 7000L, 4250L),
                            tuple("v1", 200, 23333L, 23333L, 0L),
                            tuple("v2", 40, 5833L, 4667L, 1166L));
            // and the findings: m2 category cap and tariff, v2 monthly (tie), COST_GAP MEDICATION
            // 200.00 - 175.00;
            // VIDEO 25.00 - 280.00 gives none
            assertThat(outcome.findings())
                    .extracting(
                            Finding::lineId,
                            Finding::code,
                            Finding::minutesAllowed,
                            Finding::claimedCents,
                            Finding::reimbursableCents,
                            Finding::atRiskCents,
                            Finding::costGapCents)
                    .containsExactly(
                            tuple(
                                    "m2",
                                    FindingCode.CATEGORY_CAP_EXCEEDED,
                                    60,
                                    11250L,
                                    7000L,
                                    4250L,
                                    0L),
                            tuple(
                                    "m2",
                                    FindingCode.TARIFF_ABOVE_CEILING,
                                    60,
                                    11250L,
                                    7000L,
                                    4250L,
                                    0L),
                            tuple(
                                    "v2",
                                    FindingCode.MONTHLY_CAP_EXCEEDED,
                                    40,
                                    5833L,
                                    4667L,
                                    1166L,
                                    0L),
                            tuple("", FindingCode.COST_GAP, 150, 21750L, 17500L, 4250L, 2500L));
            assertThat(outcome.findings())
                    .allSatisfy(
                            f -> {
                                assertThat(f.insurer()).isEqualTo("split");
                                assertThat(f.month()).isEqualTo(YearMonth.of(2024, 3));
                                assertThat(f.client()).startsWith("P-").doesNotContain("C1");
                            });
        }
    }
}
