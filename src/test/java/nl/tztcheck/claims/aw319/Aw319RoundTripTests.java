package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import nl.tztcheck.claims.ClaimCsvFile;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimRowParser;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RawRow;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a CSV export written as AW319 and read back gives the same claim lines. Each case is a
 * CSV generated from its seed (so a failure names the seed that reproduces it): 1 to 25 lines over
 * a few clients and insurers, technology and regular-care codes, debits and credits, declared,
 * mismatching and absent amounts, Dutch and plain CSV styles.
 */
class Aw319RoundTripTests {

    private static final String[] TECH = {
        "MEDICATION", "VIDEO", "OTHER", "MEDICATIE", "BEELDZORG", "OVERIG"
    };
    private static final String[] PRODUCTS = {"", "", "Medido", "Compaan", "Med Minder", "Héra"};
    private static final String[] UZOVI = {"9664", "3311", "0101", "7095"};
    private static final String[] BSNS = {"326018153", "131860914", "999999999", "", "123456789"};

    @TempDir Path dir;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** Lines whose tariff some unit carries exactly come back identical (bar the line number). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void representableLinesComeBackIdentical(long seed) throws IOException {
        // given a generated CSV export whose tariffs every line can carry exactly
        Path csv = generate(new Random(seed), true);
        List<RowResult.Accepted> original = readCsv(csv);

        // when written as AW319 and read back
        Path asc = dir.resolve("twin.asc");
        Aw319ExportReport report =
                new Aw319Writer(Aw319WriterSettings.defaults()).write(lines(original), asc);
        List<RowResult.Accepted> back = readAw319(asc);

        // then the file is valid, nothing was rounded or left out, and every line and its kind is
        // the same
        assertThat(Aw319Validator.validate(asc)).isEmpty();
        assertThat(report.roundings()).isEmpty();
        assertThat(report.notWritten()).isEmpty();
        assertThat(report.linesWritten()).isEqualTo(original.size());
        assertThat(normalised(back)).isEqualTo(normalised(original));
        assertThat(kinds(back)).isEqualTo(kinds(original));
    }

