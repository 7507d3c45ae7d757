package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Aw319WriterTests {

    private static ClaimLine line(
            long lineNo,
            String id,
            String client,
            String bsn,
            String uzovi,
            String code,
            String date,
            int minutes,
            long tariffCents,
            Long amountCents,
            Technology tech,
            String product,
            boolean credit,
            String corrects) {
        Money tariff = Money.cents(tariffCents);
        Money amount =
                amountCents == null ? Money.forMinutes(minutes, tariff) : Money.cents(amountCents);
        return new ClaimLine(
                lineNo,
                id,
                client,
                bsn,
                uzovi,
                code,
                LocalDate.parse(date),
                minutes,
                tariff,
                amount,
                amountCents != null,
                tech,
                product,
                Law.ZVW,
                credit,
                corrects,
                false,
                null);
    }

    private static ClaimLine simple(String id, int minutes, long tariffCents) {
        return line(
                2,
                id,
                "C1",
                "326018153",
                "9664",
                "1062",
                "2024-03-01",
                minutes,
                tariffCents,
                null,
                Technology.VIDEO,
                null,
                false,
                null);
    }

    private static String write(List<ClaimLine> lines, Aw319WriterSettings settings)
            throws IOException {
        StringWriter out = new StringWriter();
        new Aw319Writer(settings).write(lines, out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0} min at {1} ct/h -> {2} x unit {3} at {4} ct, exact {5}")
    @CsvSource({
        // minutes, hourly cents, quantity, unit, unit tariff cents, exact   (hand-computed)
        "120, 6500, 2, 04, 6500, true", // whole hours: hour
        "90, 6000, 18, 07, 500, true", // 90 = 18 x 5; 60.00 x 5 / 60 = 5.00
        "90, 6504, 18, 07, 542, true", // 65.04 x 5 / 60 = 5.42
        "90, 6500, 90, 01, 108, false", // 65.00 / 12 = 5.4166..: not per 5 min; 65.00 / 60 =
        // 1.0833.. -> 1.08
        "91, 6000, 91, 01, 100, true", // not a multiple of 5; 60.00 / 60 = 1.00
        "200, 6794, 200, 01, 113, false", // 67.94 / 60 = 1.1323.. -> 1.13
        "60, 6794, 1, 04, 6794, true", // one hour of any tariff is exact
        "45, 7020, 9, 07, 585, true", // 70.20 x 5 / 60 = 5.85
        "47, 7020, 47, 01, 117, true", // 70.20 / 60 = 1.17
        "30, 6450, 30, 01, 108, false"
    }) // 64.50 x 5 / 60 = 5.375; / 60 = 1.075 -> 1.08 (half up)
    void theCoarsestExactUnitIsChosen(
            int minutes, long hourly, long quantity, String unit, long unitTariff, boolean exact) {
        // when the unit is chosen
        UnitChoice choice = UnitChoice.of(minutes, Money.cents(hourly));

        // then
        assertThat(choice.quantity()).isEqualTo(quantity);
        assertThat(choice.unit().code()).isEqualTo(unit);
        assertThat(choice.unitTariffCents()).isEqualTo(unitTariff);
        assertThat(choice.exact()).isEqualTo(exact);
    }

    @Test
    void aSmallFileIsWrittenRecordByRecordWithHeaderAndTrailerFilled() throws IOException {
        // given two lines of one client: 2 hours of VIDEO at 65.00 (130.00), and a credit of 90
        // minutes at
        // 60.00 (90.00, declared) reversing L0 with MEDICATION/Medido
        List<ClaimLine> lines =
                List.of(
                        line(
                                2,
                                "L1",
                                "CL1",
                                "326018153",
                                "9664",
                                "1062",
                                "2024-03-05",
                                120,
                                6500,
                                null,
                                Technology.VIDEO,
                                null,
                                false,
                                null),
                        line(
                                3,
                                "L2",
                                "CL1",
                                "326018153",
                                "9664",
                                "1062",
                                "2024-03-20",
                                90,
                                6000,
                                9000L,
                                Technology.MEDICATION,
                                "Medido",
                                true,
                                "L0"));

        // when written with AGB codes 12345678 / 87654321, production
        String text =
                write(lines, new Aw319WriterSettings("12345678", "87654321", 'P', null, null));

        // then 6 records of 310 positions with CR/LF: 01, 02, 04, 98, 04, 98, 99 (7 records)
        String[] records = text.split("\r\n", -1);
        assertThat(records).hasSize(8);
        assertThat(records[7]).isEmpty();
        for (int i = 0; i < 7; i++) {
            assertThat(records[i]).hasSize(310);
        }
        // header: 428, 01/04, P, UZOVI of the only insurer, institution AGB, paid to the
        // institution, period, invoice
        assertThat(records[0].substring(0, 10)).isEqualTo("014280104P");
        assertThat(records[0].substring(26, 30)).isEqualTo("9664"); // 0108
        assertThat(records[0].substring(54, 62)).isEqualTo("12345678"); // 0112
        assertThat(records[0].substring(62, 64)).isEqualTo("04"); // 0113
        assertThat(records[0].substring(64, 80)).isEqualTo("2024030520240320"); // 0114, 0115
        assertThat(records[0].substring(80, 92)).isEqualTo("TZT202403   "); // 0116
        assertThat(records[0].substring(92, 100))
                .isEqualTo("20240320"); // 0117: the period's last day
        assertThat(records[0].substring(114, 117)).isEqualTo("EUR");
        // 02: id 1, BSN, UZOVI, patient number = client id
        assertThat(records[1].substring(0, 27)).isEqualTo("02000000000001326018153" + "9664");
        assertThat(records[1].substring(42, 53)).isEqualTo("CL1        ");
        // first 04: id 2, 2 x hour at 65.00, calculated and declared 130.00, D, L1
        assertThat(records[2].substring(0, 14)).isEqualTo("04000000000002");
        assertThat(records[2].substring(105, 135))
                .isEqualTo("20240305" + "20240305" + "065" + "1062 " + "0002" + "04");
        assertThat(records[2].substring(135, 143)).isEqualTo("87654321"); // 0420
        assertThat(records[2].substring(164, 194))
                .isEqualTo("00006500" + "00013000" + "D" + "0000" + "00013000" + "D");
        assertThat(records[2].substring(194, 234))
                .isEqualTo("L1" + " ".repeat(18) + " ".repeat(20));
        // its comment
        assertThat(records[3].substring(0, 18)).isEqualTo("980000000000030001");
        assertThat(records[3].substring(18, 158).stripTrailing()).isEqualTo("TZT=VIDEO");
        // the credit: 18 x five minutes at 5.00 = 90.00, C, reversing L0
        assertThat(records[4].substring(129, 135)).isEqualTo("0018" + "07");
        assertThat(records[4].substring(164, 194))
                .isEqualTo("00000500" + "00009000" + "C" + "0000" + "00009000" + "C");
        assertThat(records[4].substring(194, 234))
                .isEqualTo("L2" + " ".repeat(18) + "L0" + " ".repeat(18));
        assertThat(records[5].substring(18, 158).stripTrailing())
                .isEqualTo("TZT=MEDICATION;product=Medido");
        // trailer: 1 insured, 0 debtors, 2 prestaties, 2 comments, 5 detail records, 130.00 - 90.00
        // = 40.00 D
        assertThat(records[6].substring(0, 45))
                .isEqualTo(
                        "99"
                                + "000001"
                                + "000000"
                                + "000002"
                                + "000002"
                                + "0000005"
                                + "00000004000"
                                + "D");
        // and the structural check finds nothing
        assertThat(Aw319Fixtures.validate(text)).isEmpty();
    }

    @Test
    void aLineNoUnitRepresentsIsWrittenPerMinuteAndItsRoundingReported() throws IOException {
        // given 200 minutes at 65.00 (216.67) and 45 minutes at 64.50 (48.38) with a declared
        // amount that
        // differs (50.00)
        List<ClaimLine> lines =
                List.of(
                        line(
                                6,
                                "L005",
                                "C1",
                                "326018153",
                                "9664",
                                "1062",
                                "2024-03-10",
                                200,
                                6500,
                                21667L,
                                Technology.VIDEO,
                                null,
                                false,
                                null),
                        line(
                                7,
                                "L006",
                                "C1",
                                "326018153",
                                "9664",
                                "1062",
                                "2024-03-11",
                                45,
                                6450,
                                5000L,
                                Technology.VIDEO,
                                null,
                                false,
                                null));

        // when written
        StringWriter out = new StringWriter();
        Aw319ExportReport report =
                new Aw319Writer(Aw319WriterSettings.defaults()).write(lines, out);

        // then: 200 x 1.08 = 216.00, 67 cents less than 216.67, declared 216.00 (the CSV amount
        // equalled the tariff's);
        // 45 x 1.08 (64.50 / 60 = 1.075 -> 1.08) = 48.60, 22 cents more than 48.38; its declared
        // 50.00 is kept
        assertThat(report.roundings())
                .containsExactly(
                        new Aw319ExportReport.Rounding(
                                6,
                                "L005",
                                200,
                                Money.cents(6500),
                                Money.cents(108),
                                Money.cents(6480),
                                -67),
                        new Aw319ExportReport.Rounding(
                                7,
                                "L006",
                                45,
                                Money.cents(6450),
                                Money.cents(108),
                                Money.cents(6480),
                                22));
        assertThat(report.totalRoundingCents()).isEqualTo(-45);
        String[] records = out.toString().split("\r\n");
        assertThat(records[2].substring(129, 135)).isEqualTo("0200" + "01");
        assertThat(records[2].substring(164, 194))
                .isEqualTo("00000108" + "00021600" + "D" + "0000" + "00021600" + "D");
        assertThat(records[4].substring(164, 194))
                .isEqualTo("00000108" + "00004860" + "D" + "0000" + "00005000" + "D");
        assertThat(report.totalCents()).isEqualTo(21600 + 5000);
        assertThat(report.linesPerUnit()).containsExactlyEntriesOf(Map.of(TimeUnit.MINUTE, 2));
    }

    @Test
    void linesAw319CannotCarryAreNotWrittenAndSayWhy() throws IOException {
        // given a good line and lines AW319 cannot carry
        ClaimLine good = simple("OK", 60, 6000);
        ClaimLine wmo =
                new ClaimLine(
                        3,
                        "WMO",
                        "C1",
                        "326018153",
                        "9664",
                        "1062",
                        LocalDate.of(2024, 3, 1),
                        60,
                        Money.cents(6000),
                        Money.cents(6000),
                        false,
                        Technology.VIDEO,
                        null,
                        Law.WMO,
                        false,
                        null,
                        false,
                        null);
        ClaimLine wlz =
                new ClaimLine(
                        4,
                        "WLZI",
                        "C1",
                        "326018153",
                        "9664",
                        "1062",
                        LocalDate.of(2024, 3, 1),
                        60,
                        Money.cents(6000),
                        Money.cents(6000),
                        false,
                        Technology.VIDEO,
                        null,
                        Law.ZVW,
                        false,
                        null,
                        true,
                        null);
        ClaimLine longClient =
                line(
                        5,
                        "LC",
                        "CLIENT-0000001",
                        "326018153",
                        "9664",
                        "1062",
                        "2024-03-01",
                        60,
                        6000,
                        null,
                        Technology.VIDEO,
                        null,
                        false,
                        null);
        ClaimLine shortBsn =
                line(
                        6,
                        "SB",
                        "C1",
                        "12345",
                        "9664",
                        "1062",
                        "2024-03-01",
                        60,
                        6000,
                        null,
                        Technology.VIDEO,
                        null,
                        false,
                        null);
        ClaimLine tooMany =
                line(
                        7,
                        "TM",
                        "C1",
                        "326018153",
                        "9664",
                        "1062",
                        "2024-03-01",
                        10001,
                        6000,
                        null,
                        Technology.VIDEO,
                        null,
                        false,
                        null);
        ClaimLine duplicate = simple("OK", 30, 6000);

        // when written
        Aw319ExportReport report =
                new Aw319Writer(Aw319WriterSettings.defaults())
                        .write(
                                List.of(good, wmo, wlz, longClient, shortBsn, tooMany, duplicate),
                                new StringWriter());

        // then only the good line is written, each other with its reason (never the BSN itself)
        assertThat(report.linesWritten()).isEqualTo(1);
        assertThat(report.notWritten())
                .extracting(
                        Aw319ExportReport.NotWritten::lineId, Aw319ExportReport.NotWritten::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "WMO",
                                "the law is WMO; an AW319 file (message 428) declares Zvw care only"),
                        org.assertj.core.groups.Tuple.tuple(
                                "WLZI",
                                "the client holds a Wlz indication (wlz_indicatie J), which"
                                        + " AW319 carries only in 0408-0413 with the CIZ decision's numbers, not in the CSV: written, the line"
                                        + " would be checked as if the client had none"),
                        org.assertj.core.groups.Tuple.tuple(
                                "LC",
                                "client_id 'CLIENT-0000001' has 14 characters; 0206"
                                        + " PATIENT(IDENTIFICATIE)NUMMER holds 11"),
                        org.assertj.core.groups.Tuple.tuple(
                                "SB",
                                "the BSN is not 9 digits; 0403 holds exactly 9 (999999999 when"
                                        + " the client has none)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "TM",
                                "10001 minutes do not fit in one line: 0418 holds at most 9999"
                                        + " minute units; split the line"),
                        org.assertj.core.groups.Tuple.tuple(
                                "OK",
                                "line_id 'OK' is already used on line 2 (0431 must be unique in a"
                                        + " file; the check rejects the later line as well)"));
    }

    @Test
    void aLineWithoutBsnGetsNinesAndOneInsuredRecordPerClientAndInsurer() throws IOException {
        // given client A at two insurers, client B without BSN, then A again at the first insurer
        List<ClaimLine> lines =
                List.of(
                        line(
                                2,
                                "A1",
                                "A",
                                "326018153",
                                "9664",
                                "1000",
                                "2024-03-01",
                                60,
                                6000,
                                null,
                                null,
                                null,
                                false,
                                null),
                        line(
                                3,
                                "A2",
                                "A",
                                "326018153",
                                "3311",
                                "1000",
                                "2024-03-02",
                                60,
                                6000,
                                null,
                                null,
                                null,
                                false,
                                null),
                        line(
                                4,
                                "B1",
                                "B",
                                null,
                                "9664",
                                "1000",
                                "2024-03-03",
                                60,
                                6000,
                                null,
                                null,
                                null,
                                false,
                                null),
                        line(
                                5,
                                "A3",
                                "A",
                                "326018153",
                                "9664",
                                "1000",
                                "2024-03-04",
                                60,
                                6000,
                                null,
                                null,
                                null,
                                false,
                                null));

        // when written
        String[] records = write(lines, Aw319WriterSettings.defaults()).split("\r\n");

        // then 02 (A, 9664) with A1 and A3; 02 (A, 3311) with A2; 02 (B) with nines and B1; no
        // comments; UZOVI 0000 in the header
        assertThat(records)
                .extracting(
                        r -> r.substring(0, 2) + (r.startsWith("04") ? r.substring(194, 196) : ""))
                .containsExactly("01", "02", "04A1", "04A3", "02", "04A2", "02", "04B1", "99");
        assertThat(records[6].substring(14, 27)).isEqualTo("999999999" + "9664");
        assertThat(records[0].substring(26, 30)).isEqualTo("0000");
        assertThat(records[0].substring(9, 10)).isEqualTo("T");
        assertThat(records[0].substring(54, 62)).isEqualTo(Aw319WriterSettings.PLACEHOLDER_AGB);
    }

    @Test
    void theSameLinesGiveTheSameBytesAndTheFileIsReplacedInOneStep(@TempDir Path dir)
            throws IOException {
        // given lines and an existing output file
        List<ClaimLine> lines = List.of(simple("L1", 60, 6000), simple("L2", 95, 6794));
        Path out = dir.resolve("out.asc");
        Files.writeString(out, "old");

        // when written twice
        new Aw319Writer(Aw319WriterSettings.defaults()).write(lines, out);
        byte[] first = Files.readAllBytes(out);
        new Aw319Writer(Aw319WriterSettings.defaults()).write(lines, out);

        // then the bytes are identical, ISO 8859-1, and nothing else is left in the folder
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.ISO_8859_1))
                .isEqualTo(write(lines, Aw319WriterSettings.defaults()));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
        assertThat(Aw319Validator.validate(out)).isEmpty();
    }

    @Test
    void whenNoLineCanBeWrittenNoFileIsWritten(@TempDir Path dir) throws IOException {
        // given only a WMO line
        ClaimLine wmo =
                new ClaimLine(
                        3,
                        "WMO",
                        "C1",
                        "326018153",
                        "9664",
                        "1062",
                        LocalDate.of(2024, 3, 1),
                        60,
                        Money.cents(6000),
                        Money.cents(6000),
                        false,
                        Technology.VIDEO,
                        null,
                        Law.WMO,
                        false,
                        null,
                        false,
                        null);

        // when written
        Aw319ExportReport report =
                new Aw319Writer(Aw319WriterSettings.defaults())
                        .write(List.of(wmo), dir.resolve("x.asc"));

        // then
        assertThat(report.linesWritten()).isZero();
        assertThat(report.notWritten()).hasSize(1);
        assertThat(dir.resolve("x.asc")).doesNotExist();
    }

    @Test
    void settingsAreChecked() {
        assertThat(
                        org.assertj.core.api.Assertions.catchThrowable(
                                () -> new Aw319WriterSettings("1234", "12345678", 'T', null, null)))
                .hasMessage("the institution AGB code '1234' is not 8 digits");
        assertThat(
                        org.assertj.core.api.Assertions.catchThrowable(
                                () ->
                                        new Aw319WriterSettings(
                                                "12345678", "12345678", 'X', null, null)))
                .hasMessage("message kind 'X' is neither T (test) nor P (production)");
        assertThat(
                        org.assertj.core.api.Assertions.catchThrowable(
                                () ->
                                        new Aw319WriterSettings(
                                                "12345678",
                                                "12345678",
                                                'T',
                                                "1234567890123",
                                                null)))
                .hasMessage("invoice number '1234567890123' must be 1 to 12 characters");
    }
}
