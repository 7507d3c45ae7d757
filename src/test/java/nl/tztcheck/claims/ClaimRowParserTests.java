package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.tztcheck.money.Money;

class ClaimRowParserTests {

    /** All sixteen columns, in spec order. */
    private static final String HEADER = "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;"
            + "hourly_tariff;amount;technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    /** 1062 is technology, 1000 regular care, anything else other. */
    private static final LineClassifier CLASSIFIER = (code, uzovi, date) -> switch (code) {
        case "1062" -> LineKind.TECHNOLOGY;
        case "1000" -> LineKind.REGULAR_CARE;
        default -> LineKind.OTHER;
    };

    private static final String GOOD = "m1;CL-77;111222333;2222;1062;2024-03-01;90;70,00;105,00;MEDICATION;Medido;ZVW;D;;N;T-1";

    private static RowResult parse(String header, String row, long lineNo) {
        CsvHeader h = CsvHeader.of("claims.csv", header.split(";", -1));
        return new ClaimRowParser(h, CLASSIFIER, ';').parse(new RawRow(lineNo, row.split(";", -1), row));
    }

    private static RowResult parse(String row) {
        return parse(HEADER, row, 7);
    }

    /** GOOD with cell {@code index} replaced. */
    private static String good(int index, String value) {
        String[] cells = GOOD.split(";", -1);
        cells[index] = value;
        return String.join(";", cells);
    }