    /**
     * Lines no unit carries exactly come back per minute at the rounded tariff, as the report says.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundedLinesComeBackAsTheReportSays(long seed) throws IOException {
        // given a generated CSV export with any tariffs
        Path csv = generate(new Random(seed), false);
        List<RowResult.Accepted> original = readCsv(csv);

        // when written as AW319 and read back
        Path asc = dir.resolve("twin.asc");
        Aw319ExportReport report =
                new Aw319Writer(Aw319WriterSettings.defaults()).write(lines(original), asc);
        Map<String, ClaimLine> back = new HashMap<>();
        readAw319(asc).forEach(a -> back.put(a.line().lineId(), a.line()));

        // then the file is valid and every line keeps its minutes; a rounded line carries the
        // tariff the report
        // names, which is within 30 cents per hour of the original, and its amount moved by the
        // reported cents
        assertThat(Aw319Validator.validate(asc)).isEmpty();
        assertThat(back).hasSize(original.size());
        Map<String, Aw319ExportReport.Rounding> rounded = new HashMap<>();
        report.roundings().forEach(r -> rounded.put(r.lineId(), r));
        for (RowResult.Accepted a : original) {
            ClaimLine in = a.line();
            ClaimLine out = back.get(in.lineId());
            assertThat(out.minutes()).isEqualTo(in.minutes());
            Aw319ExportReport.Rounding r = rounded.get(in.lineId());
            if (r == null) {
                assertThat(out.hourlyTariff()).isEqualTo(in.hourlyTariff());
                continue;
            }
            assertThat(out.hourlyTariff()).isEqualTo(r.hourlyTariffAsRead());
            assertThat(Math.abs(out.hourlyTariff().cents() - in.hourlyTariff().cents()))
                    .isLessThanOrEqualTo(30);
            assertThat(
                            Money.forMinutes(out.minutes(), out.hourlyTariff()).cents()
                                    - in.expectedAmount().cents())
                    .isEqualTo(r.differenceCents());
            boolean declaredDiffered =
                    in.amountDeclared() && !in.amount().equals(in.expectedAmount());
            assertThat(out.amount())
                    .isEqualTo(
                            declaredDiffered
                                    ? in.amount()
                                    : Money.cents(
                                            in.expectedAmount().cents() + r.differenceCents()));
        }
    }

    private List<RowResult.Accepted> readCsv(Path csv) throws IOException {
        List<RowResult.Accepted> lines = new ArrayList<>();
        try (ClaimCsvFile file = ClaimCsvFile.open(csv, InputInspection.of(csv))) {
            ClaimRowParser parser =
                    new ClaimRowParser(file.header(), Aw319Fixtures.CLASSIFIER, file.separator());
            for (RawRow row = file.nextRow(); row != null; row = file.nextRow()) {
                RowResult r = parser.parse(row);
                assertThat(r)
                        .as("generated row %s", row.rawText())
                        .isInstanceOf(RowResult.Accepted.class);
                lines.add((RowResult.Accepted) r);
            }
        }
        return lines;
    }

    private static List<RowResult.Accepted> readAw319(Path asc) throws IOException {
        List<RowResult.Accepted> lines = new ArrayList<>();
        try (Aw319File file =
                Aw319File.open(asc, Aw319Fixtures.CLASSIFIER, TechnologyMapping.NONE)) {
            for (RowResult r = file.next(); r != null; r = file.next()) {
                assertThat(r).isInstanceOf(RowResult.Accepted.class);
                lines.add((RowResult.Accepted) r);
            }
        }
        return lines;
    }

    private static List<ClaimLine> lines(List<RowResult.Accepted> rows) {
        return rows.stream().map(RowResult.Accepted::line).toList();
    }

    /**
     * What must survive the round trip: everything but the line number (the CSV line versus the
     * record number); an absent amount becomes the declared tariff amount and an absent BSN the
     * nines.
     */
    private static List<ClaimLine> normalised(List<RowResult.Accepted> rows) {
        return rows.stream()
                .map(RowResult.Accepted::line)
                .map(
                        l ->
                                new ClaimLine(
                                        0,
                                        l.lineId(),
                                        l.clientId(),
                                        l.bsn() == null ? "999999999" : l.bsn(),
                                        l.uzovi(),
                                        l.serviceCode(),
                                        l.serviceDate(),
                                        l.minutes(),
                                        l.hourlyTariff(),
                                        l.amount(),
                                        true,
                                        l.technology(),
                                        l.product(),
                                        l.law(),
                                        l.credit(),
                                        l.correctsLineId(),
                                        l.wlzIndication(),
                                        l.approvalRef()))
                .sorted(Comparator.comparing(ClaimLine::lineId))
                .toList();
    }

    private static Map<String, LineKind> kinds(List<RowResult.Accepted> rows) {
        Map<String, LineKind> kinds = new HashMap<>();
        rows.forEach(r -> kinds.put(r.line().lineId(), r.kind()));
        return kinds;
    }

