package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.tztcheck.claims.aw319.Aw319StructureException;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileProblem;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.FindingsCsv;
import nl.tztcheck.reports.LinesCsv;
import nl.tztcheck.reports.RejectsCsv;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.RuleFixtures;
import nl.tztcheck.testing.Gen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input never crashes, hangs or loses a row (issue item 5). The properties (parameterized
 * Jupiter tests over seeded generators, {@link Gen}: a fixed number of cases, the first two at the
 * lower and upper bounds, each reproduced by its seed) write files of random bytes, rows mixing
 * valid cells and garbage, truncated files, other encodings, NUL bytes, unterminated quotes and
 * formula cells, and read them the way the check does. Invariant every time: the only exception is
 * {@link UnusableInputException} (or an {@link Aw319StructureException} for a file that starts like
 * an AW319 header), the read ends within seconds, and every non-blank row comes out accepted or
 * rejected with a reason at its own line. The plain tests (Jupiter) cover the big cases: a
 * million-character line, 100 MB of garbage in bounded memory, NULs only, empty and header-only
 * files, and YAML that tries to run code or explode.
 */
class HostileInputTests {

    /** Every column of the export (the rule fixtures' header), so every cell parser is fuzzed. */
    static final String[] COLUMNS = RuleFixtures.HEADER.split(";");

    static final int WIDTH = COLUMNS.length;

    static final LineClassifier CLASSIFIER =
            (code, uzovi, date) ->
                    "1062".equals(code)
                            ? LineKind.TECHNOLOGY
                            : "1000".equals(code) ? LineKind.REGULAR_CARE : LineKind.OTHER;

    /**
     * How a fuzz case is named: its seed (and bound, for the two edge cases first) reproduces it
     * ({@code Gen.cases}).
     */
    static final String CASE = "case {index}: {0}";

    static Stream<Gen.Case> cases300() {
        return Gen.cases(300);
    }

    static Stream<Gen.Case> cases200() {
        return Gen.cases(200);
    }

    /** One file of a property is a few KB: anything slower than this is a hang. */
    static final Duration PER_FILE = Duration.ofSeconds(10);

    private static final AtomicLong FILES = new AtomicLong();
    private static Path scratch;

    // ------------------------------------------------------------------------------------------------
    // reading helpers

    /** What reading one file gave: every row in order and the blank rows skipped. */
    record Read(List<RowResult> rows, long blank) {

        long accepted() {
            return rows.stream().filter(RowResult.Accepted.class::isInstance).count();
        }

        long rejected() {
            return rows.stream().filter(RowResult.Rejected.class::isInstance).count();
        }

        List<Reject> rejects() {
            return rows.stream()
                    .filter(RowResult.Rejected.class::isInstance)
                    .map(r -> ((RowResult.Rejected) r).reject())
                    .toList();
        }
    }

    /**
     * Reads the file as the check does (format by content), within {@link #PER_FILE}; any exception
     * escapes.
     */
    static Read read(Path file) {
        return assertTimeoutPreemptively(
                PER_FILE,
                () -> {
                    List<RowResult> rows = new ArrayList<>();
                    try (ClaimSource source = ClaimSources.open(file, CLASSIFIER)) {
                        for (RowResult r = source.next(); r != null; r = source.next()) {
                            rows.add(r);
                        }
                        return new Read(rows, source.blankRows());
                    }
                },
                () -> "reading " + file + " took longer than " + PER_FILE);
    }

    /** The same, where refusing the whole file (its header) is allowed: empty then. */
    static Optional<Read> readOrRefused(Path file) {
        try {
            return Optional.of(read(file));
        } catch (UnusableInputException | Aw319StructureException refused) {
            return Optional.empty();
        }
    }

    /** The raw rows (cells and line numbers) of a CSV file, within {@link #PER_FILE}. */
    static List<RawRow> rawRows(Path file, long[] blank) {
        return assertTimeoutPreemptively(
                PER_FILE,
                () -> {
                    List<RawRow> rows = new ArrayList<>();
                    try (ClaimCsvFile csv = ClaimCsvFile.open(file, InputInspection.of(file))) {
                        for (RawRow r = csv.nextRow(); r != null; r = csv.nextRow()) {
                            rows.add(r);
                        }
                        blank[0] = csv.blankRows();
                    }
                    return rows;
                });
    }

    /** The whole check in memory (profiles of the rule fixtures), within {@link #PER_FILE}. */
    static CheckOutcome check(Path file) {
        return assertTimeoutPreemptively(PER_FILE, () -> RuleFixtures.check().run(file));
    }

    /**
     * Invariants of any read, whatever the input: ordered line numbers inside the file, a reason on
     * every reject.
     */
    static void assertWellFormed(Read read, long physicalLines) {
        long previous = 1; // the header
        for (RowResult r : read.rows()) {
            assertThat(r.lineNo())
                    .as("rows come in file order, each after the header")
                    .isGreaterThan(previous);
            assertThat(r.lineNo())
                    .as("a row starts on a line of the file")
                    .isLessThanOrEqualTo(Math.max(physicalLines, 2));
            previous = r.lineNo();
            if (r instanceof RowResult.Rejected rej) {
                assertThat(rej.reject().field()).as("a reject names its field(s)").isNotBlank();
                assertThat(rej.reject().reason(Language.EN))
                        .as("a reject says what to do")
                        .isNotBlank();
                assertThat(rej.reject().rawText()).isNotNull();
            }
        }
        assertThat(read.rows().size() + read.blank())
                .as("never more rows than lines after the header")
                .isLessThanOrEqualTo(Math.max(physicalLines - 1, 0));
    }

    static Path scratchFile(String suffix, byte[] bytes) {
        try {
            synchronized (HostileInputTests.class) {
                if (scratch == null) {
                    scratch = Files.createTempDirectory("tzt-hostile-input");
                }
            }
            return Files.write(scratch.resolve("f" + FILES.incrementAndGet() + suffix), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeScratch() throws IOException {
        if (scratch != null) {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(HostileInputTests::delete);
            }
        }
    }

    /** Physical lines as BufferedReader counts them (CR, LF and CR LF each end one). */
    static long physicalLines(String text) {
        long lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines++;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        boolean endsOpen =
                !text.isEmpty()
                        && text.charAt(text.length() - 1) != '\n'
                        && text.charAt(text.length() - 1) != '\r';
        return lines + (endsOpen ? 1 : 0);
    }

    static long lineBreaks(String cell) {
        return physicalLines(cell + "x") - 1;
    }

    // ------------------------------------------------------------------------------------------------
    // generated exports: rows of cells, some valid and some garbage, written as Excel would quote
    // them

    record Cell(String value, boolean valid) {

        /**
         * The cell as the reader returns it: line breaks inside quotes come back as LF; lone
         * surrogates as '?'.
         */
        String asRead(Charset charset) {
            String encoded = new String(value.getBytes(charset), charset);
            return encoded.replace("\r\n", "\n")
                    .replace('\r', '\n')
                    .replace('\u0000', ClaimCsvFile.SHOWN_FOR_NUL);
        }
    }

    record Row(List<Cell> cells) {

        boolean valid() {
            return cells.size() == WIDTH && cells.stream().allMatch(Cell::valid);
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c.asRead(StandardCharsets.UTF_8).isBlank());
        }

        String text(char separator) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                sb.append(quoted(cells.get(i).value(), separator));
            }
            return sb.toString();
        }

