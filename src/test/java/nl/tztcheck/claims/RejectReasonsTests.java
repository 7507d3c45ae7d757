package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * Reject reasons are stored without a language and worded in the run's: Dutch by default, English
 * with --lang en.
 */
class RejectReasonsTests {

    private static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;"
                    + "hourly_tariff;amount;technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    private static Reject reject(String row) {
        CsvHeader h = CsvHeader.of("claims.csv", HEADER.split(";", -1));
        RowResult result =
                new ClaimRowParser(
                                h,
                                (code, uzovi, date) -> LineKind.TECHNOLOGY,
                                ';',
                                new ServiceDateWindow(java.time.LocalDate.of(2025, 6, 1)))
                        .parse(new RawRow(4, row.split(";", -1), row));
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected) result).reject();
    }

    @Test
    void aRowWithTwoProblemsIsWordedInDutchOrEnglishEachSayingWhatToDo() {
        // given a row with a day-first date that does not exist and a negative number of minutes
        Reject r = reject("m1;CL-77;;2222;1062;31-02-2025;-15;70,00;;VIDEO;;ZVW;D;;N;");

        // when it is worded in Dutch and in English
        String dutch = r.reason(Language.NL);
        String english = r.reason(Language.EN);

        // then each problem is named with the cell as written and what to do, in that language, in
        // column order
        assertThat(dutch)
                .isEqualTo(
                        "'31-02-2025' is geen datum; schrijf hem als 05-03-2024, 2024-03-05 of 20240305; minuten is -15;"
                                + " de duur moet meer dan 0 minuten zijn (draai een regel terug met een creditregel in plaats van negatieve minuten)");
        assertThat(english)
                .isEqualTo(
                        "'31-02-2025' is not a date; write it as 2024-03-05, 05-03-2024 or 20240305; minutes is -15;"
                                + " the duration must be more than 0 minutes (reverse a line with a credit line instead of negative minutes)");
        assertThat(r.field()).isEqualTo("service_date,minutes");
    }

    @Test
    void aRowProblemNamesTheRowInTheFieldColumnInTheRunsLanguage() {
        // given a row with a cell too few
        Reject r = reject("m1;CL-77;;2222;1062;2025-02-03;15;70,00;;VIDEO;;ZVW;D;;N");

        // when / then
        assertThat(r.worded(Language.NL).field()).isEqualTo("(regel)");
        assertThat(r.worded(Language.NL).reason())
                .startsWith("de regel heeft 15 cellen waar de kopregel er 16 heeft");
        assertThat(r.worded(Language.EN).field()).isEqualTo("(row)");
        assertThat(r.worded(Language.EN).reason())
                .startsWith("the row has 15 cells where the header has 16");
    }

    @Test
    void aClientNumberOrBsnQuotedInAReasonStaysMaskedInBothLanguages() {
        // given a row whose client number also stands in the UZOVI column, and a BSN typed as the
        // technology
        Reject r = reject("m1;CL-7788;;CL-7788;1062;2025-02-03;15;70,00;;111222333;;ZVW;D;;N;");

        // when / then neither appears in the reason in either language
        for (Language language : Language.values()) {
            assertThat(r.reason(language))
                    .as(language.code())
                    .doesNotContain("CL-7788")
                    .doesNotContain("111222333")
                    .contains("***");
        }
    }

    @Test
    void aCellHoldingTheStoredSeparatorsCannotBreakTheReason() {
        // given a stored reason quoting a cell that holds every control character the encoding uses
        String stored =
                RejectReasons.join(
                        List.of(
                                RejectReasons.get(
                                        "law.invalid",
                                        "value",
                                        "'a\u0002b\u001Ec\u001Dd\u001Fe=f'"),
                                RejectReasons.get("column.empty", "column", "line_id")));

        // when / then both problems are worded, the cell shown with visible symbols
        assertThat(RejectReasons.render(stored, Language.NL))
                .isEqualTo(
                        "'a\u2402b\u241Ec\u241Dd\u241Fe=f' is geen wet; gebruik ZVW, WLZ of WMO; line_id is leeg; dit veld is op elke"
                                + " regel verplicht");
    }

    @Test
    void aReasonStagedAsPlainTextByAnOlderVersionIsShownAsItIs() {
        assertThat(RejectReasons.render("line_id 'm1' is already used on line 2", Language.NL))
                .isEqualTo("line_id 'm1' is already used on line 2");
    }

    @Test
    void anAw319ReasonNamesRecordAndFieldBeforeTheProblem() {
        // given an AW319 problem as the AW319 reader stores it
        String stored =
                RejectReasons.join(
                        List.of(
                                RejectReasons.at(
                                        RejectReasons.get(
                                                "aw319.at",
                                                "record",
                                                3,
                                                "field",
                                                "0414 BEGINDATUM PRESTATIE"),
                                        RejectReasons.get(
                                                "aw319.notADate", "value", "'20240230'"))));

        // when / then
        assertThat(RejectReasons.render(stored, Language.NL))
                .isEqualTo(
                        "record 3, veld 0414 BEGINDATUM PRESTATIE: '20240230' is geen datum; vul hem in als EEJJMMDD, bijvoorbeeld 20240305");
        assertThat(RejectReasons.render(stored, Language.EN))
                .isEqualTo(
                        "record 3, field 0414 BEGINDATUM PRESTATIE: '20240230' is not a date; fill it as CCYYMMDD, e.g. 20240305");
    }
}
