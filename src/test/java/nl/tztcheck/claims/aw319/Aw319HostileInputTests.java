package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.RuleFixtures;
import nl.tztcheck.testing.Gen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile AW319 input (issue item 5): random bytes, records of the wrong length, truncated files,
 * shuffled records, garbage in numeric fields and fuzzed 04 records. The validator reports problems
 * and never throws; the reader turns every 04 record into exactly one claim line or reject with a
 * reason; a structurally valid file with odd content (zero quantity, a time unit without minutes, a
 * zero tariff, an unknown technology) gives rejects, not exceptions. Properties are parameterized
 * Jupiter tests over seeded generators ({@link Gen}): a fixed number of cases, the first two at the
 * lower and upper bounds, each reproduced by its seed.
 */
class Aw319HostileInputTests {

    static final Duration PER_FILE = Duration.ofSeconds(10);
    private static final AtomicLong FILES = new AtomicLong();
    private static Path scratch;

    @TempDir Path dir;

    static List<StructuralProblem> validate(String text) {
        return assertTimeoutPreemptively(
                PER_FILE, () -> Aw319Validator.validate(new StringReader(text)));
    }

    static List<StructuralProblem> validate(Path file) {
        return assertTimeoutPreemptively(PER_FILE, () -> Aw319Validator.validate(file));
    }

    /**
     * Every row of the text, read without the structural check first (to reach the per-record
     * path).
     */
    static List<RowResult> readUnvalidated(String text) {
        return assertTimeoutPreemptively(
                PER_FILE,
                () -> {
                    List<RowResult> rows = new ArrayList<>();
                    try (Aw319File file =
                            Aw319File.unvalidated(
                                    "fuzz.asc",
                                    new StringReader(text),
                                    Aw319Fixtures.CLASSIFIER,
                                    TechnologyMapping.NONE)) {
                        for (RowResult r = file.next(); r != null; r = file.next()) {
                            rows.add(r);
                        }
                    }
                    return rows;
                });
    }

    /** Every problem says where (a record of the file, a position in it) and what to do. */
    static void assertWellFormed(List<StructuralProblem> problems, long records) {
        for (StructuralProblem p : problems) {
            assertThat(p.recordNo()).isBetween(0L, Math.max(records, 1));
            assertThat(p.position()).isPositive();
            assertThat(p.message()).isNotBlank();
            assertThat(p.describe()).isNotBlank();
        }
    }

    /**
     * Records as Aw319Records splits them: CR LF, CR and LF each end one; a byte-order mark before
     * the first is read past.
     */
    static List<String> records(String text) {
        String withoutBom = text.startsWith("\ufeff") ? text.substring(1) : text;
        List<String> records = new ArrayList<>(List.of(withoutBom.split("\r\n|\r|\n", -1)));
        if (!records.isEmpty() && records.get(records.size() - 1).isEmpty()) {
            records.remove(records.size() - 1);
        }
        return records;
    }

