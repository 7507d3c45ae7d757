package nl.tztcheck.claims.aw319;

import static nl.tztcheck.claims.aw319.Aw319Fixtures.put;
import static nl.tztcheck.claims.aw319.Aw319Fixtures.validRecords;
import static nl.tztcheck.claims.aw319.Aw319Fixtures.validate;
import static nl.tztcheck.claims.aw319.Aw319Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Aw319ValidatorTests {

    private static final List<String> VALID = validRecords();

    /** The one problem found, asserted whole. */
    private static void onlyProblem(
            List<String> records,
            long record,
            int position,
            String field,
            String code,
            String message) {
        assertThat(validate(records))
                .containsExactly(new StructuralProblem(record, position, field, code, message));
    }

    private static String record(int index) {
        return VALID.get(index);
    }

    @Test
    void theHandWrittenFixtureIsValid(@TempDir Path dir) throws IOException {
        // given the fixture file on disk
        Path file = Aw319Fixtures.file(dir, "valid.asc", VALID);

        // when validated, then there is no problem, and it is recognised as AW319
        assertThat(Aw319Validator.validate(file)).isEmpty();
        assertThat(Aw319Format.isAw319(file)).isTrue();
    }

    @Test
    void aRecordOfTheWrongLengthIs0804() {
        // given record 5 one position too long
        onlyProblem(
                with(VALID, 4, record(4) + " "),
                5,
                311,
                "",
                "0804",
                "the record has 311 positions; every record has exactly 310 (pad it with spaces, or look for a lost or"
                        + " extra character before this point)");
    }

    @Test
    void aRecordEndingInLfOnlyIs8095() {
        // given record 2 ends with LF instead of CR/LF
        String text =
                Aw319Fixtures.text(VALID.subList(0, 1))
                        + record(1)
                        + "\n"
                        + Aw319Fixtures.text(VALID.subList(2, 8));

        // then
        assertThat(validate(text))
                .containsExactly(
                        new StructuralProblem(
                                2,
                                311,
                                "",
                                "8095",
                                "the record ends with LF only; every record ends with CR/LF (save the file with Windows line ends)"));
    }

    @Test
    void aLastRecordWithoutCrLfAndAnEmptyLineAre8095() {
        // given an empty line after record 1 and no CR/LF after the trailer
        String text = Aw319Fixtures.text(VALID);
        text = text.replaceFirst("\r\n", "\r\n\r\n");
        text = text.substring(0, text.length() - 2);

        // then both are found; the empty line counts as line 2, so the trailer is line 9
        assertThat(validate(text))
                .containsExactly(
                        new StructuralProblem(
                                2,
                                1,
                                "",
                                "8095",
                                "an empty line (a CR/LF without a record before it); remove the empty line"),
                        new StructuralProblem(
                                9,
                                311,
                                "",
                                "8095",
                                "the last record has no CR/LF after it; every record, the last"
                                        + " too, ends with CR/LF"));
    }

    @Test
    void anUnknownRecordTypeIs0002AndADebtorRecordIs8075() {
        // given a record "05" and a record "03" in place of the comments
        List<String> records =
                with(with(VALID, 3, Aw319Fixtures.blank("05")), 5, Aw319Fixtures.blank("03"));
        records =
                with(
                        records,
                        7,
                        Aw319Fixtures.trailer(
                                "000001", "000003", "000000", "0000004", "00000017026", "D"));

        // then
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                4,
                                1,
                                "",
                                "0002",
                                "'05' is not a record type of AW319 (01, 02, 04, 98, 99); remove the"
                                        + " record or correct its first two positions"),
                        new StructuralProblem(
                                6,
                                1,
                                "",
                                "8075",
                                "a 03 debtor record is not allowed in a declaration to an insurer; remove it"),
                        new StructuralProblem(
                                8,
                                9,
                                "9903",
                                "0157",
                                "9903 AANTAL DEBITEURRECORDS says 0 but the file holds 1 03"
                                        + " debtor records; correct the count (or find the record that is missing or extra)"),
                        new StructuralProblem(
                                8,
                                27,
                                "9906",
                                "0156",
                                "9906 TOTAAL AANTAL DETAILRECORDS says 4 but the file holds 5"
                                        + " detail records (02, 03, 04 and 98 together); correct the count (or find the record that is missing or extra)"));
    }

    @Test
    void aFileThatDoesNotStartWithTheHeaderIs8026() {
        // given the header moved after the 02
        List<String> records = new ArrayList<>(VALID);
        records.set(0, record(1));
        records.set(1, record(0));

        // then both misplacements are named
        assertThat(validate(records))
                .extracting(
                        StructuralProblem::recordNo,
                        StructuralProblem::retourcode,
                        StructuralProblem::message)
                .containsExactly(
                        tuple(
                                1L,
                                "8026",
                                "the file starts with record type '02'; the first record must be the 01 header (voorlooprecord)"),
                        tuple(2L, "8026", "the 01 header must be the first record of the file"));
    }

    @Test
    void aPrestatieRecordBeforeAnyInsuredRecordIs8026() {
        // given the 02 removed: the 04s hang under the header
        List<String> records = new ArrayList<>(VALID);
        records.remove(1);
        records.set(
                6,
                Aw319Fixtures.trailer("000000", "000003", "000002", "0000005", "00000017026", "D"));

        // then each 04 is out of place
        assertThat(validate(records))
                .extracting(StructuralProblem::recordNo, StructuralProblem::retourcode)
                .containsExactly(tuple(2L, "8026"), tuple(4L, "8026"), tuple(6L, "8026"));
        assertThat(validate(records).get(0).message())
                .isEqualTo(
                        "a 04 prestatie record without a 02 insured-person record"
                                + " before it; every 04 belongs under the 02 of the person it was given to");
    }

    @Test
    void anInsuredRecordWithoutPrestatiesARecordAfterTheTrailerAndAMissingTrailerAre8026() {
        // given a second 02 without 04 just before the trailer, and a comment after the trailer
        List<String> records = new ArrayList<>(VALID);
        records.add(7, Aw319Fixtures.insured("000000000007", "326018153", "9664", "CL000102"));
        records.set(
                8,
                Aw319Fixtures.trailer("000002", "000003", "000002", "0000007", "00000017026", "D"));
        records.add(Aw319Fixtures.comment("000000000008", "0001", "late"));

        // then
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                8,
                                1,
                                "",
                                "8026",
                                "the 02 insured-person record has no 04 prestatie record under it;"
                                        + " remove it or put its prestaties under it"),
                        new StructuralProblem(
                                10,
                                1,
                                "",
                                "8026",
                                "a record after the 99 trailer (record 9); the 99 trailer must be"
                                        + " the last record: remove what follows it"),
                        new StructuralProblem(
                                10,
                                1,
                                "",
                                "8026",
                                "a 98 comment record must follow the 02 or 04 record it belongs to"),
                        new StructuralProblem(
                                9,
                                21,
                                "9905",
                                "0153",
                                "9905 AANTAL COMMENTAARRECORDS says 2 but the file holds 3 98"
                                        + " comment records; correct the count (or find the record that is missing or extra)"),
                        new StructuralProblem(
                                9,
                                27,
                                "9906",
                                "0156",
                                "9906 TOTAAL AANTAL DETAILRECORDS says 7 but the file holds 8"
                                        + " detail records (02, 03, 04 and 98 together); correct the count (or find the record that is missing or extra)"));

        // and given the trailer cut off
        List<String> noTrailer = new ArrayList<>(VALID.subList(0, 7));
        onlyProblem(
                noTrailer,
                7,
                1,
                "",
                "8026",
                "the file has no 99 trailer record; the last record must be the 99 trailer"
                        + " with the record counts and the total amount (was the file cut off?)");
    }

    @Test
    void trailerCountsAndTotalMustMatchTheContent() {
        // given a trailer claiming 2 insured persons, 4 prestaties and a total of 170.27
        List<String> records =
                with(
                        VALID,
                        7,
                        Aw319Fixtures.trailer(
                                "000002", "000004", "000002", "0000006", "00000017027", "D"));

        // then each wrong number has its own retourcode
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                8,
                                3,
                                "9902",
                                "0151",
                                "9902 AANTAL VERZEKERDENRECORDS says 2 but the file holds 1"
                                        + " 02 insured-person records; correct the count (or find the record that is missing or extra)"),
                        new StructuralProblem(
                                8,
                                15,
                                "9904",
                                "0158",
                                "9904 AANTAL PRESTATIERECORDS says 4 but the file holds 3"
                                        + " 04 prestatie records; correct the count (or find the record that is missing or extra)"),
                        new StructuralProblem(
                                8,
                                34,
                                "9907",
                                "0150",
                                "the trailer's total is 170.27 but the 04 records' declared"
                                        + " amounts (0429, debit minus credit) add up to 170.26; correct the total (or find the line that is"
                                        + " missing or extra)"));
    }

    @Test
    void aNegativeTotalCarriesCInTheTrailer() {
        // given L003 and L004 turned into credits: -105.30 - 130.00 - 65.04 = -300.34
        List<String> records = new ArrayList<>(VALID);
        records.set(2, put(put(put(record(2), 181, "C"), 194, "C"), 215, "L001"));
        records.set(4, put(put(put(record(4), 181, "C"), 194, "C"), 215, "L002"));
        records.set(
                7,
                Aw319Fixtures.trailer("000001", "000003", "000002", "0000006", "00000030034", "C"));

        // then the file is valid; with D it is not
        assertThat(validate(records)).isEmpty();
        assertThat(validate(with(records, 7, put(records.get(7), 45, "D"))))
                .extracting(StructuralProblem::retourcode)
                .containsExactly("0150");
    }

    @Test
    void anImpossibleServiceDateIs8007() {
        onlyProblem(
                with(VALID, 2, put(record(2), 106, "20240230")),
                3,
                106,
                "0414",
                "8007",
                "0414 BEGINDATUM PRESTATIE is '20240230', which is not an existing date; fill the prestatie's begin date"
                        + " as CCYYMMDD, e.g. 20240301");
    }

    @Test
    void anEndDateBeforeTheBeginDateAndADateBefore2013Are8007() {
        // given L003 ending the day before it begins, and L004 in 2012
        List<String> records = with(VALID, 2, put(record(2), 114, "20240229"));
        records = with(records, 4, put(put(record(4), 106, "20121231"), 114, "20121231"));

        // then
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                3,
                                114,
                                "0415",
                                "8007",
                                "the prestatie ends (2024-02-29) before it begins (2024-03-01);"
                                        + " for care on one day fill the same date in 0414 and 0415"),
                        new StructuralProblem(
                                5,
                                106,
                                "0414",
                                "8007",
                                "0414 BEGINDATUM PRESTATIE is 2012-12-31; a prestatie date lies after 31-12-2012"),
                        new StructuralProblem(
                                5,
                                114,
                                "0415",
                                "8007",
                                "0415 EINDDATUM PRESTATIE is 2012-12-31; a prestatie date lies after 31-12-2012"));
    }

    @Test
    void thePrestatiesUzoviAndBsnMustBeThoseOfItsInsuredRecord() {
        // given L004 declared to 3311 and L005 with another BSN
        List<String> records = with(VALID, 4, put(record(4), 24, "3311"));
        records = with(records, 6, put(record(6), 15, "111222333"));

        // then
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                5,
                                24,
                                "0404",
                                "0423",
                                "the UZOVI number in 0404 differs from the UZOVI number of its"
                                        + " 02 record (record 2); a 04 belongs under the 02 of the same person and insurer"),
                        new StructuralProblem(
                                7,
                                15,
                                "0403",
                                "0435",
                                "the BSN in 0403 differs from the BSN of its 02 record (record 2);"
                                        + " a 04 belongs under the 02 of the same person and insurer"));
    }

    @Test
    void aWrongDebitCreditIndicationIs0631AndDifferentIndicationsInOneRecord8064() {
        // given L003 with 'X' in 0430, and L004 with C in 0427 but D in 0430
        List<String> records = with(VALID, 2, put(record(2), 194, "X"));
        records = with(records, 4, put(record(4), 181, "C"));

        // then (the total cannot be checked while an indication is unknown)
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                3,
                                194,
                                "0430",
                                "0631",
                                "0430 INDICATIE DEBET/CREDIT (02) is 'X'; use D (debit) or C (credit)"),
                        new StructuralProblem(
                                5,
                                181,
                                "0427",
                                "8064",
                                "0427 says C but 0430 says D; the debit/credit indications of"
                                        + " one record must be the same"));
    }

    @Test
    void aCreditWithoutPreviousReferenceIs0651() {
        onlyProblem(
                with(VALID, 6, put(record(6), 215, "         ")),
                7,
                215,
                "0432",
                "0651",
                "a credit line (0430 = C) must name the debit line it reverses in 0432 REFERENTIENUMMER VOORGAANDE"
                        + " GERELATEERDE PRESTATIERECORD");
    }

    @Test
    void aNonNumericAmountIs8033AndAMissingReferenceNumber8021() {
        // given L003 with letters in its declared amount, and L004 without reference number
        List<String> records = with(VALID, 2, put(record(2), 186, "000105,3"));
        records = with(records, 4, put(record(4), 195, "    "));

        // then
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                3,
                                186,
                                "0429",
                                "8033",
                                "0429 DECLARATIEBEDRAG (INCL. BTW) is '000105,3'; it is numeric"
                                        + " (8 digits, right-aligned with leading zeros) and mandatory"),
                        new StructuralProblem(
                                5,
                                195,
                                "0431",
                                "8021",
                                "0431 REFERENTIENUMMER DIT PRESTATIERECORD is empty; it is mandatory"));
    }

    @Test
    void theHeaderMustSayMessage428Version0104AndEuro() {
        // given a header with version 02, sub-version 03, kind X, payment to 07 and currency
        // EURO-ish
        String header =
                put(put(put(put(put(record(0), 6, "02"), 8, "03"), 10, "X"), 63, "07"), 115, "EUX");

        // then each is named with its retourcode
        assertThat(validate(with(VALID, 0, header)))
                .extracting(StructuralProblem::field, StructuralProblem::retourcode)
                .containsExactly(
                        tuple("0103", "0011"),
                        tuple("0104", "8027"),
                        tuple("0105", "8028"),
                        tuple("0113", "8029"),
                        tuple("0119", "0031"));
    }

    @Test
    void reservePositionsMustBeSpacesAndCommentLinesAreNumberedFrom0001() {
        // given text in the 04's reserve (position 300) and the first comment numbered 0002
        List<String> records = with(VALID, 2, put(record(2), 300, "x"));
        records = with(records, 3, put(record(3), 15, "0002"));

        // then
        assertThat(validate(records))
                .containsExactly(
                        new StructuralProblem(
                                3,
                                235,
                                "0480",
                                "0003",
                                "positions 235-310 are reserve and must be spaces, but hold 'x';"
                                        + " fill them with spaces"),
                        new StructuralProblem(
                                4,
                                15,
                                "9803",
                                "0754",
                                "9803 REGELNUMMER VRIJE TEKST is 0002 where 0001 was expected;"
                                        + " the comment lines under one record are numbered 0001, 0002, ..."));
    }

    @Test
    void aFileWithSeveralErrorsListsThemAllInOnePass(@TempDir Path dir) throws IOException {
        // given four independent faults: record 3 too short, record 5 D/C 'X', record 7 under
        // another UZOVI, trailer total wrong
        List<String> records = with(VALID, 2, record(2).substring(0, 309));
        records = with(records, 4, put(put(record(4), 181, "X"), 194, "X"));
        records = with(records, 6, put(record(6), 24, "3311"));
        records = with(records, 7, put(record(7), 34, "00000099999"));
        Path file = Aw319Fixtures.file(dir, "several.asc", records);

        // when validated
        List<StructuralProblem> problems = Aw319Validator.validate(file);

        // then every one is listed, in file order (the total cannot be checked with an unknown
        // indication)
        assertThat(problems)
                .extracting(
                        StructuralProblem::recordNo,
                        StructuralProblem::field,
                        StructuralProblem::retourcode)
                .containsExactly(
                        tuple(3L, "", "0804"),
                        tuple(5L, "0427", "0631"),
                        tuple(5L, "0430", "0631"),
                        tuple(7L, "0404", "0423"));
        // and the exception lists one line per problem after its summary line, then what to do
        String[] lines =
                new Aw319StructureException("several.asc", problems)
                        .describe()
                        .split(System.lineSeparator());
        assertThat(lines).hasSize(6);
        assertThat(lines[1])
                .isEqualTo(
                        "  several.asc, record 3, position 310, retourcode 0804: the record has 309 positions;"
                                + " every record has exactly 310 (pad it with spaces, or look for a lost or extra character before this point)");
        assertThat(lines[4])
                .startsWith("  several.asc, record 7, position 24, field 0404, retourcode 0423: ");
        assertThat(lines[5]).startsWith("What to do: ");
    }

    @Test
    void theProblemsAreWordedInDutchByDefaultOnTheCommandLine(@TempDir Path dir)
            throws IOException {
        // given record 3 too short and record 7 under another UZOVI than its 02 record
        List<String> records = with(VALID, 2, record(2).substring(0, 309));
        records = with(records, 6, put(record(6), 24, "3311"));
        Path file = Aw319Fixtures.file(dir, "several.asc", records);

        // when the refusal is worded in Dutch, as check says it without --lang en
        String[] lines =
                new Aw319StructureException("several.asc", Aw319Validator.validate(file))
                        .describe(nl.tztcheck.i18n.Language.NL)
                        .split(System.lineSeparator());

        // then the summary, every problem (record, position, field, what to do) and the closing
        // line are Dutch
        assertThat(lines[0])
                .isEqualTo(
                        "several.asc is geen geldig AW319-bestand (2 structuurprobleem/problemen); het hele bestand"
                                + " is geweigerd, er is niets in gecontroleerd:");
        assertThat(lines[1])
                .isEqualTo(
                        "  several.asc, record 3, positie 310, retourcode 0804: het record heeft 309 posities; elk"
                                + " record heeft er precies 310 (vul aan met spaties, of zoek een verloren of extra teken voor dit punt)");
        assertThat(lines[2])
                .startsWith(
                        "  several.asc, record 7, positie 24, veld 0404, retourcode 0423: het UZOVI-nummer in 0404"
                                + " verschilt van het UZOVI-nummer van het bijbehorende 02-record");
        assertThat(lines[3]).startsWith("Wat te doen: ");
    }

    @Test
    void anEmptyFileIsAProblemOfTheFile() {
        assertThat(validate(""))
                .containsExactly(
                        new StructuralProblem(
                                0,
                                1,
                                "",
                                "",
                                "the file holds no records; export the"
                                        + " declaration again (a 01 header, 02 and 04 records, a 99 trailer)"));
    }

    @Test
    void onlyMessage428IsRecognisedAsAw319(@TempDir Path dir) throws IOException {
        // given a Wlz (187) header and a CSV
        Path wlz = Aw319Fixtures.file(dir, "wlz.asc", List.of(put(record(0), 3, "187")));
        Path csv = dir.resolve("claims.csv");
        java.nio.file.Files.writeString(csv, "line_id;client_id\n01428;x\n");

        // then neither is taken for AW319
        assertThat(Aw319Format.isAw319(wlz)).isFalse();
        assertThat(Aw319Format.isAw319(csv)).isFalse();
    }
}
