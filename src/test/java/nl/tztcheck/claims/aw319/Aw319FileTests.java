package nl.tztcheck.claims.aw319;

import static nl.tztcheck.claims.aw319.Aw319Fixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Aw319FileTests {

    @TempDir Path dir;

    private List<RowResult> readAll(List<String> records, TechnologyMapping mapping)
            throws IOException {
        Path file = Aw319Fixtures.file(dir, "claims.asc", records);
        List<RowResult> rows = new ArrayList<>();
        try (Aw319File aw = Aw319File.open(file, Aw319Fixtures.CLASSIFIER, mapping)) {
            for (RowResult r = aw.next(); r != null; r = aw.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static ClaimLine accepted(RowResult r) {
        assertThat(r).as("expected an accepted line: %s", r).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted) r).line();
    }

    private static Reject rejected(RowResult r) {
        assertThat(r).as("expected a reject: %s", r).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected) r).reject();
    }

    @Test
    void aMinuteRecordWithItsCommentBecomesAClaimLineFieldByField() throws IOException {
        // given the fixture file: record 3 is L003, 90 x minute at 1.17, declared 105.30,
        // TZT=MEDICATION;product=Medido
        List<RowResult> rows = readAll(Aw319Fixtures.validRecords(), TechnologyMapping.NONE);

        // when its first row is read
        ClaimLine l = accepted(rows.get(0));

        // then every field comes from its official position (spec section 6)
        assertThat(rows).hasSize(3);
        assertThat(((RowResult.Accepted) rows.get(0)).kind()).isEqualTo(LineKind.TECHNOLOGY);
        assertThat(l.lineNo()).isEqualTo(3); // physical record number
        assertThat(l.lineId()).isEqualTo("L003"); // 0431 trimmed
        assertThat(l.clientId()).isEqualTo("CL000101"); // 0206 of the 02
        assertThat(l.bsn()).isEqualTo("326018153"); // 0403
        assertThat(l.uzovi()).isEqualTo("9664"); // 0404
        assertThat(l.serviceCode()).isEqualTo("1062"); // 0417 trimmed
        assertThat(l.serviceDate()).isEqualTo(LocalDate.of(2024, 3, 1)); // 0414
        assertThat(l.minutes()).isEqualTo(90); // 90 x 1 minute
        assertThat(l.hourlyTariff()).isEqualTo(Money.cents(7020)); // 117 x 60 / 1
        assertThat(l.amount()).isEqualTo(Money.cents(10530)); // 0429
        assertThat(l.amountDeclared()).isTrue();
        assertThat(l.technology()).isEqualTo(Technology.MEDICATION);
        assertThat(l.product()).isEqualTo("Medido");
        assertThat(l.law()).isEqualTo(Law.ZVW); // message 428
        assertThat(l.credit()).isFalse(); // 0430 D
        assertThat(l.correctsLineId()).isNull();
        assertThat(l.wlzIndication()).isFalse();
        assertThat(l.approvalRef()).isEqualTo("ZK-TZT-1"); // 0406 trimmed
    }

    @Test
    void anHourRecordGets60MinutesPerUnitAndTheDutchTechnologyWord() throws IOException {
        // given record 5: L004, 2 x hour at 65.00, TZT=BEELDZORG, no machtigingsnummer
        ClaimLine l =
                accepted(readAll(Aw319Fixtures.validRecords(), TechnologyMapping.NONE).get(1));

        // then 2 x 60 = 120 minutes at 6500 x 60 / 60 = 65.00 per hour
        assertThat(l.lineNo()).isEqualTo(5);
        assertThat(l.minutes()).isEqualTo(120);
        assertThat(l.hourlyTariff()).isEqualTo(Money.cents(6500));
        assertThat(l.amount()).isEqualTo(Money.cents(13000));
        assertThat(l.technology()).isEqualTo(Technology.VIDEO);
        assertThat(l.product()).isNull();
        assertThat(l.approvalRef()).isNull();
    }

    @Test
    void aFiveMinuteCreditRecordNamesTheLineItReverses() throws IOException {
        // given record 7: L005, credit, 12 x five minutes at 5.42, declared 65.04, previous
        // reference L2402-117
        ClaimLine l =
                accepted(readAll(Aw319Fixtures.validRecords(), TechnologyMapping.NONE).get(2));

        // then 12 x 5 = 60 minutes at 542 x 60 / 5 = 65.04 per hour; the amount is a positive
        // magnitude
        assertThat(l.lineNo()).isEqualTo(7);
        assertThat(l.minutes()).isEqualTo(60);
        assertThat(l.hourlyTariff()).isEqualTo(Money.cents(6504));
        assertThat(l.amount()).isEqualTo(Money.cents(6504));
        assertThat(l.credit()).isTrue();
        assertThat(l.correctsLineId()).isEqualTo("L2402-117");
        assertThat(l.technology()).isNull(); // no comment and no mapping: unknown
        assertThat(l.product()).isNull();
    }

    @Test
    void theMappingFileGivesTheTechnologyOfLinesWithoutAComment() throws IOException {
        // given a mapping of CL000101 to OTHER with product Compaan
        TechnologyMapping mapping =
                TechnologyMapping.of(
                        Map.of(
                                "CL000101",
                                new TechnologyMapping.Entry(Technology.OTHER, "Compaan")));

        // when the file is read
        List<RowResult> rows = readAll(Aw319Fixtures.validRecords(), mapping);

        // then the line without a comment takes the mapping; a comment wins over the mapping
        assertThat(accepted(rows.get(2)).technology()).isEqualTo(Technology.OTHER);
        assertThat(accepted(rows.get(2)).product()).isEqualTo("Compaan");
        assertThat(accepted(rows.get(0)).technology()).isEqualTo(Technology.MEDICATION);
        assertThat(accepted(rows.get(0)).product()).isEqualTo("Medido");
    }

    @Test
    void withoutAPatientNumberTheClientIsTheBsn() throws IOException {
        // given the 02 record without patient number (0206 spaces)
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        1,
                        Aw319Fixtures.insured("000000000001", "326018153", "9664", "        "));

        // when read, then the client id is the BSN
        assertThat(accepted(readAll(records, TechnologyMapping.NONE).get(0)).clientId())
                .isEqualTo("326018153");
    }

    @Test
    void allNinesIsKeptAsTheBsnText() throws IOException {
        // given a client without BSN: 999999999 in 0203 and 0403
        List<String> records = new ArrayList<>(Aw319Fixtures.validRecords());
        records.set(1, Aw319Fixtures.insured("000000000001", "999999999", "9664", "CL000117"));
        for (int i : new int[] {2, 4, 6}) {
            records.set(i, put(records.get(i), 15, "999999999"));
        }

        // when read, then the BSN is the text 999999999 (the check treats it as absent)
        ClaimLine l = accepted(readAll(records, TechnologyMapping.NONE).get(0));
        assertThat(l.bsn()).isEqualTo("999999999");
        assertThat(l.clientId()).isEqualTo("CL000117");
    }

    @ParameterizedTest
    @CsvSource({
        "31, month",
        "14, 24 hours",
        "00, not applicable",
        "81, time needed or independent of time"
    })
    void aTechnologyLineInAUnitWithoutMinutesIsRejectedNotACrash(String unit, String meaning)
            throws IOException {
        // given L003 declared in a valid code-list unit that is not minutes, hours or five minutes
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        2,
                        put(Aw319Fixtures.validRecords().get(2), 134, unit));

        // when read
        List<RowResult> rows = readAll(records, TechnologyMapping.NONE);

        // then that line is a reject naming record, field and what to do; the others are read
        Reject reject = rejected(rows.get(0));
        assertThat(reject.lineNo()).isEqualTo(3);
        assertThat(reject.field()).isEqualTo("0419");
        assertThat(reject.reason(Language.EN))
                .isEqualTo(
                        "record 3, field 0419 TIJDSEENHEID ZORGPERIODE: time unit '"
                                + unit
                                + "' ("
                                + meaning
                                + ") cannot be turned into minutes; declare the line per minute (01), hour (04) or"
                                + " five minutes (07)");
        assertThat(rows.get(1)).isInstanceOf(RowResult.Accepted.class);
        assertThat(rows.get(2)).isInstanceOf(RowResult.Accepted.class);
    }

    @Test
    void aZeroQuantityIsRejected() throws IOException {
        // given L004 with quantity 0000 (amounts 0 too)
        String r = Aw319Fixtures.validRecords().get(4);
        r = put(put(put(r, 130, "0000"), 173, "00000000"), 186, "00000000");
        List<String> records = Aw319Fixtures.with(Aw319Fixtures.validRecords(), 4, r);
        records =
                Aw319Fixtures.with(
                        records,
                        7,
                        Aw319Fixtures.trailer(
                                "000001",
                                "000003",
                                "000002",
                                "0000006",
                                "00000004026",
                                "D")); // 105.30 + 0 - 65.04 = 40.26

        // when read
        Reject reject = rejected(readAll(records, TechnologyMapping.NONE).get(1));

        // then
        assertThat(reject.lineNo()).isEqualTo(5);
        assertThat(reject.field()).isEqualTo("0418");
        assertThat(reject.reason(Language.EN))
                .startsWith(
                        "record 5, field 0418 AANTAL UITGEVOERDE PRESTATIES: the quantity is 0;");
    }

    @Test
    void anUnknownTechnologyWordInTheCommentIsRejectedNamingTheCommentRecord() throws IOException {
        // given record 4 reads TZT=DOMOTICA
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        3,
                        Aw319Fixtures.comment("000000000003", "0001", "TZT=DOMOTICA"));

        // when read
        Reject reject = rejected(readAll(records, TechnologyMapping.NONE).get(0));

        // then the reject is on the 04 (record 3) and names the comment's record 4 and field 9804
        assertThat(reject.lineNo()).isEqualTo(3);
        assertThat(reject.field()).isEqualTo("9804");
        assertThat(reject.reason(Language.EN))
                .isEqualTo(
                        "record 4, field 9804 VRIJE TEKST: 'DOMOTICA' is not a technology; the"
                                + " comment must read TZT=MEDICATION, TZT=VIDEO or TZT=OTHER (or MEDICATIE, BEELDZORG, OVERIG)");
    }

    @Test
    void aTechnologyLineAcrossTwoMonthsIsRejected() throws IOException {
        // given L003 from 2024-03-31 to 2024-04-01
        String r = put(put(Aw319Fixtures.validRecords().get(2), 106, "20240331"), 114, "20240401");
        List<String> records = Aw319Fixtures.with(Aw319Fixtures.validRecords(), 2, r);

        // when read, then
        Reject reject = rejected(readAll(records, TechnologyMapping.NONE).get(0));
        assertThat(reject.field()).isEqualTo("0415");
        assertThat(reject.reason(Language.EN))
                .contains("runs from 2024-03-31 to 2024-04-01, across calendar months");
    }

    @Test
    void withoutTheStructuralCheckAnImpossibleDateIsARejectWithAllTheRecordsProblems()
            throws IOException {
        // given (read without the structural check) L003 dated 2024-02-30 with tariff 0
        String r = put(put(Aw319Fixtures.validRecords().get(2), 106, "20240230"), 165, "00000000");
        List<String> records = Aw319Fixtures.with(Aw319Fixtures.validRecords(), 2, r);

        // when read
        Reject reject =
                rejected(Aw319Fixtures.readUnvalidated(records, TechnologyMapping.NONE).get(0));

        // then both problems are listed, each with record and field
        assertThat(reject.field()).isEqualTo("0414,0425");
        assertThat(reject.reason(Language.EN))
                .isEqualTo(
                        "record 3, field 0414 BEGINDATUM PRESTATIE: '20240230' is not a date;"
                                + " fill it as CCYYMMDD, e.g. 20240305; record 3, field 0425 TARIEF PRESTATIE (INCL. BTW): the tariff is"
                                + " 0.00; it must be more than 0 (the tariff per unit, in eurocents)");
    }

    @Test
    void theRejectsRawTextHasTheBsnAndInsuredNumberMasked() throws IOException {
        // given L003 with an insured number (0405) and unit 31
        String r = put(put(Aw319Fixtures.validRecords().get(2), 28, "123456789012345"), 134, "31");
        List<String> records = Aw319Fixtures.with(Aw319Fixtures.validRecords(), 2, r);
        records = Aw319Fixtures.with(records, 1, put(records.get(1), 28, "123456789012345"));

        // when read
        Reject reject = rejected(readAll(records, TechnologyMapping.NONE).get(0));

        // then positions 15-23 and 28-42 are stars, the rest stands as it was, trailing spaces
        // removed
        String expected = put(put(r, 15, "*********"), 28, "***************").stripTrailing();
        assertThat(reject.rawText()).isEqualTo(expected);
        assertThat(reject.rawText()).doesNotContain("326018153").doesNotContain("123456789012345");
        assertThat(reject.rawText()).endsWith("DL003");
    }

    @Test
    void skipRecordsSkipsPrestatieRecordsForARestart() throws IOException {
        // given the fixture file
        Path file = Aw319Fixtures.file(dir, "claims.asc", Aw319Fixtures.validRecords());
        try (Aw319File aw =
                Aw319File.open(file, Aw319Fixtures.CLASSIFIER, TechnologyMapping.NONE)) {
            // when the first two 04 records are skipped
            aw.skipRecords(2);

            // then the next row is the third 04 (record 7), the client still known from its 02
            ClaimLine l = accepted(aw.next());
            assertThat(l.lineId()).isEqualTo("L005");
            assertThat(l.clientId()).isEqualTo("CL000101");
            assertThat(aw.next()).isNull();
            assertThat(aw.format()).isEqualTo("AW319");
            assertThat(aw.blankRows()).isZero();
        }
        try (Aw319File aw =
                Aw319File.open(file, Aw319Fixtures.CLASSIFIER, TechnologyMapping.NONE)) {
            // and skipping more rows than the file has says so
            assertThatThrownBy(() -> aw.skip(4))
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessage(
                            "claims.asc has fewer 04 records than the interrupted run had read");
        }
    }

    @Test
    void openingAStructurallyBrokenFileRefusesItWithEveryProblem() throws IOException {
        // given the fixture file with record 3 cut to 300 positions and a wrong trailer count of 04
        // records
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        2,
                        Aw319Fixtures.validRecords().get(2).substring(0, 300));
        records = Aw319Fixtures.with(records, 7, put(records.get(7), 15, "000004"));
        Path file = Aw319Fixtures.file(dir, "broken.asc", records);

        // when it is opened, then it is refused as a whole
        assertThatThrownBy(
                        () ->
                                Aw319File.open(
                                        file, Aw319Fixtures.CLASSIFIER, TechnologyMapping.NONE))
                .isInstanceOfSatisfying(
                        Aw319StructureException.class,
                        e -> {
                            assertThat(e.problems())
                                    .extracting(StructuralProblem::retourcode)
                                    .containsExactly("0804", "0158");
                            assertThat(e.describe())
                                    .startsWith(
                                            "broken.asc is not a valid AW319 file (2 structural problem(s));"
                                                    + " the whole file is refused, nothing in it was checked:");
                            assertThat(e.describe())
                                    .contains(
                                            "broken.asc, record 3, position 301, retourcode 0804: the record has 300"
                                                    + " positions; every record has exactly 310");
                        });
    }

    @Test
    void aUtf8FileWithAccentsIsReadByCharactersNotBytes() throws IOException {
        // given the 02 name with an accent (2 bytes in UTF-8), written as UTF-8
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        1,
                        put(
                                Aw319Fixtures.insured(
                                        "000000000001", "326018153", "9664", "CL000101"),
                                64,
                                "MÜLLER"));
        Path file = dir.resolve("utf8.asc");
        java.nio.file.Files.writeString(
                file, Aw319Fixtures.text(records), java.nio.charset.StandardCharsets.UTF_8);

        // then the file is valid and reads
        assertThat(Aw319Validator.validate(file)).isEmpty();
        assertThat(Aw319Format.isAw319(file)).isTrue();
    }

    @Test
    void aServiceDateFarInTheFutureOrBefore2015IsARejectOnField0414() throws IOException {
        // given L003 dated 31 December 9999 and L004 dated 31 December 2014
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.with(
                                Aw319Fixtures.validRecords(),
                                2,
                                Aw319Fixtures.prestatie(
                                        "000000000002",
                                        "99991231",
                                        "1062",
                                        "0090",
                                        "01",
                                        "00000117",
                                        "00010530",
                                        "00010530",
                                        "D",
                                        "L003",
                                        "",
                                        "ZK-TZT-1")),
                        4,
                        Aw319Fixtures.prestatie(
                                "000000000004",
                                "20141231",
                                "1062",
                                "0002",
                                "04",
                                "00006500",
                                "00013000",
                                "00013000",
                                "D",
                                "L004",
                                "",
                                ""));

        // when read
        List<RowResult> rows = Aw319Fixtures.readUnvalidated(records, TechnologyMapping.NONE);

        // then both are rejects naming the field and the window; the third line is read
        assertThat(rejected(rows.get(0)).field()).isEqualTo("0414");
        assertThat(rejected(rows.get(0)).reason(Language.EN))
                .contains(
                        "the service date 9999-12-31 is more than a year after the day of this check");
        assertThat(rejected(rows.get(1)).reason(Language.EN))
                .contains("the service date 2014-12-31 is before 2015-01-01");
        assertThat(accepted(rows.get(2)).lineId()).isEqualTo("L005");
    }
}