    static synchronized Path scratch() {
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("tzt-aw319-hostile");
            }
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path scratchFile(byte[] bytes) {
        try {
            return Files.write(scratch().resolve("f" + FILES.incrementAndGet() + ".asc"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeScratch() throws IOException {
        if (scratch != null) {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // properties

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

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void randomBytesGiveStructuralProblemsNeverAnException(Gen.Case fuzzCase) throws IOException {
        Random random = fuzzCase.random();
        byte[] bytes = Gen.bytes(0, 3000).next(random);
        boolean startLikeAnAw319Header = random.nextBoolean();
        // given random bytes, half of the time behind "01428" so they are taken for an AW319 file
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (startLikeAnAw319Header) {
            out.write("01428".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        Path file = scratchFile(out.toByteArray());
        try {
            // when the file is validated, and opened as the check opens an export
            List<StructuralProblem> problems = validate(file);
            Throwable opened =
                    catchThrowable(
                            () ->
                                    assertTimeoutPreemptively(
                                            PER_FILE,
                                            () -> {
                                                try (ClaimSource source =
                                                        ClaimSources.open(
                                                                file, Aw319Fixtures.CLASSIFIER)) {
                                                    while (source.next() != null) {
                                                        // read it all
                                                    }
                                                }
                                            }));

            // then the validator lists problems, each with its place, and opening refuses the whole
            // file the documented way
            assertThat(problems).isNotEmpty();
            assertWellFormed(problems, out.size());
            if (startLikeAnAw319Header) {
                assertThat(opened).isInstanceOf(Aw319StructureException.class);
                assertThat(((Aw319StructureException) opened).problems()).hasSameSizeAs(problems);
            } else {
                assertThat(opened)
                        .isInstanceOfAny(
                                UnusableInputException.class, Aw319StructureException.class);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases200")
    void aRecordOfTheWrongLengthIsNamedByRecordAndRetourcode(Gen.Case fuzzCase) {
        Random random = fuzzCase.random();
        int index = Gen.integers(0, 7).next(random);
        int change = Gen.integers(-309, 400).next(random);
        // given the valid fixture file with one record cut short or made longer (never to exactly
        // 310 positions)
        List<String> records = new ArrayList<>(Aw319Fixtures.validRecords());
        String r = records.get(index);
        int length = Math.max(1, r.length() + (change == 0 ? 1 : change));
        records.set(
                index,
                length < r.length() ? r.substring(0, length) : r + "X".repeat(length - r.length()));

        // when it is validated
        List<StructuralProblem> problems = validate(Aw319Fixtures.text(records));

        // then that record has a length problem (retourcode 0804) naming it
        assertThat(problems)
                .anySatisfy(
                        p -> {
                            assertThat(p.recordNo()).isEqualTo(index + 1L);
                            assertThat(p.retourcode()).isEqualTo(Aw319Validator.LENGTH);
                        });
        assertWellFormed(problems, records.size());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void aValidFileCutShortAnywhereIsReportedNeverThrown(Gen.Case fuzzCase) {
        int cutAt = Gen.integers(0, 100_000).next(fuzzCase.random());
        // given the valid fixture file cut after some character (its last CR LF included in the
        // range)
        String whole = Aw319Fixtures.text(Aw319Fixtures.validRecords());
        int cut = cutAt % whole.length(); // strictly shorter than the whole file

        // when the cut file is validated and read record by record
        String text = whole.substring(0, cut);
        List<StructuralProblem> problems = validate(text);
        List<RowResult> rows = readUnvalidated(text);

        // then it has at least one problem (no trailer, a short record or a missing CR LF), and no
        // 04 is lost or doubled
        assertThat(problems).isNotEmpty();
        assertWellFormed(problems, records(text).size());
        long prestaties = records(text).stream().filter(r -> r.startsWith("04")).count();
        assertThat(rows).hasSize((int) prestaties);
        assertThat(rows).allSatisfy(Aw319HostileInputTests::hasReasonIfRejected);
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases200")
    void shuffledRecordsAreEitherValidAndReadOrReportedOutOfOrder(Gen.Case fuzzCase)
            throws IOException {
        List<Integer> order = shuffles().next(fuzzCase.random());
        // given the valid fixture records in another order
        List<String> valid = Aw319Fixtures.validRecords();
        List<String> shuffled = order.stream().map(valid::get).toList();

        // when it is validated
        List<StructuralProblem> problems = validate(Aw319Fixtures.text(shuffled));

        // then a header not first, a trailer not last or a 04 before its 02 is an order problem
        // (8026) ...
        assertWellFormed(problems, shuffled.size());
        boolean headerFirst = shuffled.get(0).startsWith("01");
        boolean trailerLast = shuffled.get(shuffled.size() - 1).startsWith("99");
        boolean prestatieBeforeInsured =
                shuffled.indexOf(valid.get(2)) < shuffled.indexOf(valid.get(1))
                        || shuffled.indexOf(valid.get(4)) < shuffled.indexOf(valid.get(1))
                        || shuffled.indexOf(valid.get(6)) < shuffled.indexOf(valid.get(1));
        if (!headerFirst || !trailerLast || prestatieBeforeInsured) {
            assertThat(problems)
                    .anySatisfy(p -> assertThat(p.retourcode()).isEqualTo(Aw319Validator.ORDER));
        }
        // ... and an order the validator lets pass is read as three claim lines
        if (problems.isEmpty()) {
            Path file =
                    Aw319Fixtures.file(
                            scratch(), "shuffled-" + FILES.incrementAndGet() + ".asc", shuffled);
            List<RowResult> rows = new ArrayList<>();
            try (Aw319File aw =
                    Aw319File.open(file, Aw319Fixtures.CLASSIFIER, TechnologyMapping.NONE)) {
                for (RowResult r = aw.next(); r != null; r = aw.next()) {
                    rows.add(r);
                }
            }
            assertThat(rows).hasSize(3);
            Files.delete(file);
        }
    }

    static Gen<List<Integer>> shuffles() {
        return Gen.shuffle(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void garbageInANumericFieldIsReportedOnThatField(Gen.Case fuzzCase) {
        Random random = fuzzCase.random();
        FieldAt at = numericFields().next(random);
        String garbage = notDigits().next(random);
        // given the valid fixture file with a numeric field of one record overwritten by text that
        // is not digits
        List<String> records = new ArrayList<>(Aw319Fixtures.validRecords());
        String filler =
                (garbage + " ".repeat(at.field().length())).substring(0, at.field().length());
        if (filler.chars().noneMatch(c -> c != ' ' && (c < '0' || c > '9'))) {
            filler = "X" + filler.substring(1); // the part that fits held only digits and spaces
        }
        records.set(
                at.record(),
                Aw319Fixtures.put(records.get(at.record()), at.field().start(), filler));

        // when it is validated, and its rows are read without the structural check
        List<StructuralProblem> problems = validate(Aw319Fixtures.text(records));
        List<RowResult> rows = readUnvalidated(Aw319Fixtures.text(records));

        // then that field of that record is named, and the reader still gives one row per 04 record
        assertThat(problems)
                .anySatisfy(
                        p -> {
                            assertThat(p.recordNo()).isEqualTo(at.record() + 1L);
                            assertThat(p.field()).isEqualTo(at.field().element());
                        });
        assertThat(rows).hasSize(3).allSatisfy(Aw319HostileInputTests::hasReasonIfRejected);
    }

    record FieldAt(int record, Aw319Field field) {}

    static Gen<FieldAt> numericFields() {
        List<String> records = Aw319Fixtures.validRecords();
        List<FieldAt> all = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<Aw319Field> fields = Aw319Field.of(records.get(i).substring(0, 2));
            for (Aw319Field f : fields.subList(1, fields.size())) {
                if (f.numeric()) {
                    all.add(new FieldAt(i, f));
                }
            }
        }
        return Gen.of(all);
    }

    static Gen<String> notDigits() {
        Gen<Character> chars =
                Gen.frequencyOf(
                        Gen.weight(19, Gen.charRange(' ', '~')),
                        Gen.weight(1, Gen.charsOf("\u00e9\u00a0\u00ff")));
        return Gen.strings(chars, 1, 12)
                .filter(s -> s.chars().anyMatch(c -> c != ' ' && (c < '0' || c > '9')));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("cases300")
    void fuzzedRecordsGiveOneClaimLineOrRejectPerPrestatieRecord(Gen.Case fuzzCase) {
        Random random = fuzzCase.random();
        List<Integer> positions = Gen.integers(0, 100_000).list(1, 40).next(random);
        List<Character> chars = fuzzChars().next(random);
        // given the valid fixture file with characters overwritten at random positions (line ends
        // left alone)
        char[] text = Aw319Fixtures.text(Aw319Fixtures.validRecords()).toCharArray();
        for (int i = 0; i < positions.size(); i++) {
            int at = positions.get(i) % text.length;
            if (text[at] != '\r' && text[at] != '\n') {
                text[at] = chars.get(i % chars.size());
            }
        }
        String fuzzed = new String(text);

        // when it is validated and read record by record without the structural check
        List<StructuralProblem> problems = validate(fuzzed);
        List<RowResult> rows = readUnvalidated(fuzzed);

        // then nothing is thrown, every 04 record is one row, and every reject names the record and
        // says what to do
        assertWellFormed(problems, records(fuzzed).size());
        long prestaties = records(fuzzed).stream().filter(r -> r.startsWith("04")).count();
        assertThat(rows).hasSize((int) prestaties);
        assertThat(rows).allSatisfy(Aw319HostileInputTests::hasReasonIfRejected);
    }

    static Gen<List<Character>> fuzzChars() {
        return Gen.charsOf(" 09ADC-*\u0000\u001a\u00e9\ufeff\ud83d").list(1, 40);
    }

    enum Oddity {
        ZERO_QUANTITY(130, "0000", "0418"),
        DAY_UNIT(134, "11", "0419"),
        MONTH_UNIT(134, "31", "0419"),
        NOT_APPLICABLE_UNIT(134, "00", "0419"),
        ZERO_TARIFF(165, "00000000", "0425");

        final int position;
        final String value;
        final String element;

        Oddity(int position, String value, String element) {
            this.position = position;
            this.value = value;
            this.element = element;
        }
    }

    static Stream<Arguments> oddities() {
        return Arrays.stream(Oddity.values())
                .flatMap(o -> Stream.of(0, 1, 2).map(which -> Arguments.of(o, which)));
    }

    @ParameterizedTest(name = "{0} in prestatie record {1}")
    @MethodSource("oddities")
    void aStructurallyValidFileWithOddContentGivesRejectsWithReasons(Oddity oddity, int which)
            throws IOException {
        // given the valid fixture file where one 04 record has a zero quantity, a time unit without
        // minutes or a zero tariff
        int index = new int[] {2, 4, 6}[which];
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        index,
                        Aw319Fixtures.put(
                                Aw319Fixtures.validRecords().get(index),
                                oddity.position,
                                oddity.value));

        // when it is validated, read through the check's entry point and checked as a whole
        assertThat(validate(Aw319Fixtures.text(records))).as("still structurally valid").isEmpty();
        Path file =
                Aw319Fixtures.file(scratch(), "odd-" + FILES.incrementAndGet() + ".asc", records);
        List<RowResult> rows = new ArrayList<>();
        try (ClaimSource source = ClaimSources.open(file, Aw319Fixtures.CLASSIFIER)) {
            for (RowResult r = source.next(); r != null; r = source.next()) {
                rows.add(r);
            }
        }
        CheckOutcome outcome = RuleFixtures.check().run(file);

        // then that line is a reject naming the record and field with what to do, the others are
        // claim lines
        for (int i = 0; i < 3; i++) {
            RowResult r = rows.get(i);
            if (r.lineNo() == index + 1) {
                assertThat(r).isInstanceOf(RowResult.Rejected.class);
                Reject reject = ((RowResult.Rejected) r).reject();
                assertThat(reject.field()).contains(oddity.element);
                assertThat(reject.reason(Language.EN))
                        .contains("record " + (index + 1))
                        .contains(oddity.element);
            } else {
                assertThat(r).isInstanceOf(RowResult.Accepted.class);
            }
        }
        assertThat(outcome.counts().reconciles()).isTrue();
        assertThat(outcome.counts().rejected()).isEqualTo(1);
        Files.delete(file);
    }

    static void hasReasonIfRejected(RowResult r) {
        if (r instanceof RowResult.Rejected rej) {
            assertThat(rej.reject().field()).isNotBlank();
            assertThat(rej.reject().reason(Language.EN)).isNotBlank().contains("record ");
        }
    }

    // ------------------------------------------------------------------------------------------------
    // plain tests

    @Test
    void anImpossibleDateIsAStructuralProblemAndAlsoARejectWhenReadUnvalidated()
            throws IOException {
        // given the fixture with 30 February as the begin and end date of the first 04 record
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        2,
                        Aw319Fixtures.put(
                                Aw319Fixtures.put(
                                        Aw319Fixtures.validRecords().get(2), 106, "20240230"),
                                114,
                                "20240230"));
        Path file = Aw319Fixtures.file(dir, "feb30.asc", records);

        // when it is opened as the check opens it, and read without the structural check
        Throwable refused = catchThrowable(() -> ClaimSources.open(file, Aw319Fixtures.CLASSIFIER));
        List<RowResult> rows = readUnvalidated(Aw319Fixtures.text(records));

        // then the file is refused naming record 3, field 0414, and unvalidated the line is a
        // reject saying it is no date
        assertThat(refused).isInstanceOf(Aw319StructureException.class);
        assertThat(((Aw319StructureException) refused).problems())
                .anySatisfy(p -> assertThat(p.recordNo() + "/" + p.field()).isEqualTo("3/0414"));
        assertThat(rows.get(0)).isInstanceOf(RowResult.Rejected.class);
        assertThat(((RowResult.Rejected) rows.get(0)).reject().reason(Language.EN))
                .contains("'20240230' is not a date");
    }

    @Test
    void anUnknownTechnologyInTheCommentIsARejectNotAnException() throws IOException {
        // given the fixture whose first comment says TZT=ROBOT
        List<String> records =
                Aw319Fixtures.with(
                        Aw319Fixtures.validRecords(),
                        3,
                        Aw319Fixtures.comment("000000000003", "0001", "TZT=ROBOT;product=Medido"));
        Path file = Aw319Fixtures.file(dir, "robot.asc", records);

        // when it is read through the check's entry point
        List<RowResult> rows = new ArrayList<>();
        try (ClaimSource source = ClaimSources.open(file, Aw319Fixtures.CLASSIFIER)) {
            for (RowResult r = source.next(); r != null; r = source.next()) {
                rows.add(r);
            }
        }

        // then the line is a reject naming the comment's field and the allowed words
        assertThat(rows).hasSize(3);
        Reject reject = ((RowResult.Rejected) rows.get(0)).reject();
        assertThat(reject.field()).isEqualTo("9804");
        assertThat(reject.reason(Language.EN)).contains("'ROBOT' is not a technology");
    }

    @Test
    void anEmptyFileAndAFileOfNulsAreStructuralProblemsNotExceptions() throws IOException {
        // given an empty file and a file of a thousand NUL bytes
        Path empty = Files.write(dir.resolve("empty.asc"), new byte[0]);
        Path nuls = Files.write(dir.resolve("nuls.asc"), new byte[1000]);

        // when they are validated, then each has problems, the empty one "holds no records"
        assertThat(validate(empty))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no records"));
        assertThat(validate(nuls)).isNotEmpty();
    }

    @Test
    void aNulInATextFieldNeverReachesAClaimLine() throws IOException {
        // given the fixture whose first 04 record has the reference L003 followed by NUL bytes
        // instead of spaces
        String record =
                Aw319Fixtures.put(Aw319Fixtures.validRecords().get(2), 195, "L003\u0000\u0000");
        List<String> records = Aw319Fixtures.with(Aw319Fixtures.validRecords(), 2, record);
        Path file = Aw319Fixtures.file(dir, "nul.asc", records);

        // when it is validated and read
        List<StructuralProblem> problems = validate(file);
        List<RowResult> rows =
                problems.isEmpty() ? readUnvalidated(Aw319Fixtures.text(records)) : List.of();

        // then either the file is refused, or no line and no reject holds a NUL
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a) {
                ClaimLine l = a.line();
                assertThat(l.lineId() + l.clientId() + l.approvalRef()).doesNotContain("\u0000");
            } else {
                Reject j = ((RowResult.Rejected) r).reject();
                assertThat(j.rawText() + j.reason(Language.EN)).doesNotContain("\u0000");
            }
        }
    }

    @Test
    @Timeout(60)
    void twentyMegabytesOfGarbageAreValidatedWithinSeconds() throws IOException {
        // given "01428" and then 20 MB of random bytes (seeded), streamed to disk
        Path file = garbage(20);

        // when it is validated
        long start = System.nanoTime();
        List<StructuralProblem> problems = Aw319Validator.validate(file);

        // then it ends within seconds with problems listed
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(problems).isNotEmpty();
    }

    @Test
    @Timeout(120)
    void theProblemsOfAHundredMegabytesOfGarbageStayInBoundedMemory() throws IOException {
        // given "01428" and then 100 MB of random bytes
        Path file = garbage(100);

        // when it is validated while the live heap is measured
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        List<StructuralProblem> problems = Aw319Validator.validate(file);
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - before;

        // then what is kept stays well under 256 MB
        assertThat(problems).isNotEmpty();
        assertThat(retained >> 20).isLessThan(256);
    }

    private Path garbage(int megabytes) throws IOException {
        Path file = dir.resolve("garbage-" + megabytes + ".asc");
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("01428".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        return file;
    }
}