        long lineBreaks() {
            return cells.stream().mapToLong(c -> HostileInputTests.lineBreaks(c.value())).sum();
        }
    }

    /**
     * RFC 4180 as Excel writes it: quotes only around a cell holding the separator, a quote or a
     * line break.
     */
    static String quoted(String value, char separator) {
        if (value.indexOf(separator) < 0
                && value.indexOf('"') < 0
                && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    record Export(char separator, String lineEnd, boolean finalLineEnd, List<Row> rows) {

        String text() {
            StringBuilder sb =
                    new StringBuilder(String.join(String.valueOf(separator), COLUMNS))
                            .append(lineEnd);
            for (int i = 0; i < rows.size(); i++) {
                sb.append(rows.get(i).text(separator));
                if (i < rows.size() - 1 || finalLineEnd) {
                    sb.append(lineEnd);
                }
            }
            return sb.toString();
        }

        /** The physical line on which each row starts (the header is line 1). */
        List<Long> startLines() {
            List<Long> starts = new ArrayList<>();
            long line = 2;
            for (Row r : rows) {
                starts.add(line);
                line += 1 + r.lineBreaks();
            }
            return starts;
        }

        long nonBlankRows() {
            return rows.stream().filter(r -> !r.blank()).count();
        }

        long blankRows() {
            return rows.stream().filter(Row::blank).count();
        }
    }

    /** Values every column accepts; some carry the separator, quotes, line breaks or accents. */
    static Gen<String> valid(String column) {
        return switch (column) {
            case "line_id" -> Gen.strings(Gen.alphaNumeric(), 1, 8).map(s -> "L" + s);
            case "client_id" -> Gen.of("C1", "C2", "CL-77", "0001", "Jansen, J.");
            case "bsn" -> Gen.of("", "111222333", "999999999", "123456789");
            case "insurer_uzovi" -> Gen.of("1111", "2222", "4444", "9999", "101", "0101");
            case "service_code" -> Gen.of("1062", "1000", "1003", "9999");
            case "service_date" ->
                    Gen.of(
                            "2024-03-05",
                            "05-03-2024",
                            "20240305",
                            "5/3/2024",
                            "5.3.2024",
                            "2024-12-31",
                            "2025-01-01",
                            "2024-02-29");
            case "minutes" -> Gen.integers(1, 1000).map(String::valueOf);
            case "hourly_tariff" ->
                    Gen.of("70,00", "70.00", "\u20ac 70,00", "EUR 88,35", "1.234,56", "63", "0,01");
            case "amount" -> Gen.of("", "105,00", "70", "1.050,25");
            case "technology" ->
                    Gen.of("MEDICATION", "VIDEO", "OTHER", "medicatie", "Beeldzorg", "OVERIG");
            case "product" ->
                    Gen.of(
                            "",
                            "Medido",
                            "Caf\u00e9 Pillbox",
                            "Screen 5\"",
                            "Model \"5\"",
                            "a;b",
                            "a,b",
                            "two\nlines",
                            "two\r\nlines",
                            "\u00c4\u00d6\u00dc \u00df \u20ac",
                            "\"quoted\"");
            case "law" -> Gen.of("", "ZVW", "WLZ", "wmo");
            case "debit_credit" -> Gen.of("", "D", "debet", "DEBIT");
            case "corrects_line_id" -> Gen.of("", "L1");
            case "wlz_indication" -> Gen.of("", "N", "J", "nee", "true", "0");
            case "approval_ref" -> Gen.of("", "T-1", "ZK/2024/001", "=not a formula once written");
            default -> throw new IllegalArgumentException(column);
        };
    }

    /** What a hostile or broken export puts in a cell. */
    static Gen<String> garbage() {
        Gen<String> pool =
                Gen.of(
                        "",
                        " ",
                        "\t",
                        "\u0000",
                        "a\u0000b",
                        "NULL",
                        "null",
                        "NaN",
                        "Infinity",
                        "-0",
                        "0",
                        "-5",
                        "1e9",
                        "0x1F",
                        "99999999999999999999",
                        "92233720368547758,07",
                        "9223372036854775807",
                        "-92233720368547758,08",
                        "999999999",
                        "1000000000",
                        "\u0663\u0664",
                        "\uff12\uff10\uff12\uff14-03-01",
                        "2024-02-30",
                        "2024-13-01",
                        "31-02-2024",
                        "00-00-0000",
                        "0000-01-01",
                        "\ufeff",
                        "\ufffd",
                        "\ud83d\ude00",
                        "\u202e1062",
                        "' OR 1=1 --",
                        "<script>alert(1)</script>",
                        "${jndi:ldap://127.0.0.1/a}",
                        "%s%n%x",
                        "=HYPERLINK(\"http://127.0.0.1\";\"x\")",
                        "+31612345678",
                        "-1+1",
                        "@SUM(A1:A2)",
                        "=cmd|' /C calc'!A0",
                        "1.234",
                        "1,234,56",
                        "\u20ac",
                        "EUR",
                        "--",
                        ",",
                        ".",
                        ";",
                        "\"",
                        "\"\"",
                        "\"unterminated",
                        "a\"b",
                        "\r",
                        "\n",
                        "\r\n",
                        "line\rbreak",
                        "C",
                        "credit",
                        "X".repeat(3000),
                        "1".repeat(40));
        Gen<String> anyText = Gen.strings(Gen.anyChar(), 0, 24);
        Gen<String> structural = Gen.strings(Gen.charsOf(";,\t\"\r\n =+-@\u0000x1."), 0, 12);
        Gen<String> digits = Gen.strings(Gen.digits(), 1, 25);
        return Gen.frequencyOf(
                Gen.weight(5, pool),
                Gen.weight(2, anyText),
                Gen.weight(2, structural),
                Gen.weight(1, digits));
    }

    static Gen<Row> rows() {
        List<Gen<Cell>> cells = new ArrayList<>();
        for (String column : COLUMNS) {
            cells.add(
                    Gen.frequencyOf(
                            Gen.weight(6, valid(column).map(v -> new Cell(v, true))),
                            Gen.weight(1, garbage().map(g -> new Cell(g, false)))));
        }
        Gen<Row> full = Gen.combine(cells).map(Row::new);
        // now and then a row with cells missing or extra (a stray or lost separator), or nothing at
        // all
        Gen<Row> ragged =
                Gen.combine(
                        full,
                        Gen.integers(0, WIDTH + 3),
                        garbage(),
                        (row, width, extra) -> {
                            List<Cell> c =
                                    new ArrayList<>(row.cells().subList(0, Math.min(width, WIDTH)));
                            while (c.size() < width) {
                                c.add(new Cell(extra, false));
                            }
                            return new Row(c);
                        });
        Gen<Row> blank =
                Gen.of(
                        new Row(List.of()),
                        new Row(List.of(new Cell(" ", false))),
                        new Row(java.util.Collections.nCopies(WIDTH, new Cell("", false))));
        return Gen.frequencyOf(Gen.weight(12, full), Gen.weight(2, ragged), Gen.weight(1, blank));
    }

    Gen<Export> exports() {
        return Gen.combine(
                        Gen.of(';', ',', '\t'),
                        Gen.of("\n", "\r\n"),
                        Gen.booleans(),
                        rows().list(0, 25),
                        Export::new)
                .map(HostileInputTests::withoutVanishingLastRow);
    }

    /** An empty last row without a line end after it is no row at all: give it its line end. */
    static Export withoutVanishingLastRow(Export e) {
        boolean lastEmpty =
                !e.rows().isEmpty()
                        && e.rows().get(e.rows().size() - 1).text(e.separator()).isEmpty();
        return lastEmpty && !e.finalLineEnd()
                ? new Export(e.separator(), e.lineEnd(), true, e.rows())
                : e;
    }

    /** Exports whose rows are valid (quoted cells and accents included). */
    Gen<Export> validExports() {
        List<Gen<Cell>> cells = new ArrayList<>();
        for (String column : COLUMNS) {
            cells.add(valid(column).map(v -> new Cell(v, true)));
        }
        Gen<Row> row = Gen.combine(cells).map(Row::new);
        return Gen.combine(
                Gen.of(';', ',', '\t'),
                Gen.of("\n", "\r\n"),
                Gen.booleans(),
                row.list(1, 12),
                Export::new);
    }

    // ------------------------------------------------------------------------------------------------
    // properties

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void randomBytesAreRefusedAsAWholeOrReadWithoutCrashOrHang(Gen.Case fuzzCase) {
        byte[] bytes = Gen.bytes(0, 4000).next(fuzzCase.random());
        // given a file of random bytes
        Path file = scratchFile(".csv", bytes);
        try {
            // when it is read as the check reads it
            Optional<Read> read = readOrRefused(file);

            // then it is refused for its header (the documented way) or read with every row
            // accounted for
            read.ifPresent(
                    r ->
                            assertWellFormed(
                                    r,
                                    physicalLines(
                                            new String(bytes, InputInspection.WINDOWS_1252))));
        } finally {
            delete(file);
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void randomBytesBehindAValidHeaderAreRowsOrRejectsAndTheCountsAddUp(Gen.Case fuzzCase)
            throws IOException {
        Random random = fuzzCase.random();
        byte[] body = Gen.bytes(0, 6000).next(random);
        char separator = separators().next(random);
        // given a valid header followed by random bytes
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(
                (String.join(String.valueOf(separator), COLUMNS) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        Path file = scratchFile(".csv", out.toByteArray());
        try {
            // when it is read, and checked as a whole
            Read read = read(file);
            CheckOutcome outcome = check(file);

            // then nothing escapes: every row is accepted or rejected with a reason, and lines read
            // add up
            String text = new String(out.toByteArray(), InputInspection.of(file).charset());
            assertWellFormed(read, physicalLines(text));
            assertCountsAddUp(outcome.counts(), read);
            assertStorable(outcome);
        } finally {
            delete(file);
        }
    }

    Gen<Character> separators() {
        return Gen.of(';', ',', '\t');
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void everyWrittenRowComesBackWithItsCellsAtItsLine(Gen.Case fuzzCase) {
        Export export = exports().next(fuzzCase.random());
        // given an export of valid and garbage cells, quoted as Excel quotes them
        Path file = scratchFile(".csv", export.text().getBytes(StandardCharsets.UTF_8));
        try {
            // when its raw rows are read
            long[] blank = new long[1];
            List<RawRow> rows = rawRows(file, blank);

            // then each non-blank row comes back once, at the line it starts on, with exactly its
            // cells
            List<Row> expected = new ArrayList<>();
            List<Long> expectedLines = new ArrayList<>();
            List<Long> starts = export.startLines();
            for (int i = 0; i < export.rows().size(); i++) {
                if (!export.rows().get(i).blank()) {
                    expected.add(export.rows().get(i));
                    expectedLines.add(starts.get(i));
                }
            }
            assertThat(rows).extracting(RawRow::lineNo).containsExactlyElementsOf(expectedLines);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).cells())
                        .as("cells of the row on line %d", rows.get(i).lineNo())
                        .containsExactlyElementsOf(
                                expected.get(i).cells().stream()
                                        .map(c -> c.asRead(StandardCharsets.UTF_8))
                                        .toList());
            }
            assertThat(blank[0]).isEqualTo(export.blankRows());
        } finally {
            delete(file);
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void everyNonBlankRowIsAcceptedOrRejectedWithAReasonAndValidRowsAreAccepted(Gen.Case fuzzCase) {
        Export export = exports().next(fuzzCase.random());
        // given an export of valid and garbage cells
        Path file = scratchFile(".csv", export.text().getBytes(StandardCharsets.UTF_8));
        try {
            // when it is read and checked as a whole
            Read read = read(file);
            CheckOutcome outcome = check(file);

            // then accepted + rejected + blank = rows written, every valid row is accepted and
            // every reject says why
            assertThat(read.accepted() + read.rejected() + read.blank())
                    .isEqualTo(export.rows().size());
            assertThat(read.blank()).isEqualTo(export.blankRows());
            List<Row> nonBlank = export.rows().stream().filter(r -> !r.blank()).toList();
            for (int i = 0; i < nonBlank.size(); i++) {
                RowResult result = read.rows().get(i);
                if (nonBlank.get(i).valid()) {
                    assertThat(result)
                            .as("a valid row (line %d)", result.lineNo())
                            .isInstanceOf(RowResult.Accepted.class);
                }
            }
            assertWellFormed(read, physicalLines(export.text()));
            assertCountsAddUp(outcome.counts(), read);
            assertStorable(outcome);
        } finally {
            delete(file);
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void aValidFileCutAtAnyByteKeepsEveryRowBeforeTheCut(Gen.Case fuzzCase) throws IOException {
        Random random = fuzzCase.random();
        Export export = validExports().next(random);
        int cutAt = Gen.integers(0, 100_000).next(random);
        // given a valid export cut off at some byte (maybe inside a multi-byte character or a
        // quoted cell)
        byte[] whole = export.text().getBytes(StandardCharsets.UTF_8);
        int cut = cutAt % (whole.length + 1);
        assertCutFileKeepsItsRows(export, whole, cut);
    }

    /**
     * Reads the export cut after {@code cut} bytes and checks that no row before the cut is lost or
     * changed.
     */
    static void assertCutFileKeepsItsRows(Export export, byte[] whole, int cut) throws IOException {
        Path file = scratchFile(".csv", Arrays.copyOf(whole, cut));
        try {
            // when it is read
            Optional<Read> maybe = readOrRefused(file);

            // then a file cut inside its header may be refused; otherwise the rows that started
            // before the cut are all there
            int headerEnd = String.join(";", COLUMNS).length();
            if (maybe.isEmpty()) {
                assertThat(cut)
                        .as("only a cut inside the header can make the file unusable")
                        .isLessThanOrEqualTo(headerEnd);
                return;
            }
            Read read = maybe.get();
            List<Long> starts = export.startLines();
            int startedRows = 0;
            int offset = headerEnd + export.lineEnd().length();
            for (int i = 0; i < export.rows().size(); i++) {
                if (offset < cut) {
                    startedRows++;
                }
                offset +=
                        export.rows()
                                        .get(i)
                                        .text(export.separator())
                                        .getBytes(StandardCharsets.UTF_8)
                                        .length
                                + export.lineEnd().length();
            }
            assertThat(read.rows().size() + read.blank())
                    .as("rows that started before byte %d", cut)
                    .isEqualTo(startedRows);
            assertThat(read.rows())
                    .extracting(RowResult::lineNo)
                    .containsExactlyElementsOf(starts.subList(0, startedRows));
            // every row that ends before the cut is read as it was written (accepted: they are
            // valid), unless the cut
            // split a UTF-8 character, which makes the whole file Windows-1252 (docs/checking.md):
            // then a euro sign is garbage
            boolean stillUtf8 = InputInspection.of(file).charset().equals(StandardCharsets.UTF_8);
            for (int i = 0; stillUtf8 && i < startedRows - 1; i++) {
                assertThat(read.rows().get(i))
                        .as("complete row on line %d", starts.get(i))
                        .isInstanceOf(RowResult.Accepted.class);
            }
        } finally {
            delete(file);
        }
    }

    enum Encoding {
        UTF_8(StandardCharsets.UTF_8, new byte[0], true),
        UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, true),
        WINDOWS_1252(InputInspection.WINDOWS_1252, new byte[0], true),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, false),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, false),
        UTF_16LE(StandardCharsets.UTF_16LE, new byte[0], false),
        UTF_16BE(StandardCharsets.UTF_16BE, new byte[0], false);

        final Charset charset;
        final byte[] bom;
        final boolean supported;

        Encoding(Charset charset, byte[] bom, boolean supported) {
            this.charset = charset;
            this.bom = bom;
            this.supported = supported;
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases200")
    void utf8AndWindows1252AreReadExactlyAndUtf16IsRefusedNeverMisread(Gen.Case fuzzCase)
            throws IOException {
        Random random = fuzzCase.random();
        Export export = validExports().next(random);
        Encoding encoding = Gen.of(Encoding.class).next(random);
        // given a valid export with accents, euro signs and quotes, in one of the encodings Excel
        // can write
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(encoding.bom);
        out.write(export.text().getBytes(encoding.charset));
        Path file = scratchFile(".csv", out.toByteArray());
        try {
            // when it is read
            Optional<Read> read = readOrRefused(file);

            // then UTF-8 (with or without BOM) and Windows-1252 give every row with its product
            // intact;
            // UTF-16 is refused as a whole (its header is not recognised) instead of being read as
            // garbage rows
            if (!encoding.supported) {
                assertThat(read).isEmpty();
                return;
            }
            assertThat(read).isPresent();
            assertThat(read.get().rows())
                    .hasSize(export.rows().size())
                    .allMatch(RowResult.Accepted.class::isInstance);
            int productColumn = Arrays.asList(COLUMNS).indexOf("product");
            for (int i = 0; i < export.rows().size(); i++) {
                String product = ((RowResult.Accepted) read.get().rows().get(i)).line().product();
                String written =
                        export.rows()
                                .get(i)
                                .cells()
                                .get(productColumn)
                                .asRead(encoding.charset)
                                .trim();
                assertThat(product == null ? "" : product).isEqualTo(written);
            }
        } finally {
            delete(file);
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases200")
    void nulBytesInTheBodyLoseNoRow(Gen.Case fuzzCase) {
        Random random = fuzzCase.random();
        Export export = plainExports().next(random);
        List<Integer> positions = Gen.integers(0, 100_000).list(1, 20).next(random);
        // given a valid export (no quotes) with NUL bytes put in at random places after the header
        byte[] whole = export.text().getBytes(StandardCharsets.UTF_8);
        int bodyStart = String.join(";", COLUMNS).length() + export.lineEnd().length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> at =
                positions.stream()
                        .map(p -> bodyStart + p % (whole.length - bodyStart + 1))
                        .sorted()
                        .toList();
        int next = 0;
        for (int i = 0; i <= whole.length; i++) {
            boolean betweenCrAndLf = i > 0 && whole[i - 1] == '\r';
            boolean insideACharacter = i < whole.length && (whole[i] & 0xC0) == 0x80;
            while (next < at.size() && at.get(next) == i && !betweenCrAndLf && !insideACharacter) {
                out.write(0);
                next++;
            }
            while (next < at.size() && at.get(next) == i) {
                next++; // never between CR and LF (a new line) nor inside a UTF-8 character (the
                // file would be Windows-1252)
            }
            if (i < whole.length) {
                out.write(whole[i]);
            }
        }
        Path file = scratchFile(".csv", out.toByteArray());
        try {
            // when it is read and checked
            Read read = read(file);
            CheckOutcome outcome = check(file);

            // then every row is still there at its line (a row holding only a NUL is a row: NUL is
            // not blank)
            long nulOnlyLines =
                    Arrays.stream(
                                    new String(out.toByteArray(), StandardCharsets.UTF_8)
                                            .split("\r\n|\n", -1))
                            .filter(l -> !l.isEmpty() && l.chars().allMatch(c -> c == 0))
                            .count();
            assertThat(read.rows().size() + read.blank())
                    .isEqualTo(export.rows().size() + nulOnlyLines);
            assertThat(read.rows()).extracting(RowResult::lineNo).containsAll(export.startLines());
            assertCountsAddUp(outcome.counts(), read);
            // and a row holding a NUL is a reject that says so, shown without the NUL, so it can be
            // stored and printed
            assertThat(read.rejected())
                    .isEqualTo(
                            read.rows().stream()
                                    .filter(r -> lineHoldsNul(r, out.toByteArray()))
                                    .count());
            assertThat(read.rejects())
                    .allSatisfy(r -> assertThat(r.reason(Language.EN)).contains("NUL"));
            assertStorable(outcome);
        } finally {
            delete(file);
        }
    }

    /**
     * True when the physical line on which the row starts holds a NUL byte (the rows of this
     * property are one line each).
     */
    static boolean lineHoldsNul(RowResult row, byte[] file) {
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\r\n|\n", -1);
        return lines[(int) row.lineNo() - 1].indexOf('\u0000') >= 0;
    }

    /**
     * Valid exports without quotes or line breaks in cells, so inserted bytes cannot change the row
     * structure.
     */
    Gen<Export> plainExports() {
        return validExports()
                .map(
                        e ->
                                new Export(
                                        ';',
                                        e.lineEnd(),
                                        true,
                                        e.rows().stream()
                                                .map(
                                                        r ->
                                                                new Row(
                                                                        r.cells().stream()
                                                                                .map(
                                                                                        c ->
                                                                                                new Cell(
                                                                                                        c.value()
                                                                                                                .replaceAll(
                                                                                                                        "[\";\r\n]",
                                                                                                                        " ")
                                                                                                                .strip(),
                                                                                                        true))
                                                                                .toList()))
                                                .toList()));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases200")
    void anUnterminatedQuoteNeverHangsAndTheRowsBeforeItAreKept(Gen.Case fuzzCase) {
        Random random = fuzzCase.random();
        Export export = plainExports().next(random);
        int rowPick = Gen.integers(0, 1000).next(random);
        int cellPick = Gen.integers(0, 100).next(random);
        boolean atCellStart = random.nextBoolean();
        // given a valid export where one cell of one row gets a quote that is never closed
        int damaged = rowPick % export.rows().size();
        int column = cellPick % WIDTH;
        List<Row> rows = new ArrayList<>(export.rows());
        List<Cell> cells = new ArrayList<>(rows.get(damaged).cells());
        String v = cells.get(column).value();
        cells.set(column, new Cell(atCellStart ? "\"" + v : v + "\"", false));
        rows.set(damaged, new Row(cells));
        StringBuilder text = new StringBuilder(String.join(";", COLUMNS)).append(export.lineEnd());
        for (Row r : rows) {
            text.append(
                            r.cells().stream()
                                    .map(Cell::value)
                                    .reduce((a, b) -> a + ";" + b)
                                    .orElse(""))
                    .append(export.lineEnd());
        }
        Path file = scratchFile(".csv", text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            // when it is read and checked
            Read read = read(file);
            CheckOutcome outcome = check(file);

            // then the rows before the damaged one are read as written, the damaged row is there at
            // its line,
            // nothing after it is accepted silently as part of it, and the counts add up
            List<Long> starts = export.startLines();
            assertThat(read.rows().size()).isGreaterThan(damaged);
            for (int i = 0; i < damaged; i++) {
                assertThat(read.rows().get(i).lineNo()).isEqualTo(starts.get(i));
                assertThat(read.rows().get(i)).isInstanceOf(RowResult.Accepted.class);
            }
            assertThat(read.rows().get(damaged).lineNo()).isEqualTo(starts.get(damaged));
            assertWellFormed(read, export.rows().size() + 1);
            long linesCovered = read.rows().size() + read.blank();
            if (linesCovered < export.rows().size()) {
                // later lines were taken into the damaged row: then that row must be a reject,
                // never a silent claim line
                assertThat(read.rows().get(read.rows().size() - 1))
                        .isInstanceOf(RowResult.Rejected.class);
            }
            assertCountsAddUp(outcome.counts(), read);
        } finally {
            delete(file);
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases200")
    void formulaCellsAreNeutralisedInEveryOutputCsv(Gen.Case fuzzCase) throws IOException {
        Random random = fuzzCase.random();
        String formula = formulas().next(random);
        String column = formulaColumns().next(random);
        // given a technology row whose line id, client, product or approval starts with a formula
        // character, and a broken one
        String good = row(column, formula, "L1", "90");
        String bad = row(column, formula, "=L2" + formula, "ninety");
        Path file =
                scratchFile(
                        ".csv",
                        (RuleFixtures.HEADER + "\n" + good + "\n" + bad + "\n")
                                .getBytes(StandardCharsets.UTF_8));
        try {
            // when it is checked and rejects.csv, findings.csv and lines.csv are written
            CheckOutcome outcome = check(file);
            StringWriter rejects = new StringWriter();
            StringWriter findings = new StringWriter();
            StringWriter lines = new StringWriter();
            ClientPseudonymizer pseudonymizer = RuleFixtures.pseudonymizer();
            try (RejectsCsv r = new RejectsCsv(rejects);
                    FindingsCsv f = new FindingsCsv(findings);
                    LinesCsv l = new LinesCsv(lines, pseudonymizer)) {
                outcome.rejects()
                        .forEach(x -> r.write(x.worded(Language.NL))); // as the report step writes
                // them
                outcome.findings().forEach(f::write);
                outcome.lines().forEach(l::write);
            }

            // then no cell of any of them starts with = + - @ TAB or CR unless it is a number:
            // Excel shows them as text
            assertThat(outcome.rejects()).isNotEmpty();
            for (StringWriter out : List.of(rejects, findings, lines)) {
                for (String[] cells : parse(out.toString())) {
                    for (String cell : cells) {
                        assertThat(isFormula(cell)).as("cell %s", cell).isFalse();
                    }
                }
            }
        } finally {
            delete(file);
        }
    }

    Gen<String> formulas() {
        Gen<String> lead = Gen.of("=", "+", "-", "@", "\t", "\r");
        Gen<String> rest =
                Gen.oneOf(
                        Gen.of(
                                "1+1",
                                "SUM(A1:A9)",
                                "HYPERLINK(\"http://127.0.0.1\";\"x\")",
                                "cmd|' /C calc'!A0",
                                "2+5+cmd|' /C calc'!A0",
                                ""),
                        Gen.strings(Gen.anyChar(), 0, 12));
        return Gen.combine(lead, rest, (a, b) -> a + b);
    }

    Gen<String> formulaColumns() {
        return Gen.of("line_id", "product", "approval_ref", "client_id");
    }

    /**
     * A technology row of the rule fixtures (UZOVI 1111) with {@code value} in {@code column}, then
     * {@code lineId} as its id.
     */
    static String row(String column, String value, String lineId, String minutes) {
        String[] cells = {
            "L1",
            "C1",
            "",
            "1111",
            "1062",
            "2024-03-05",
            minutes,
            "70,00",
            "",
            "MEDICATION",
            "Medido",
            "",
            "",
            "",
            "",
            "T-1"
        };
        cells[Arrays.asList(COLUMNS).indexOf(column)] = value;
        if (!column.equals("line_id") || !lineId.equals("L1")) {
            cells[0] = lineId;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : ";").append(quoted(cells[i], ';'));
        }
        return sb.toString();
    }

    /**
     * A cell Excel would run as a formula: starts with = + - @ TAB or CR and is not a plain number
     * or Dutch amount.
     */
    static boolean isFormula(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return false;
        }
        return !cell.matches("-\\d+") && !cell.matches("-[\\d.]+,\\d\\d");
    }

    static List<String[]> parse(String csv) throws IOException {
        try (CSVReader reader =
                new CSVReaderBuilder(new StringReader(csv))
                        .withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                        .build()) {
            return reader.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }

    /**
     * Nothing the check keeps holds a NUL: PostgreSQL refuses it in every text column, so one NUL
     * in an export would fail the staging step of every run of that file.
     */
    static void assertStorable(CheckOutcome outcome) {
        for (Reject r : outcome.rejects()) {
            assertThat(r.field() + r.reason(Language.EN) + r.rawText())
                    .as("reject on line %d", r.lineNo())
                    .doesNotContain("\u0000");
        }
        for (var l : outcome.lines()) {
            ClaimLine c = l.line();
            assertThat(
                            String.join(
                                    "|",
                                    c.lineId(),
                                    c.clientId(),
                                    String.valueOf(c.bsn()),
                                    c.serviceCode(),
                                    String.valueOf(c.product()),
                                    String.valueOf(c.approvalRef()),
                                    String.valueOf(c.correctsLineId())))
                    .as("line %d", c.lineNo())
                    .doesNotContain("\u0000");
        }
    }

    static void assertCountsAddUp(LineCounts counts, Read read) {
        assertThat(counts.reconciles())
                .as("read = technology + regular + other + rejected: %s", counts)
                .isTrue();
        assertThat(counts.read())
                .as("lines read by the check = rows read")
                .isEqualTo(read.rows().size());
        assertThat(counts.blank()).isEqualTo(read.blank());
        assertThat(counts.rejected())
                .as("a reject of the reader stays a reject")
                .isGreaterThanOrEqualTo(read.rejected());
    }

    // ------------------------------------------------------------------------------------------------
    // plain tests: the big and the degenerate files

    @Nested
    class DegenerateFiles {

        @TempDir Path dir;

        @Test
        void anEmptyFileIsRefusedAsUnusable() throws IOException {
            // given an empty file
            Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);

            // when it is read, then it is refused as a whole naming the problem
            UnusableInputException e =
                    catchThrowableOfType(UnusableInputException.class, () -> read(file));
            assertThat(e).isNotNull();
            assertThat(e.describe()).contains("empty.csv", "empty");
        }

        @Test
        void aFileOfOnlyNulBytesIsRefusedAsUnusableQuickly() throws IOException {
            // given a megabyte of NUL bytes and no line break
            Path file = Files.write(dir.resolve("nuls.csv"), new byte[1 << 20]);

            // when it is read
            Throwable thrown = catchThrowable(() -> read(file));

            // then it is refused as no text at all, not read as rows, and the message stays short
            // enough to print
            assertThat(thrown).isInstanceOf(NotAClaimsFileException.class);
            assertThat(((NotAClaimsFileException) thrown).kind()).isEqualTo(FileKind.BINARY);
            assertThat(((NotAClaimsFileException) thrown).describe()).hasSizeLessThan(400);
        }

        @Test
        void aHeaderWithoutRowsReadsNothingAndTheCountsAreZero() throws IOException {
            // given a header only, with and without its line end, and a header followed by blank
            // lines
            for (String text :
                    List.of(
                            RuleFixtures.HEADER,
                            RuleFixtures.HEADER + "\r\n",
                            RuleFixtures.HEADER + "\n\n;;;\n \n")) {
                Path file = Files.writeString(dir.resolve("header.csv"), text);

                // when it is read and checked
                Read read = read(file);
                CheckOutcome outcome = check(file);

                // then there are no rows, only the blank lines counted as blank
                assertThat(read.rows()).isEmpty();
                assertThat(outcome.counts().read()).isZero();
                assertThat(outcome.counts().blank()).isEqualTo(read.blank());
                assertThat(outcome.counts().reconciles()).isTrue();
            }
        }

        @Test
        void aValidFileCutAtEveryByteLosesNoRowBeforeTheCut() throws IOException {
            // given a small valid export with a quoted two-line product, accents and CRLF line ends
            Export export =
                    new Export(
                            ';',
                            "\r\n",
                            true,
                            List.of(
                                    validRow("L1", "Caf\u00e9 Pillbox"),
                                    validRow("L2", "two\nlines; \"quoted\""),
                                    validRow("L3", "Medido")));
            byte[] whole = export.text().getBytes(StandardCharsets.UTF_8);

            // when it is cut after every byte and read, then the rows started before the cut are
            // all there
            for (int cut = 0; cut <= whole.length; cut++) {
                assertCutFileKeepsItsRows(export, whole, cut);
            }
        }

        private Row validRow(String id, String product) {
            String[] v = {
                id,
                "C1",
                "",
                "1111",
                "1062",
                "2024-03-05",
                "90",
                "70,00",
                "",
                "MEDICATION",
                product,
                "",
                "",
                "",
                "",
                ""
            };
            return new Row(Arrays.stream(v).map(s -> new Cell(s, true)).toList());
        }
    }

    @Nested
    class LongRowsAndQuotes {

        @TempDir Path dir;

        @Test
        @Timeout(30)
        void aMillionCharacterLineIsRejectedWithAReason() throws IOException {
            // given a row whose product is a million characters, and a normal row after it
            Path file =
                    Files.writeString(
                            dir.resolve("long.csv"),
                            RuleFixtures.HEADER
                                    + "\n"
                                    + "L1;C1;;1111;1062;2024-03-05;90;70,00;;MEDICATION;"
                                    + "x".repeat(1_000_000)
                                    + ";;;;;\n"
                                    + "L2;C1;;1111;1062;2024-03-06;90;70,00;;MEDICATION;Medido;;;;;\n"
                                    + "y".repeat(1_000_000)
                                    + "\n");

            // when it is read and checked
            Read read = read(file);
            CheckOutcome outcome = check(file);

            // then the long product row is read (it is valid), the next row too, and the line of
            // garbage is a reject
            assertThat(read.rows()).extracting(RowResult::lineNo).containsExactly(2L, 3L, 4L);
            assertThat(read.rows().get(1)).isInstanceOf(RowResult.Accepted.class);
            Reject reject = ((RowResult.Rejected) read.rows().get(2)).reject();
            assertThat(reject.reason(Language.EN)).contains("cells where the header has 16");
            assertThat(outcome.counts().reconciles()).isTrue();
        }

        @Test
        @Timeout(30)
        void aMillionSeparatorsEndingInAQuoteAreOneRejectNotAHang() throws IOException {
            // given a line of half a million separators that ends in a quote (OpenCSV rescans such
            // a line per cell)
            Path file =
                    Files.writeString(
                            dir.resolve("seps.csv"),
                            RuleFixtures.HEADER
                                    + "\n"
                                    + "L1"
                                    + ";".repeat(500_000)
                                    + "\"\n"
                                    + "L2;C1;;1111;1062;2024-03-06;90;70,00;;MEDICATION;Medido;;;;;\n");

            // when it is read
            Read read = read(file);

            // then it is one reject, and the next row is still read at its own line
            assertThat(read.rows()).hasSizeGreaterThanOrEqualTo(1);
            assertThat(read.rows().get(0)).isInstanceOf(RowResult.Rejected.class);
        }

        @Test
        @Timeout(60)
        void aQuoteNeverClosedEarlyInABigExportDoesNotHang() throws IOException {
            // given an export of 200,000 rows where the product of the first row opens a quote that
            // is never closed
            Path file = dir.resolve("unclosed.csv");
            try (var out = Files.newBufferedWriter(file)) {
                out.write(RuleFixtures.HEADER + "\n");
                out.write("L1;C1;;1111;1062;2024-03-05;90;70,00;;MEDICATION;\"Medido;;;;;\n");
                for (int i = 2; i <= 200_000; i++) {
                    out.write(
                            "L"
                                    + i
                                    + ";C1;;1111;1062;2024-03-05;90;70,00;;MEDICATION;Medido;;;;;\n");
                }
            }

            // when it is read
            long start = System.nanoTime();
            Read read = read(file);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // then it ends within seconds and the row holding the open quote is a reject naming
            // line 2, not a claim line
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            assertThat(read.rows()).isNotEmpty();
            assertThat(read.rows().get(0).lineNo()).isEqualTo(2);
            assertThat(read.rows().get(0)).isInstanceOf(RowResult.Rejected.class);
            assertThat(((RowResult.Rejected) read.rows().get(0)).reject().reason(Language.EN))
                    .contains("quote");
        }

        @Test
        void aStrayQuoteInTheLastCellDoesNotSwallowTheNextRow() throws IOException {
            // given a product "Screen 5"" (an inch mark, unquoted) in the last column, then a
            // normal row
            Path file =
                    Files.writeString(
                            dir.resolve("inch.csv"),
                            "line_id;client_id;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;technology;product\n"
                                    + "L1;C1;1111;1062;2024-03-05;90;70,00;MEDICATION;Screen 5\"\n"
                                    + "L2;C1;1111;1062;2024-03-06;90;70,00;MEDICATION;Medido\n");

            // when it is read
            Read read = read(file);

            // then both rows are claim lines on their own lines; the quote is part of the product
            assertThat(read.rows()).extracting(RowResult::lineNo).containsExactly(2L, 3L);
            assertThat(read.rows()).allMatch(RowResult.Accepted.class::isInstance);
            assertThat(((RowResult.Accepted) read.rows().get(0)).line().product())
                    .isEqualTo("Screen 5\"");
        }

        @Test
        @Timeout(60)
        void aRowOfFiftyMillionCharactersIsRejectedInBoundedMemory() throws IOException {
            // given a single line of 50 million characters after the header (no line break, no
            // quote)
            Path file = dir.resolve("huge-line.csv");
            try (OutputStream out =
                    new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                out.write((RuleFixtures.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 50; i++) {
                    out.write(chunk);
                }
                out.write(
                        "\nL2;C1;;1111;1062;2024-03-06;90;70,00;;MEDICATION;Medido;;;;;\n"
                                .getBytes(StandardCharsets.US_ASCII));
            }

            // when it is read while the live heap is watched
            HeapWatch heap = new HeapWatch();
            List<RowResult> rows = new ArrayList<>();
            try (CsvClaimSource source =
                    CsvClaimSource.open(file, InputInspection.of(file), CLASSIFIER)) {
                for (RowResult r = source.next(); r != null; r = source.next()) {
                    rows.add(r);
                    heap.sample();
                }
            }

            // then the long line is one reject that says it is too long, the next row is read, and
            // the heap stayed small
            assertThat(rows).extracting(RowResult::lineNo).containsExactly(2L, 3L);
            assertThat(((RowResult.Rejected) rows.get(0)).reject().reason(Language.EN))
                    .contains("characters");
            assertThat(rows.get(1)).isInstanceOf(RowResult.Accepted.class);
            assertThat(heap.maxGrowthMb()).isLessThan(96);
        }
    }

    @Nested
    class AbsurdAmounts {

        @TempDir Path dir;

        @Test
        void anAmountBeyondWhatALongHoldsIsARejectNotACrash() throws IOException {
            // given a tariff of twenty nines and an amount of forty digits (AmountParser threw
            // ArithmeticException)
            Path file =
                    Files.writeString(
                            dir.resolve("big.csv"),
                            RuleFixtures.HEADER
                                    + "\n"
                                    + "L1;C1;;1111;1062;2024-03-05;90;99999999999999999999;;MEDICATION;;;;;;T-1\n"
                                    + "L2;C1;;1111;1062;2024-03-05;90;70,00;"
                                    + "9".repeat(40)
                                    + ";MEDICATION;;;;;;T-1\n"
                                    + "L3;C1;;1111;1062;2024-03-05;90;70,00;"
                                    + "1".repeat(2_000_000)
                                    + ";MEDICATION;;;;;;T-1\n");

            // when it is read and checked
            Read read = read(file);
            CheckOutcome outcome = check(file);

            // then each line is a reject on the field at fault
            assertThat(read.rejects())
                    .extracting(Reject::lineNo, Reject::field)
                    .containsExactly(
                            tuple(2L, "hourly_tariff"), tuple(3L, "amount"), tuple(4L, "amount"));
            assertThat(outcome.counts().reconciles()).isTrue();
        }

        @Test
        void amountsTooLargeToComputeAreRejectedNotWrappedRound() throws IOException {
            // given a tariff of the largest number of cents a long holds, and a line of 999,999,999
            // minutes
            Path file =
                    Files.writeString(
                            dir.resolve("wrap.csv"),
                            RuleFixtures.HEADER
                                    + "\n"
                                    + "L1;C1;;1111;1062;2024-03-05;90;92233720368547758,07;;MEDICATION;;;;;;T-1\n"
                                    + "L2;C1;;1111;1062;2024-03-06;999999999;99999999,99;;MEDICATION;;;;;;T-1\n");

            // when it is checked
            CheckOutcome outcome = check(file);

            // then no line carries an amount that wrapped round: both are rejects
            assertThat(outcome.rejects()).extracting(Reject::lineNo).containsExactly(2L, 3L);
        }
    }

    @Nested
    class HundredMegabytesOfGarbage {

        @TempDir Path dir;

        @Test
        @Timeout(120)
        void isReadRowByRowInBoundedMemoryAndTime() throws IOException {
            // given a valid header and then 100 MB of random bytes (seeded), streamed to disk,
            // never held in memory
            Path file = dir.resolve("garbage.csv");
            SplittableRandom random = new SplittableRandom(42);
            try (OutputStream out =
                    new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                out.write((RuleFixtures.HEADER + "\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[1 << 20];
                for (int i = 0; i < 100; i++) {
                    random.nextBytes(chunk);
                    out.write(chunk);
                }
            }

            // when it is read through the CSV claim source while the live heap is sampled
            HeapWatch heap = new HeapWatch();
            long start = System.nanoTime();
            long rows = 0;
            long rejected = 0;
            long lastLine = 1;
            try (CsvClaimSource source =
                    CsvClaimSource.open(file, InputInspection.of(file), CLASSIFIER)) {
                for (RowResult r = source.next(); r != null; r = source.next()) {
                    assertThat(r.lineNo()).isGreaterThan(lastLine);
                    lastLine = r.lineNo();
                    rows++;
                    if (r instanceof RowResult.Rejected rej) {
                        rejected++;
                        assertThat(rej.reject().reason(Language.EN)).isNotBlank();
                    }
                    if (rows % 20_000 == 0) {
                        heap.sample();
                    }
                }
                heap.sample();
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                // then it completes in seconds, every row is a reject with a reason, and the live
                // heap stays well under 256 MB
                System.out.printf(
                        "100 MB of garbage: %d rows (%d rejected), %d blank, in %d ms, live heap growth at most %d MB%n",
                        rows, rejected, source.blankRows(), took.toMillis(), heap.maxGrowthMb());
                assertThat(took).isLessThan(Duration.ofSeconds(60));
                assertThat(rows).isGreaterThan(100_000);
                assertThat(rejected).isEqualTo(rows);
                assertThat(heap.maxGrowthMb()).isLessThan(256);
            }
        }
    }

    /** The live heap (after a full collection) compared with what it was when the watch started. */
    static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final long baseline;
        private long max;

        HeapWatch() {
            this.baseline = live();
        }

        private long live() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        void sample() {
            max = Math.max(max, live() - baseline);
        }

        long maxGrowthMb() {
            return Math.max(0, max) >> 20;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // profiles: YAML that tries to construct Java objects or to explode

    @Nested
    class ProfileYaml {

        @TempDir Path dir;

        private static final String NATIONAL_HEAD = "id: national\nname: National\nversions: []\n";

        private ProfileProblem loadFails(String national, String insurer) throws IOException {
            Files.writeString(dir.resolve("national.yaml"), national);
            if (insurer != null) {
                Files.writeString(dir.resolve("x.yaml"), insurer);
            }
            InvalidProfilesException e =
                    catchThrowableOfType(
                            InvalidProfilesException.class, () -> ProfileSet.load(dir));
            assertThat(e).as("loading must fail with the problems listed").isNotNull();
            return e.problems().stream()
                    .filter(p -> p.file().equals("x.yaml") && p.field().equals("(file)"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no (file) problem in " + e.problems()));
        }

        @Test
        void aGlobalTagNamingAJavaClassIsRefusedAndNothingIsConstructed() throws IOException {
            // given an insurer file whose value asks for java.lang.ProcessBuilder, java.io.File and
            // a script engine
            String marker = dir.resolve("constructed").toString();
            String insurer =
                    "id: !!java.lang.ProcessBuilder [[touch, "
                            + marker
                            + "]]\n"
                            + "name: !!java.io.File ["
                            + marker
                            + "]\n"
                            + "labels: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n";

            // when the profiles are loaded
            ProfileProblem p =
                    loadFails(
                            Files.readString(RuleFixtures.PROFILES.resolve("national.yaml")),
                            insurer);

            // then the file is refused for the tag, and no object of those classes was made (no
            // file appeared)
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.problem()).contains("not readable as YAML").containsIgnoringCase("tag");
            assertThat(dir.resolve("constructed")).doesNotExist();
        }

        @Test
        void aLocalTagInTheCostFileIsRefused() throws IOException {
            // given a cost file whose root is tagged as a Java class in the verbatim form
            Path costs =
                    Files.writeString(
                            dir.resolve("costs.yaml"),
                            "!<tag:yaml.org,2002:java.lang.Runtime> {}\n");

            // when it is read, then it is refused as unreadable YAML naming the tag
            InvalidProfilesException e =
                    catchThrowableOfType(
                            InvalidProfilesException.class, () -> CostFileReader.read(costs));
            assertThat(e).isNotNull();
            assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                            p -> {
                                assertThat(p.field()).isEqualTo("(file)");
                                assertThat(p.problem())
                                        .contains("not readable as YAML")
                                        .contains("java.lang.Runtime");
                            });
        }

        @Test
        void deepNestingIsRefusedWithoutAStackOverflow() throws IOException {
            // given an insurer file nested ten thousand lists deep
            String insurer =
                    "id: x\nname: x\nlabels: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

            // when the profiles are loaded
            ProfileProblem[] problem = new ProfileProblem[1];
            Throwable thrown = catchThrowable(() -> problem[0] = loadFails(NATIONAL_HEAD, insurer));

            // then the file is refused for its nesting, and the JVM's stack is not what gives way
            assertThat(thrown).isNull();
            assertThat(problem[0].problem())
                    .contains("not readable as YAML")
                    .containsIgnoringCase("nesting");
        }

        @Test
        void aSelfReferencingAliasIsRefusedWithoutAStackOverflow() throws IOException {
            // given an insurer file whose labels contain themselves
            String insurer = "id: x\nname: x\nlabels: &l [*l]\nversions: &v [{versions: *v}]\n";

            // when the profiles are loaded
            Throwable thrown =
                    catchThrowable(
                            () -> {
                                Files.writeString(
                                        dir.resolve("national.yaml"),
                                        Files.readString(
                                                RuleFixtures.PROFILES.resolve("national.yaml")));
                                Files.writeString(dir.resolve("x.yaml"), insurer);
                                ProfileSet.load(dir);
                            });

            // then loading fails with the problems listed (no StackOverflowError from walking the
            // cycle)
            assertThat(thrown).isInstanceOf(InvalidProfilesException.class);
        }

        @Test
        @Timeout(10)
        void aFileOfMoreThanFiveMegabytesOfContentIsRefused() throws IOException {
            // given an insurer file whose labels list runs to six megabytes
            String insurer = "id: x\nname: x\nlabels:\n" + "  - a\n".repeat(1024 * 1024);

            // when the profiles are loaded, then the file is refused by its size, not read to the
            // end
            ProfileProblem p = loadFails(NATIONAL_HEAD, insurer);
            assertThat(p.problem())
                    .contains("not readable as YAML", "exceeds the limit of 5242880 bytes");
        }

        @Test
        @Timeout(10)
        void aFileOfMoreThanFiveMegabytesIsRefusedBeforeItIsParsedEvenWhenItIsAComment()
                throws IOException {
            // given an insurer file of six megabytes, almost all of it one comment
            String insurer = "id: x\nname: x\n# " + "x".repeat(6 * 1024 * 1024) + "\n";

            // when the profiles are loaded, then the file is refused as too big, within seconds
            ProfileProblem p = loadFails(NATIONAL_HEAD, insurer);
            assertThat(p.problem()).contains("not readable as YAML", "exceeds the limit");
        }

        @Test
        void bytesThatAreNotUtf8OrHoldANulAreRefusedAsAProblemNotACrash() throws IOException {
            // given an insurer file in Windows-1252 with an e-acute, and one holding a NUL byte
            for (byte[] bytes :
                    List.of(
                            "id: x\nname: Caf\u00e9\n".getBytes(InputInspection.WINDOWS_1252),
                            "id: x\nname: a\u0000b\n".getBytes(StandardCharsets.UTF_8))) {
                Files.writeString(dir.resolve("national.yaml"), NATIONAL_HEAD);
                Files.write(dir.resolve("x.yaml"), bytes);

                // when the profiles are loaded, then the file is refused with a problem naming it
                InvalidProfilesException e =
                        catchThrowableOfType(
                                InvalidProfilesException.class, () -> ProfileSet.load(dir));
                assertThat(e).isNotNull();
                assertThat(e.problems())
                        .anySatisfy(
                                p -> {
                                    assertThat(p.file()).isEqualTo("x.yaml");
                                    assertThat(p.field()).isEqualTo("(file)");
                                });
            }
        }
    }
}
