package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimRowParserTests {

    /** All sixteen columns, in spec order. */
    private static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;"
                    + "hourly_tariff;amount;technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    /** 1062 is technology, 1000 regular care, anything else other. */
    private static final LineClassifier CLASSIFIER =
            (code, uzovi, date) ->
                    switch (code) {
                        case "1062" -> LineKind.TECHNOLOGY;
                        case "1000" -> LineKind.REGULAR_CARE;
                        default -> LineKind.OTHER;
                    };

    private static final String GOOD =
            "m1;CL-77;111222333;2222;1062;2024-03-01;90;70,00;105,00;MEDICATION;Medido;ZVW;D;;N;T-1";

    private static RowResult parse(String header, String row, long lineNo) {
        CsvHeader h = CsvHeader.of("claims.csv", header.split(";", -1));
        return new ClaimRowParser(h, CLASSIFIER, ';')
                .parse(new RawRow(lineNo, row.split(";", -1), row));
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
        assertThat(result)
                .as("expected the row to be accepted: %s", result)
                .isInstanceOf(RowResult.Accepted.class);
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
            String header =
                    "line_id;client_id;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;technology";

            // when a row is parsed
            ClaimLine l =
                    accepted(parse(header, "m1;C1;2222;1062;05-03-2024;60;70.00;beeldzorg", 2));

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
        @CsvSource({
            "J, true",
            "ja, true",
            "Y, true",
            "true, true",
            "1, true",
            "N, false",
            "nee, false",
            "false, false",
            "0, false"
        })
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
        @CsvSource({
            "0, line_id",
            "1, client_id",
            "3, insurer_uzovi",
            "4, service_code",
            "5, service_date",
            "6, minutes",
            "7, hourly_tariff"
        })
        void aMissingRequiredValue(int index, String field) {
            // given a row with one required value empty
            // when parsed
            Reject r = rejected(parse(good(index, "")));

            // then the reject names the field and says it is required
            assertThat(r.lineNo()).isEqualTo(7);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason(Language.EN))
                    .isEqualTo(field + " is empty; it is required on every row");
        }

        @ParameterizedTest(name = "tariff ''{0}'': {1}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                value = {
                    "abc            | 'abc' is not an amount in euros; write it like 74,50",
                    "70,0,0         | '70,0,0' is not an amount in euros; write it like 74,50",
                    "70,005         | '70,005' has more than two decimals",
                    "1.234          | '1.234' has more than two decimals, or is a thousand without cents (1.234 could mean 1234 or 1.234",
                    "NaN            | 'NaN' is not a number (NaN: a calculation without a result); fill in the hourly tariff in euros",
                    "Infinity       | 'Infinity' is out of range: the hourly tariff can be at most 9.999.999,99 euros",
                    "-Infinity      | '-Infinity' is out of range: the hourly tariff can be at most 9.999.999,99 euros",
                    "1e309          | '1e309' is in scientific notation, which is not accepted; write the hourly tariff in full",
                    "7,45E+1        | '7,45E+1' is in scientific notation",
                    "99999999999999 | '99999999999999' is out of range: the hourly tariff can be at most 9.999.999,99 euros (either sign)",
                    "10.000.000,00  | '10.000.000,00' is out of range",
                    "\"#WAARDE!\"     | '#WAARDE!' is a spreadsheet error, not an amount; correct the formula"
                })
        void anUnreadableTariffSaysWhatIsWrong(String tariff, String reason) {
            // given / when
            Reject r = rejected(parse(good(7, tariff)));

            // then the field, and what is wrong with it in words a person can act on
            assertThat(r.field()).isEqualTo("hourly_tariff");
            assertThat(r.reason(Language.EN)).startsWith(reason);
        }

        @ParameterizedTest(name = "amount ''{0}'': {1}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                value = {
                    "9.999.999,99   | ",
                    "-9999999,99    | ",
                    "10000000       | '10000000' is out of range: the amount can be at most 9.999.999,99 euros",
                    "nan            | 'nan' is not a number (NaN",
                    "1E3            | '1E3' is in scientific notation, which is not accepted; write the amount in full, like 74,50",
                    "\"#DIV/0!\"      | '#DIV/0!' is a spreadsheet error"
                })
        void theAmountRangeIsNineMillionAndSoEuros(String amount, String reason) {
            // given a credit line (so a negative amount is allowed), 1 minute at 1 euro an hour
            String row =
                    good(8, amount).replace(";90;70,00;", ";1;1,00;").replace(";D;;", ";C;m0;");

            // when / then the largest amount either way is read, one cent more is a reject saying
            // the range
            if (reason == null) {
                assertThat(accepted(parse(row)).amount().cents()).isEqualTo(999_999_999L);
            } else {
                Reject r = rejected(parse(row));
                assertThat(r.field()).isEqualTo("amount");
                assertThat(r.reason(Language.EN)).startsWith(reason);
            }
        }

        @Test
        void minutesTimesTariffBeyondTheRangeIsAReject() {
            // given a month of minutes at the largest tariff: 44,640 x 9,999,999.99 / 60 euros
            String row = good(7, "9.999.999,99").replace(";90;", ";44640;");

            // when
            Reject r = rejected(parse(row));

            // then both fields are named with the figure they give
            assertThat(r.field()).isEqualTo("minutes,hourly_tariff");
            assertThat(r.reason(Language.EN))
                    .startsWith(
                            "minutes x hourly tariff / 60 gives 7.439.999.992,56 euros, more than the"
                                    + " 9.999.999,99 euros a line can hold");
        }

        @Test
        void anUnparsableAmount() {
            // given / when
            Reject r = rejected(parse(good(8, "105,00 euro")));

            // then
            assertThat(r.field()).isEqualTo("amount");
            assertThat(r.reason(Language.EN)).contains("is not an amount in euros");
        }

        @Test
        void aZeroTariff() {
            // given / when
            Reject r = rejected(parse(good(7, "0,00")));

            // then
            assertThat(r.field()).isEqualTo("hourly_tariff");
            assertThat(r.reason(Language.EN)).contains("must be more than 0");
        }

        @ParameterizedTest(name = "minutes ''{0}'': {1}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                value = {
                    "1,5         | '1,5' is not a whole number of minutes",
                    "90.5        | '90.5' is not a whole number of minutes",
                    "ninety      | 'ninety' is not a whole number of minutes",
                    "1234567890  | '1234567890' minutes is out of range: a line can hold at most 44640 minutes",
                    "99999999999999999999 | '99999999999999999999' minutes is out of range",
                    "44641       | minutes is 44641, more than a month has (44640)",
                    "NaN         | 'NaN' is not a number (NaN: a calculation without a result); enter the duration in whole minutes",
                    "Infinity    | 'Infinity' minutes is out of range",
                    "9e1         | '9e1' is in scientific notation, which is not accepted; write the minutes in full, like 90",
                    "\"#N/A\"      | '#N/A' is a spreadsheet error, not a number of minutes"
                })
        void unreadableMinutesSayWhatIsWrong(String minutes, String reason) {
            // given / when
            Reject r = rejected(parse(good(6, minutes)));

            // then
            assertThat(r.field()).isEqualTo("minutes");
            assertThat(r.reason(Language.EN)).startsWith(reason);
        }

        @Test
        void zeroMinutes() {
            // given / when
            Reject r = rejected(parse(good(6, "0")));

            // then
            assertThat(r.field()).isEqualTo("minutes");
            assertThat(r.reason(Language.EN))
                    .contains("minutes is 0")
                    .contains("more than 0 minutes");
        }

        @Test
        void negativeMinutes() {
            // given / when
            Reject r = rejected(parse(good(6, "-15")));

            // then the reason says how to reverse a line instead
            assertThat(r.field()).isEqualTo("minutes");
            assertThat(r.reason(Language.EN)).contains("minutes is -15").contains("credit line");
        }

        @ParameterizedTest(name = "date ''{0}''")
        @CsvSource(
                delimiter = '|',
                value = {"2024-02-30", "03/25/2024", "gisteren", "2024-13-01"})
        void anUnparsableDate(String date) {
            // given / when
            Reject r = rejected(parse(good(5, date)));

            // then the reason shows the accepted forms
            assertThat(r.field()).isEqualTo("service_date");
            assertThat(r.reason(Language.EN))
                    .contains("'" + date + "' is not a date")
                    .contains("2024-03-05")
                    .contains("05-03-2024")
                    .contains("20240305");
        }

        @Test
        void anUnknownTechnologyWord() {
            // given / when
            Reject r = rejected(parse(good(9, "camera")));

            // then both the English and the Dutch words are offered
            assertThat(r.field()).isEqualTo("technology");
            assertThat(r.reason(Language.EN))
                    .contains("'camera' is not a technology")
                    .contains("MEDICATION")
                    .contains("MEDICATIE");
        }

        @Test
        void aTechnologyLineWithoutTechnology() {
            // given a 1062 line with the technology cell empty
            // when
            Reject r = rejected(parse(good(9, "")));

            // then
            assertThat(r.field()).isEqualTo("technology");
            assertThat(r.reason(Language.EN))
                    .contains("prestatie 1062")
                    .contains("needs a technology");
        }

        @Test
        void anUnknownLaw() {
            // given / when
            Reject r = rejected(parse(good(11, "WWB")));

            // then
            assertThat(r.field()).isEqualTo("law");
            assertThat(r.reason(Language.EN))
                    .contains("'WWB' is not a law")
                    .contains("ZVW, WLZ or WMO");
        }

        @Test
        void anUnknownDebitCredit() {
            // given / when
            Reject r = rejected(parse(good(12, "X")));

            // then
            assertThat(r.field()).isEqualTo("debit_credit");
            assertThat(r.reason(Language.EN)).contains("'X' is not D or C");
        }

        @Test
        void aCreditWithoutTheLineItReverses() {
            // given a credit with corrects_line_id empty
            // when
            Reject r = rejected(parse(good(12, "C")));

            // then
            assertThat(r.field()).isEqualTo("corrects_line_id");
            assertThat(r.reason(Language.EN)).contains("credit line (C) must name the debit line");
        }

        @Test
        void anUnknownWlzIndication() {
            // given / when
            Reject r = rejected(parse(good(14, "misschien")));

            // then
            assertThat(r.field()).isEqualTo("wlz_indication");
            assertThat(r.reason(Language.EN))
                    .contains("'misschien' is not yes or no")
                    .contains("J/N");
        }

        @Test
        void aWrongUzoviCode() {
            // given / when
            Reject r = rejected(parse(good(3, "CZ")));

            // then
            assertThat(r.field()).isEqualTo("insurer_uzovi");
            assertThat(r.reason(Language.EN)).contains("4-digit UZOVI");
        }

        @Test
        void aNegativeAmountOnADebit() {
            // given / when
            Reject r = rejected(parse(good(8, "-105,00")));

            // then
            assertThat(r.field()).isEqualTo("amount");
            assertThat(r.reason(Language.EN))
                    .contains("negative amount on a debit line")
                    .contains("credit");
        }

        @Test
        void aRowWithTooFewCells() {
            // given a row that lost its last cell (15 of 16)
            String row = GOOD.substring(0, GOOD.lastIndexOf(';'));

            // when
            Reject r = rejected(parse(row));

            // then the row itself is at fault
            assertThat(r.field()).isEqualTo("(row)");
            assertThat(r.reason(Language.EN))
                    .contains("15 cells where the header has 16")
                    .contains("stray separator");
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

            // then the row is at fault first (the shifted cells after it fail their own columns
            // too)
            assertThat(r.field()).startsWith("(row)");
            assertThat(r.reason(Language.EN))
                    .startsWith("the row has 17 cells where the header has 16");
        }

        @Test
        void allProblemsOfARowAreReportedAtOnce() {
            // given bad minutes and an unknown technology in one row
            String row = good(6, "-5").replace("MEDICATION", "camera");

            // when
            Reject r = rejected(parse(row));

            // then both, in column order
            assertThat(r.field()).isEqualTo("minutes,technology");
            assertThat(r.reason(Language.EN))
                    .contains("minutes is -5")
                    .contains("; ")
                    .contains("'camera' is not a technology");
        }
    }

    @Nested
    class ServiceDates {

        /** A check run on 30 June 2025: dates from 2015-01-01 to 2026-06-30 are accepted. */
        private RowResult parseOn(LocalDate runDate, String date) {
            CsvHeader h = CsvHeader.of("claims.csv", HEADER.split(";", -1));
            String row = good(5, date);
            return new ClaimRowParser(h, CLASSIFIER, ';', new ServiceDateWindow(runDate))
                    .parse(new RawRow(7, row.split(";", -1), row));
        }

        @ParameterizedTest(name = "''{0}'' on a run of 2025-06-30: {1}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                value = {
                    "2015-01-01 | ",
                    "2026-06-30 | ",
                    "30-06-2026 | ",
                    "2014-12-31 | the service date 2014-12-31 is before 2015-01-01, when district nursing (and with it this care) came"
                            + " under the Zvw; check the year",
                    "01-01-1900 | the service date 1900-01-01 is before 2015-01-01",
                    "2026-07-01 | the service date 2026-07-01 is more than a year after the day of this check (2025-06-30; the latest"
                            + " accepted is 2026-06-30); check the year, or declare the care once it has been given",
                    "9999-12-31 | the service date 9999-12-31 is more than a year after the day of this check",
                    "20250229   | '20250229' is not a date"
                })
        void aServiceDateOutsideTheWindowIsARejectSayingWhy(String date, String reason) {
            // given / when
            RowResult result = parseOn(LocalDate.of(2025, 6, 30), date);

            // then a date inside the window is read, one outside is a reject on service_date with a
            // reason
            if (reason == null) {
                assertThat(accepted(result).serviceDate())
                        .isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 6, 30));
            } else {
                Reject r = rejected(result);
                assertThat(r.field()).isEqualTo("service_date");
                assertThat(r.reason(Language.EN)).startsWith(reason);
            }
        }

        @Test
        void theRunDateIsTheDateInTheNetherlandsOnTheClock() {
            // given a clock at 23:30 UTC on 31 December 2025, which is already 1 January 2026 in
            // Amsterdam
            java.time.Clock clock =
                    java.time.Clock.fixed(
                            java.time.Instant.parse("2025-12-31T23:30:00Z"),
                            java.time.ZoneOffset.UTC);

            // when
            ServiceDateWindow window = ServiceDateWindow.at(clock);

            // then a year ahead of the Dutch date is the last day accepted
            assertThat(window.runDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(window.latest()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(window.problem(LocalDate.of(2027, 1, 1))).isNull();
            assertThat(RejectReasons.render(window.problem(LocalDate.of(2027, 1, 2)), Language.EN))
                    .contains("more than a year after");
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
            String row =
                    "m;1;CL-77;111222333;2222;1062;2024-03-01;90;70,00;105,00;MEDICATION;Medido;ZVW;D;;N;T-1";

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
