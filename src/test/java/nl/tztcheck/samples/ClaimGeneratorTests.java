package nl.tztcheck.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.tztcheck.claims.Bsn;
import nl.tztcheck.claims.ClaimCsvFile;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimRowParser;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.LineClassifier;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RawRow;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.cli.TztCheckCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimGeneratorTests {

    /**
     * The codes of the shipped national profile; enough to read a generated file without profiles.
     */
    private static final LineClassifier CODES =
            (code, uzovi, date) ->
                    switch (code) {
                        case "1062" -> LineKind.TECHNOLOGY;
                        case "1000", "1001", "1002", "1003", "1004" -> LineKind.REGULAR_CARE;
                        default -> LineKind.OTHER;
                    };

    private static final GeneratorOptions SMALL = GeneratorOptions.defaults().withClients(400);

    @TempDir Path dir;

    private static byte[] generate(GeneratorOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimGenerator(options).writeTo(out);
        return out.toByteArray();
    }

    /** Everything a generated file holds, as the check reads it. */
    private record Read(
            char separator,
            InputInspection inspection,
            List<ClaimLine> lines,
            Map<ClaimLine, LineKind> kinds,
            List<Reject> rejects,
            long rows) {}

    private static Read read(Path file) throws IOException {
        InputInspection inspection = InputInspection.of(file);
        List<ClaimLine> lines = new ArrayList<>();
        Map<ClaimLine, LineKind> kinds = new HashMap<>();
        List<Reject> rejects = new ArrayList<>();
        long rows = 0;
        char separator;
        try (ClaimCsvFile csv = ClaimCsvFile.open(file, inspection)) {
            separator = csv.separator();
            assertThat(csv.header().ignoredColumns()).isEmpty();
            ClaimRowParser parser = new ClaimRowParser(csv.header(), CODES, csv.separator());
            RawRow row;
            while ((row = csv.nextRow()) != null) {
                rows++;
                RowResult result = parser.parse(row);
                if (result instanceof RowResult.Accepted a) {
                    lines.add(a.line());
                    kinds.put(a.line(), a.kind());
                } else if (result instanceof RowResult.Rejected r) {
                    rejects.add(r.reject());
                }
            }
            assertThat(csv.blankRows()).isZero();
        }
        return new Read(separator, inspection, lines, kinds, rejects, rows);
    }

    @Test
    void sameOptionsAndSeedGiveByteIdenticalFiles() throws IOException {
        // given one set of options
        // when the export is generated twice, once to a stream and once to a file
        byte[] first = generate(SMALL);
        byte[] second = generate(SMALL);
        Path file = dir.resolve("claims.csv");
        ClaimGenerator.write(SMALL, file);

        // then all three are the same bytes
        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherFile() throws IOException {
        // given two option sets differing only in the seed
        // when both are generated
        byte[] seed42 = generate(SMALL);
        byte[] seed43 = generate(SMALL.withSeed(43));

        // then the files differ
        assertThat(seed43).isNotEqualTo(seed42);
    }

    @Test
    void excelStyleIsReadableWithOnlyTheDeliberatelyBadRowsRejected() throws IOException {
        // given a Dutch Excel export with its few deliberately unreadable rows
        Path file = dir.resolve("excel.csv");
        GeneratorOptions options = GeneratorOptions.defaults();

        // when it is written and read back by the claims reader
        GeneratorSummary summary = ClaimGenerator.write(options, file);
        Read read = read(file);

        // then it reads as Dutch Excel: ';', Windows-1252 content (ASCII), Dutch header
        assertThat(read.separator()).isEqualTo(';');
        String header =
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        .lines()
                        .findFirst()
                        .orElseThrow();
        assertThat(header)
                .isEqualTo(
                        "regel_id;clientnummer;bsn;uzovi;prestatiecode;datum;minuten;uurtarief;bedrag;technologie;"
                                + "product;wet;debet_credit;referentie_voorgaand;wlz_indicatie;toestemming");
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                .contains(";74,")
                .contains("-2024;")
                .contains("MEDICATIE")
                .contains("\r\n")
                .doesNotContain("MEDICATION");
        // and every row is a line, except exactly the rows made unreadable on purpose
        assertThat(summary.badRows()).isPositive();
        assertThat(read.rejects()).hasSize((int) summary.badRows());
        assertThat(read.rejects())
                .allSatisfy(
                        r ->
                                assertThat(r.field())
                                        .isIn(
                                                "service_date",
                                                "minutes",
                                                "technology",
                                                "hourly_tariff"));
        assertCountsAndContent(summary, options, read);
    }

    @Test
    void plainStyleIsReadableAndCleanWithoutBadRows() throws IOException {
        // given a plain UTF-8 export without deliberately bad rows
        Path file = dir.resolve("plain.csv");
        GeneratorOptions options =
                SMALL.withStyle(Style.PLAIN)
                        .withBadRows(false)
                        .withMonths(YearMonth.of(2024, 11), 4);

        // when it is written and read back
        GeneratorSummary summary = ClaimGenerator.write(options, file);
        Read read = read(file);

        // then it reads as a plain export with not a single reject
        assertThat(read.separator()).isEqualTo(',');
        assertThat(read.inspection().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Files.readString(file))
                .startsWith("line_id,client_id,bsn,insurer_uzovi,service_code,service_date,")
                .contains(",2025-01-")
                .contains(",MEDICATION,")
                .doesNotContain("\r");
        assertThat(summary.badRows()).isZero();
        assertThat(read.rejects()).isEmpty();
        assertCountsAndContent(summary, options, read);
    }

    private static void assertCountsAndContent(
            GeneratorSummary summary, GeneratorOptions options, Read read) {
        List<ClaimLine> lines = read.lines();
        // line counts match the options and the summary
        assertThat(read.rows()).isEqualTo(summary.lines());
        assertThat(lines).hasSize((int) (summary.lines() - summary.badRows()));
        assertThat(summary.clients()).isEqualTo(options.clients());
        assertThat(summary.months()).isEqualTo(options.months());
        assertThat(lines.stream().map(ClaimLine::clientId).distinct()).hasSize(options.clients());
        Set<YearMonth> months = new TreeSet<>();
        lines.forEach(l -> months.add(l.month()));
        List<YearMonth> expectedMonths = new ArrayList<>();
        for (int m = 0; m < options.months(); m++) {
            expectedMonths.add(options.firstMonth().plusMonths(m));
        }
        assertThat(months).containsExactlyElementsOf(expectedMonths);
        assertThat(lines.stream().filter(l -> read.kinds().get(l) == LineKind.TECHNOLOGY))
                .hasSize((int) summary.technologyLines());
        assertThat(lines.stream().filter(l -> read.kinds().get(l) == LineKind.REGULAR_CARE))
                .hasSize((int) summary.regularCareLines());
        assertThat(lines.stream().filter(ClaimLine::credit)).hasSize((int) summary.creditLines());

        // line ids are unique and run R0000001, R0000002, ... over all rows, readable or not
        Set<String> ids = new HashSet<>();
        lines.forEach(l -> assertThat(ids.add(l.lineId())).as("unique %s", l.lineId()).isTrue());
        assertThat(lines.get(0).lineId()).isEqualTo("R0000001");
        lines.forEach(
                l -> assertThat(l.lineId()).isEqualTo(String.format("R%07d", l.lineNo() - 1)));
        assertThat(lines).allSatisfy(l -> assertThat(l.clientId()).matches("CL\\d{6}"));

        // credits name an earlier debit in the file, except the orphan ones, which name no line of
        // it
        Map<String, ClaimLine> byId = new HashMap<>();
        long orphans = 0;
        for (ClaimLine l : lines) {
            if (l.credit()) {
                ClaimLine target = byId.get(l.correctsLineId());
                if (target == null) {
                    orphans++;
                    assertThat(ids).doesNotContain(l.correctsLineId());
                } else {
                    assertThat(target.credit()).isFalse();
                    assertThat(target.clientId()).isEqualTo(l.clientId());
                    assertThat(target.minutes()).isEqualTo(l.minutes());
                }
            }
            byId.put(l.lineId(), l);
        }
        assertThat(orphans).isEqualTo(summary.orphanCredits());

        // the content is realistic: the shipped UZOVI codes and an unknown one, valid and invalid
        // BSNs,
        // every technology, amounts that mostly match, some Wlz and Wmo, caps exceeded
        assertThat(lines.stream().map(ClaimLine::uzovi).distinct())
                .containsExactlyInAnyOrder(
                        "3311", "3313", "3351", "3358", "7095", "0101", "9664", "3332", "7029",
                        "7085", "3343", "3365", "9018", "9999");
        List<ClaimLine> tech =
                lines.stream().filter(l -> read.kinds().get(l) == LineKind.TECHNOLOGY).toList();
        assertThat(tech)
                .extracting(ClaimLine::technology)
                .contains(Technology.MEDICATION, Technology.VIDEO, Technology.OTHER)
                .doesNotContainNull();
        assertThat(tech)
                .extracting(ClaimLine::product)
                .contains("Medido", "MedMinder", "Compaan", null);
        assertThat(lines.stream().map(l -> l.law().name()).distinct())
                .contains("ZVW", "WLZ", "WMO");
        assertThat(lines).anyMatch(ClaimLine::wlzIndication);
        long validBsn = lines.stream().filter(l -> Bsn.isValid(l.bsn())).count();
        assertThat(validBsn).isGreaterThan(lines.size() * 9L / 10);
        assertThat(lines)
                .anyMatch(l -> Bsn.isAbsent(l.bsn()))
                .anyMatch(l -> !Bsn.isAbsent(l.bsn()) && !Bsn.isValid(l.bsn()));
        long mismatches =
                lines.stream()
                        .filter(
                                l ->
                                        l.amountDeclared()
                                                && l.amount().cents() != l.expectedAmount().cents())
                        .count();
        assertThat(mismatches).isPositive().isLessThan(lines.size() / 50);
        assertThat(lines).allSatisfy(l -> assertThat(l.minutes()).isPositive());
        assertThat(technologyMinutesPerMonthExceed(tech, 390)).isTrue();
        assertThat(summary.duplicateLines()).isPositive();
        assertThat(tech)
                .anyMatch(l -> "3311".equals(l.uzovi()) && !l.hasApproval())
                .anyMatch(l -> "3311".equals(l.uzovi()) && l.hasApproval());
        assertThat(lines)
                .allSatisfy(
                        l ->
                                assertThat(l.serviceDate())
                                        .isBetween(
                                                options.firstMonth().atDay(1),
                                                options.lastMonth().atEndOfMonth()));
    }

    private static boolean technologyMinutesPerMonthExceed(List<ClaimLine> tech, int cap) {
        Map<String, Integer> minutes = new HashMap<>();
        tech.stream()
                .filter(l -> !l.credit())
                .forEach(
                        l ->
                                minutes.merge(
                                        l.clientId() + "/" + l.month(), l.minutes(), Integer::sum));
        return minutes.values().stream().anyMatch(m -> m > cap);
    }

    @Test
    void writesALargeExportToAStreamWithoutKeepingIt() throws IOException {
        // given a run of 200,000 lines written to a stream that keeps only the last bytes
        GeneratorOptions options =
                GeneratorOptions.defaults().withClients(12_000).withBadRows(false);
        var tail =
                new OutputStream() {
                    long bytes;
                    final byte[] last = new byte[200];

                    @Override
                    public void write(int b) {
                        last[(int) (bytes++ % last.length)] = (byte) b;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        for (int i = 0; i < len; i++) {
                            write(b[off + i]);
                        }
                    }
                };

        // when it is generated
        GeneratorSummary summary = new ClaimGenerator(options).writeTo(tail);

        // then everything went to the stream and the summary adds up
        assertThat(summary.lines()).isGreaterThan(200_000);
        assertThat(summary.lines())
                .isEqualTo(
                        summary.technologyLines() + summary.regularCareLines() + summary.badRows());
        assertThat(tail.bytes).isGreaterThan(summary.lines() * 50);
    }

    @Test
    void generateCommandWritesTheSameFileAndRefusesBadOptionsWithExitTwo() throws IOException {
        // given an output file and the options the command will be given
        Path file = dir.resolve("cli.csv");
        GeneratorOptions options =
                new GeneratorOptions(50, YearMonth.of(2025, 2), 2, 7, Style.PLAIN, true);
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when the command runs with valid options, then with bad ones
        int ok;
        int badStyle;
        int noClients;
        int badMonth;
        int noOut;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            ok =
                    TztCheckCli.execute(
                            "generate",
                            "--out",
                            file.toString(),
                            "--clients",
                            "50",
                            "--first-month",
                            "2025-02",
                            "--months",
                            "2",
                            "--seed",
                            "7",
                            "--style",
                            "PLAIN");
            badStyle = TztCheckCli.execute("generate", "--out", file.toString(), "--style", "xlsx");
            noClients = TztCheckCli.execute("generate", "--out", file.toString(), "--clients", "0");
            badMonth =
                    TztCheckCli.execute(
                            "generate", "--out", file.toString(), "--first-month", "2024-13");
            noOut = TztCheckCli.execute("generate");
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }

        // then the good run wrote exactly what the generator writes and said so in one line
        assertThat(ok).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(generate(options));
        String said = printed.toString(StandardCharsets.UTF_8);
        assertThat(said.lines()).hasSize(1);
        assertThat(said)
                .startsWith("Wrote ")
                .contains(" lines ")
                .contains("50 clients")
                .contains(file.toString());
        // and every bad option is a usage error
        assertThat(List.of(badStyle, noClients, badMonth, noOut)).containsOnly(2);
    }

    @Test
    void generatedBsnsPassOrFailTheElevenTestAsIntended() {
        // given a seeded random source
        SeededRandom random = new SeededRandom(7);

        // when many valid and invalid BSNs are made
        // then every valid one passes the 11-test and starts with 1-6, every invalid one fails it
        for (int i = 0; i < 10_000; i++) {
            String valid = ClaimGenerator.validBsn(random);
            assertThat(Bsn.isValid(valid)).as(valid).isTrue();
            assertThat(valid.charAt(0)).isBetween('1', '6');
            assertThat(Bsn.isValid(ClaimGenerator.invalidBsn(random))).isFalse();
        }
    }

    @Test
    void optionsOutsideTheirRangeAreRefused() {
        // given options with no clients or no months
        // when they are made
        // then they are refused with the reason
        assertThatThrownBy(() -> GeneratorOptions.defaults().withClients(0))
                .hasMessageContaining("clients");
        assertThatThrownBy(() -> GeneratorOptions.defaults().withMonths(YearMonth.of(2024, 1), 0))
                .hasMessageContaining("months");
    }

    @Test
    void linesStayInTheirMonthAndRegularCareAccompaniesMostTechnology() throws IOException {
        // given the default export
        Path file = dir.resolve("default.csv");
        ClaimGenerator.write(GeneratorOptions.defaults(), file);

        // when it is read
        Read read = read(file);

        // then most client-months with technology also have regular care, some do not
        // (NO_REGULAR_CARE)
        Set<String> regular = new HashSet<>();
        Set<String> withTech = new HashSet<>();
        for (ClaimLine l : read.lines()) {
            String key = l.clientId() + "/" + l.month();
            (read.kinds().get(l) == LineKind.TECHNOLOGY ? withTech : regular).add(key);
        }
        long without = withTech.stream().filter(k -> !regular.contains(k)).count();
        assertThat(without).isPositive().isLessThan(withTech.size() / 10);
        assertThat(read.lines())
                .allSatisfy(
                        l ->
                                assertThat(l.serviceDate())
                                        .isBetween(
                                                LocalDate.of(2024, 1, 1),
                                                LocalDate.of(2024, 3, 31)));
    }
}