    private static Reject rejected(RowResult result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected) result).reject();
    }

    private static ClaimLine accepted(RowResult result) {
        assertThat(result).as("expected the row to be accepted: %s", result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted) result).line();
    }

    @Nested
    class Accepted {

        @Test
        void aCompleteRowBecomesAClaimLine() {
            // given a complete 1062 row on file line 7
            // when parsed
            RowResult result = parse(GOOD);

            // then every field is read
            ClaimLine l = accepted(result);
            assertThat(((RowResult.Accepted) result).kind()).isEqualTo(LineKind.TECHNOLOGY);
            assertThat(l.lineNo()).isEqualTo(7);
            assertThat(l.lineId()).isEqualTo("m1");
            assertThat(l.clientId()).isEqualTo("CL-77");
            assertThat(l.bsn()).isEqualTo("111222333");
            assertThat(l.uzovi()).isEqualTo("2222");
            assertThat(l.serviceCode()).isEqualTo("1062");
            assertThat(l.serviceDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(l.minutes()).isEqualTo(90);
            assertThat(l.hourlyTariff()).isEqualTo(Money.cents(7000));
            assertThat(l.amount()).isEqualTo(Money.cents(10500));
            assertThat(l.amountDeclared()).isTrue();
            assertThat(l.technology()).isEqualTo(Technology.MEDICATION);
            assertThat(l.product()).isEqualTo("Medido");
            assertThat(l.law()).isEqualTo(Law.ZVW);
            assertThat(l.credit()).isFalse();
            assertThat(l.correctsLineId()).isNull();
            assertThat(l.wlzIndication()).isFalse();
            assertThat(l.approvalRef()).isEqualTo("T-1");
        }

        @Test
        void withoutAnAmountItIsMinutesTimesTariffOverSixty() {
            // given 50 minutes at 70.00 and no amount
            // when parsed
            ClaimLine l = accepted(parse(good(8, "").replace(";90;", ";50;")));

            // then the amount is 50 x 70.00 / 60 = 58.333, rounded to 58.33, and marked as computed
            assertThat(l.amount()).isEqualTo(Money.cents(5833));
            assertThat(l.amountDeclared()).isFalse();
        }

        @Test
        void optionalColumnsAbsentFromTheHeaderTakeTheirDefaults() {
            // given a header with only the required columns and technology
            String header = "line_id;client_id;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;technology";

            // when a row is parsed
            ClaimLine l = accepted(parse(header, "m1;C1;2222;1062;05-03-2024;60;70.00;beeldzorg", 2));

            // then law is ZVW, the line is a debit, no BSN, no Wlz indication, no approval
            assertThat(l.law()).isEqualTo(Law.ZVW);
            assertThat(l.credit()).isFalse();
            assertThat(l.bsn()).isNull();
            assertThat(l.wlzIndication()).isFalse();
            assertThat(l.hasApproval()).isFalse();
            assertThat(l.technology()).isEqualTo(Technology.VIDEO);
            assertThat(l.serviceDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        }

        @Test
        void aCreditWithANegativeAmountCarriesItsMagnitude() {
            // given a credit line written with a minus sign
            String row = "c1;CL-77;;2222;1062;2024-03-01;90;70,00;-105,00;MEDICATION;;ZVW;C;m1;;";

            // when parsed
            ClaimLine l = accepted(parse(row));

            // then it is a credit of 105.00 reversing m1
            assertThat(l.credit()).isTrue();
            assertThat(l.amount()).isEqualTo(Money.cents(10500));
            assertThat(l.correctsLineId()).isEqualTo("m1");
        }

        @Test
        void aShortUzoviCodeGetsItsLeadingZerosBack() {
            // given UZOVI 101 (Excel dropped the zero of 0101)
            // when / then
            assertThat(accepted(parse(good(3, "101"))).uzovi()).isEqualTo("0101");
        }

        @Test
        void aRegularCareLineNeedsNoTechnology() {
            // given a 1000 line without technology
            RowResult result = parse("r1;CL-77;;2222;1000;2024-03-01;60;70,00;;;;;;;;");

            // when / then
            assertThat(accepted(result).technology()).isNull();
            assertThat(((RowResult.Accepted) result).kind()).isEqualTo(LineKind.REGULAR_CARE);
        }

        @ParameterizedTest(name = "wlz_indication ''{0}'' = {1}")
        @CsvSource({"J, true", "ja, true", "Y, true", "true, true", "1, true", "N, false", "nee, false", "false, false", "0, false"})
        void yesNoWordsAreRead(String text, boolean expected) {
            // given / when / then
            assertThat(accepted(parse(good(14, text))).wlzIndication()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "law ''{0}''")
        @CsvSource({"zvw, ZVW", "Wlz, WLZ", "WMO, WMO"})
        void lawIsReadWithoutCase(String text, Law expected) {
            // given / when / then
            assertThat(accepted(parse(good(11, text))).law()).isEqualTo(expected);
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest(name = "{1} empty")
        @CsvSource({"0, line_id", "1, client_id", "3, insurer_uzovi", "4, service_code", "5, service_date", "6, minutes",
            "7, hourly_tariff"})
        void aMissingRequiredValue(int index, String field) {
            // given a row with one required value empty
            // when parsed
            Reject r = rejected(parse(good(index, "")));

            // then the reject names the field and says it is required
            assertThat(r.lineNo()).isEqualTo(7);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).isEqualTo(field + " is empty; it is required on every row");
        }

        @ParameterizedTest(name = "tariff ''{0}''")
        @CsvSource(delimiter = '|', value = {"abc", "70,0,0", "70,005", "1.234"})
        void anUnparsableTariff(String tariff) {
            // given / when
            Reject r = rejected(parse(good(7, tariff)));

            // then the field and an example of what is readable
            assertThat(r.field()).isEqualTo("hourly_tariff");
            assertThat(r.reason()).contains("'" + tariff + "' is not an amount in euros").contains("74,50");
        }

        @Test
        void anUnparsableAmount() {
            // given / when
            Reject r = rejected(parse(good(8, "105,00 euro")));

            // then
            assertThat(r.field()).isEqualTo("amount");
            assertThat(r.reason()).contains("is not an amount in euros");
        }

        @Test
        void aZeroTariff() {
            // given / when
            Reject r = rejected(parse(good(7, "0,00")));

            // then
            assertThat(r.field()).isEqualTo("hourly_tariff");
            assertThat(r.reason()).contains("must be more than 0");
        }

        @ParameterizedTest(name = "minutes ''{0}''")
        @CsvSource(delimiter = '|', value = {"1,5", "90.5", "ninety", "1234567890"})
        void unparsableMinutes(String minutes) {
            // given / when
            Reject r = rejected(parse(good(6, minutes)));

            // then
            assertThat(r.field()).isEqualTo("minutes");
            assertThat(r.reason()).contains("'" + minutes + "' is not a whole number of minutes");
        }

        @Test
        void zeroMinutes() {
            // given / when
            Reject r = rejected(parse(good(6, "0")));

            // then
            assertThat(r.field()).isEqualTo("minutes");
            assertThat(r.reason()).contains("minutes is 0").contains("more than 0 minutes");
        }

        @Test
        void negativeMinutes() {
            // given / when
            Reject r = rejected(parse(good(6, "-15")));

            // then the reason says how to reverse a line instead
            assertThat(r.field()).isEqualTo("minutes");
            assertThat(r.reason()).contains("minutes is -15").contains("credit line");
        }

        @ParameterizedTest(name = "date ''{0}''")
        @CsvSource(delimiter = '|', value = {"2024-02-30", "03/25/2024", "gisteren", "2024-13-01"})
        void anUnparsableDate(String date) {
            // given / when
            Reject r = rejected(parse(good(5, date)));

            // then the reason shows the accepted forms
            assertThat(r.field()).isEqualTo("service_date");
            assertThat(r.reason()).contains("'" + date + "' is not a date").contains("2024-03-05").contains("05-03-2024")
                    .contains("20240305");
        }

        @Test
        void anUnknownTechnologyWord() {
            // given / when
            Reject r = rejected(parse(good(9, "camera")));

            // then both the English and the Dutch words are offered
            assertThat(r.field()).isEqualTo("technology");
            assertThat(r.reason()).contains("'camera' is not a technology").contains("MEDICATION").contains("MEDICATIE");
        }

        @Test
        void aTechnologyLineWithoutTechnology() {
            // given a 1062 line with the technology cell empty
            // when
            Reject r = rejected(parse(good(9, "")));

            // then
            assertThat(r.field()).isEqualTo("technology");
            assertThat(r.reason()).contains("prestatie 1062").contains("needs a technology");
        }

        @Test
        void anUnknownLaw() {
            // given / when
            Reject r = rejected(parse(good(11, "WWB")));

            // then
            assertThat(r.field()).isEqualTo("law");
            assertThat(r.reason()).contains("'WWB' is not a law").contains("ZVW, WLZ or WMO");
        }

        @Test
        void anUnknownDebitCredit() {
            // given / when
            Reject r = rejected(parse(good(12, "X")));

            // then
            assertThat(r.field()).isEqualTo("debit_credit");
            assertThat(r.reason()).contains("'X' is not D or C");
        }

        @Test
        void aCreditWithoutTheLineItReverses() {
            // given a credit with corrects_line_id empty
            // when
            Reject r = rejected(parse(good(12, "C")));

            // then
            assertThat(r.field()).isEqualTo("corrects_line_id");
            assertThat(r.reason()).contains("credit line (C) must name the debit line");
        }

        @Test
        void anUnknownWlzIndication() {
            // given / when
            Reject r = rejected(parse(good(14, "misschien")));

            // then
            assertThat(r.field()).isEqualTo("wlz_indication");
            assertThat(r.reason()).contains("'misschien' is not yes or no").contains("J/N");
        }

        @Test
        void aWrongUzoviCode() {
            // given / when
            Reject r = rejected(parse(good(3, "CZ")));

            // then
            assertThat(r.field()).isEqualTo("insurer_uzovi");
            assertThat(r.reason()).contains("4-digit UZOVI");
        }

        @Test
        void aNegativeAmountOnADebit() {
            // given / when
            Reject r = rejected(parse(good(8, "-105,00")));

            // then
            assertThat(r.field()).isEqualTo("amount");
            assertThat(r.reason()).contains("negative amount on a debit line").contains("credit");
        }

        @Test
        void aRowWithTooFewCells() {
            // given a row that lost its last cell (15 of 16)
            String row = GOOD.substring(0, GOOD.lastIndexOf(';'));

            // when
            Reject r = rejected(parse(row));

            // then the row itself is at fault
            assertThat(r.field()).isEqualTo("(row)");
            assertThat(r.reason()).contains("15 cells where the header has 16").contains("stray separator");
        }

        @Test
        void aSeparatorAtTheEndOfTheRowIsNoExtraCell() {
            // given a complete row followed by a separator (17 cells, the last one empty)
            // when / then
            assertThat(accepted(parse(GOOD + ";")).lineId()).isEqualTo("m1");
        }

        @Test
        void aRowWithTooManyCells() {
            // given a stray separator in the product (17 cells)
            // when
            Reject r = rejected(parse(good(10, "Medido;XL")));

            // then the row is at fault first (the shifted cells after it fail their own columns too)
            assertThat(r.field()).startsWith("(row)");
            assertThat(r.reason()).startsWith("the row has 17 cells where the header has 16");
        }

        @Test
        void allProblemsOfARowAreReportedAtOnce() {
            // given bad minutes and an unknown technology in one row
            String row = good(6, "-5").replace("MEDICATION", "camera");

            // when
            Reject r = rejected(parse(row));

            // then both, in column order
            assertThat(r.field()).isEqualTo("minutes,technology");
            assertThat(r.reason()).contains("minutes is -5").contains("; ").contains("'camera' is not a technology");
        }
    }

    @Nested
    class Masking {

        @Test
        void theRawTextOfARejectMasksTheBsnAndTheClientNumber() {
            // given a rejected row holding a BSN and a client number
            // when
            Reject r = rejected(parse(good(6, "0")));

            // then neither appears in its raw text, the rest does
            assertThat(r.rawText()).doesNotContain("111222333").doesNotContain("CL-77");
            assertThat(r.rawText()).startsWith("m1;***;***;2222;1062;").contains("Medido");
        }

        @Test
        void aBsnInTheWrongColumnIsMaskedToo() {
            // given a BSN typed into the approval column of a rejected row
            // when
            Reject r = rejected(parse(good(15, "111222333").replace(";90;", ";0;")));

            // then it is masked wherever it stands
            assertThat(r.rawText()).doesNotContain("111222333");
        }

        @Test
        void aRowWithACellMissingStillHidesTheClientNumberAndBsn() {
            // given a row that lost its line_id cell, so every cell has shifted one column left
            String row = GOOD.substring(GOOD.indexOf(';') + 1);

            // when
            Reject r = rejected(parse(row));

            // then neither the client number nor the BSN shows in the raw text
            assertThat(r.field()).contains("(row)");
            assertThat(r.rawText()).doesNotContain("111222333").doesNotContain("CL-77");
        }

        @Test
        void aTrailingSeparatorShiftsNothingSoOnlyTheSensitiveCellsAreMasked() {
            // given a rejected row (0 minutes) ending in a separator
            // when
            Reject r = rejected(parse(good(6, "0") + ";"));

            // then the line id stays readable
            assertThat(r.rawText()).startsWith("m1;***;***;2222;1062;");
        }

        @Test
        void aRowWithTooManyCellsStillHidesTheClientNumber() {
            // given a stray separator inside the line id, shifting every cell one column right
            String row = "m;1;CL-77;111222333;2222;1062;2024-03-01;90;70,00;105,00;MEDICATION;Medido;ZVW;D;;N;T-1";

            // when
            Reject r = rejected(parse(row));

            // then
            assertThat(r.rawText()).doesNotContain("CL-77").doesNotContain("111222333");
        }

        @Test
        void aRowWrittenWithAnotherSeparatorIsNotShownInClear() {
            // given a comma-separated row in a semicolon file: one cell holding everything
            String row = "m1,CL-77,111222333,2222,1062,2024-03-01,90,70.00";

            // when
            Reject r = rejected(parse(row));

            // then the client number does not leak through the unsplit text
            assertThat(r.rawText()).doesNotContain("CL-77").doesNotContain("111222333");
        }
    }
}