    /**
     * A CSV export from the seed; with {@code exact}, every line's tariff is carried exactly by
     * some unit.
     */
    private Path generate(Random rnd, boolean exact) throws IOException {
        boolean dutch = rnd.nextBoolean();
        char sep = dutch ? ';' : ',';
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(dutch ? "dd-MM-uuuu" : "uuuu-MM-dd");
        StringBuilder sb = new StringBuilder();
        sb.append(
                        String.join(
                                String.valueOf(sep),
                                dutch
                                        ? List.of(
                                                "regel_id",
                                                "clientnummer",
                                                "bsn",
                                                "uzovi",
                                                "prestatiecode",
                                                "datum",
                                                "minuten",
                                                "uurtarief",
                                                "bedrag",
                                                "technologie",
                                                "product",
                                                "wet",
                                                "debet_credit",
                                                "referentie_voorgaand",
                                                "wlz_indicatie",
                                                "toestemming")
                                        : List.of(
                                                "line_id",
                                                "client_id",
                                                "bsn",
                                                "insurer_uzovi",
                                                "service_code",
                                                "service_date",
                                                "minutes",
                                                "hourly_tariff",
                                                "amount",
                                                "technology",
                                                "product",
                                                "law",
                                                "debit_credit",
                                                "corrects_line_id",
                                                "wlz_indication",
                                                "approval_ref")))
                .append("\r\n");
        int n = 1 + rnd.nextInt(25);
        int clients = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            int client = rnd.nextInt(clients);
            String code = rnd.nextInt(3) == 0 ? (rnd.nextBoolean() ? "1000" : "1001") : "1062";
            int[] minutesAndTariff = exact ? exactLine(rnd) : anyLine(rnd);
            int minutes = minutesAndTariff[0];
            long tariff = minutesAndTariff[1];
            long expected = Money.forMinutes(minutes, Money.cents(tariff)).cents();
            boolean credit = i > 0 && rnd.nextInt(5) == 0;
            String amount =
                    switch (rnd.nextInt(4)) {
                        case 0 -> "";
                        case 1 ->
                                money(
                                        expected + 1 + rnd.nextInt(500),
                                        dutch); // a declared amount that differs
                        default -> money(expected, dutch);
                    };
            if (credit && !amount.isEmpty() && rnd.nextBoolean()) {
                amount = "-" + amount;
            }
            boolean technology = code.equals("1062") || rnd.nextInt(6) == 0;
            String tech = technology ? TECH[rnd.nextInt(TECH.length)] : "";
            String product = technology ? PRODUCTS[rnd.nextInt(PRODUCTS.length)] : "";
            LocalDate date =
                    LocalDate.of(2015 + rnd.nextInt(12), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            List<String> cells =
                    List.of(
                            "L" + i + "-" + rnd.nextInt(1000),
                            "CL" + (100 + client),
                            BSNS[client % BSNS.length],
                            UZOVI[rnd.nextInt(UZOVI.length)],
                            code,
                            dates.format(date),
                            String.valueOf(minutes),
                            money(tariff, dutch),
                            amount,
                            tech,
                            product,
                            rnd.nextBoolean() ? "ZVW" : "",
                            credit ? "C" : (rnd.nextBoolean() ? "D" : ""),
                            credit ? "L" + rnd.nextInt(i) + "-X" : "",
                            rnd.nextBoolean() ? "N" : "",
                            rnd.nextInt(3) == 0 ? "ZK-" + rnd.nextInt(99999) : "");
            sb.append(
                            String.join(
                                    String.valueOf(sep),
                                    cells.stream().map(c -> quote(c, sep)).toList()))
                    .append("\r\n");
        }
        Path csv = dir.resolve("claims.csv");
        Files.write(
                csv,
                sb.toString()
                        .getBytes(dutch ? InputInspection.WINDOWS_1252 : StandardCharsets.UTF_8));
        return csv;
    }

    /** Minutes and an hourly tariff (cents) that hour, five minutes or minute carries exactly. */
    private static int[] exactLine(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 ->
                    new int[] {
                        60 * (1 + rnd.nextInt(8)), 3000 + rnd.nextInt(9000)
                    }; // hours, any tariff
            case 1 ->
                    new int[] {
                        5 * (1 + rnd.nextInt(80)), 12 * (250 + rnd.nextInt(750))
                    }; // five minutes
            default -> new int[] {1 + rnd.nextInt(600), 60 * (50 + rnd.nextInt(150))}; // minutes
        };
    }

    private static int[] anyLine(Random rnd) {
        return new int[] {1 + rnd.nextInt(600), 3000 + rnd.nextInt(9000)};
    }

    private static String money(long cents, boolean dutch) {
        String s = String.format("%d%s%02d", cents / 100, dutch ? "," : ".", cents % 100);
        return s;
    }

    private static String quote(String cell, char sep) {
        return cell.indexOf(sep) >= 0 ? "\"" + cell + "\"" : cell;
    }
}
