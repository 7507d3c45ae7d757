package nl.tztcheck.claims.aw319;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.LineClassifier;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RejectReasons;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.ServiceDateWindow;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A Vektis AW319 declaration file read as claim lines: one row per 04 prestatie record, a claim
 * line (spec section 6) or a reject naming the record, the field and what to do. Opening the file
 * runs the structural check first: a file with any structural problem is refused as a whole with an
 * {@link Aw319StructureException}. {@link ClaimLine#lineNo()} is the 04 record's physical record
 * number (line) in the file.
 */
public final class Aw319File implements ClaimSource {

    private static final char MASK = '*';

    private final String name;
    private final Aw319Records records;
    private final LineClassifier classifier;
    private final TechnologyMapping mapping;
    private final WlzMapping wlz;
    private final ServiceDateWindow dates;
    private @Nullable Aw319Record lookahead;
    private @Nullable Aw319Record insured;
    private @Nullable Aw319Record last;

    private Aw319File(
            String name,
            Aw319Records records,
            LineClassifier classifier,
            TechnologyMapping mapping,
            WlzMapping wlz,
            ServiceDateWindow dates) {
        this.dates = dates;
        this.wlz = wlz == null ? WlzMapping.NONE : wlz;
        this.name = name;
        this.records = records;
        this.classifier = classifier;
        this.mapping = mapping == null ? TechnologyMapping.NONE : mapping;
    }

    /**
     * Checks the file's structure, then opens it for reading.
     *
     * @param mapping client to technology, for lines without a TZT comment; {@link
     *     TechnologyMapping#NONE} for none
     * @throws Aw319StructureException when the file breaks the AW319 format (every problem listed)
     */
    public static Aw319File open(Path file, LineClassifier classifier, TechnologyMapping mapping)
            throws IOException {
        return open(file, classifier, mapping, ServiceDateWindow.today());
    }

    /**
     * As {@link #open(Path, LineClassifier, TechnologyMapping)}, accepting the service dates of
     * {@code dates}.
     */
    public static Aw319File open(
            Path file,
            LineClassifier classifier,
            TechnologyMapping mapping,
            ServiceDateWindow dates)
            throws IOException {
        return open(file, classifier, mapping, WlzMapping.NONE, dates);
    }

    /**
     * As {@link #open(Path, LineClassifier, TechnologyMapping, ServiceDateWindow)}, with the
     * clients' Wlz indications.
     */
    public static Aw319File open(
            Path file,
            LineClassifier classifier,
            TechnologyMapping mapping,
            WlzMapping wlz,
            ServiceDateWindow dates)
            throws IOException {
        Aw319Validator.requireValid(file);
        return new Aw319File(
                file.getFileName().toString(),
                Aw319Records.open(file),
                classifier,
                mapping,
                wlz,
                dates);
    }

    /**
     * Reads without the structural check first; for callers that validated already, and for tests.
     */
    static Aw319File unvalidated(
            String name, Reader reader, LineClassifier classifier, TechnologyMapping mapping) {
        return unvalidated(name, reader, classifier, mapping, WlzMapping.NONE);
    }

    static Aw319File unvalidated(
            String name,
            Reader reader,
            LineClassifier classifier,
            TechnologyMapping mapping,
            WlzMapping wlz) {
        return new Aw319File(
                name, Aw319Records.of(reader), classifier, mapping, wlz, ServiceDateWindow.today());
    }

    public String name() {
        return name;
    }

    /** The next 04 prestatie record as a claim line or a reject, or null at the end of the file. */
    @Override
    public @Nullable RowResult next() {
        while (true) {
            Aw319Record r = take();
            if (r == null) {
                return null;
            }
            switch (r.type()) {
                case Aw319Format.INSURED -> insured = r;
                case Aw319Format.PRESTATIE -> {
                    List<Aw319Record> comments = new ArrayList<>();
                    while (peek() != null && Aw319Format.COMMENT.equals(peek().type())) {
                        comments.add(take());
                    }
                    last = r;
                    return toRow(r, comments);
                }
                default -> {
                    // header, trailer and comments under a 02 carry no line
                }
            }
        }
    }

    /** Skips n 04 records, for a restart after an interrupted run. */
    public void skipRecords(long n) {
        for (long i = 0; i < n; i++) {
            if (next() == null) {
                throw new NoSuchElementException(
                        name + " has fewer 04 records than the interrupted run had read");
            }
        }
    }

    @Override
    public void skip(long rows) {
        skipRecords(rows);
    }

    /**
     * The last 04 record read, with the BSN (0403) and insured number (0405) masked, trailing
     * spaces removed.
     */
    @Override
    public String maskedRawTextOfLast() {
        return last == null ? "" : masked(last);
    }

    @Override
    public long blankRows() {
        return 0;
    }

    @Override
    public String format() {
        return "AW319";
    }

    @Override
    public List<String> ignoredColumns() {
        return List.of();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private RowResult toRow(Aw319Record r, List<Aw319Record> comments) {
        Problems problems = new Problems(r.number());
        String lineId = r.trimmed(Aw319Field.F0431);
        if (lineId.isEmpty()) {
            problems.add(Aw319Field.F0431, RejectReasons.get("aw319.noReference"));
        }
        String dc = r.raw(Aw319Field.F0430);
        boolean credit = dc.equals("C");
        if (!credit && !dc.equals("D")) {
            problems.add(
                    Aw319Field.F0430,
                    RejectReasons.get("aw319.debitCredit", "value", "'" + dc + "'"));
        }
        String corrects = emptyToNull(r.trimmed(Aw319Field.F0432));
        if (credit && corrects == null) {
            problems.add(Aw319Field.F0432, RejectReasons.get("aw319.creditNoTarget"));
        }
        String bsn = emptyToNull(r.trimmed(Aw319Field.F0403));
        String uzovi = r.raw(Aw319Field.F0404);
        if (!r.digits(Aw319Field.F0404)) {
            problems.add(
                    Aw319Field.F0404,
                    RejectReasons.get("aw319.uzovi", "value", "'" + uzovi.strip() + "'"));
            uzovi = null;
        }
        String serviceCode = r.trimmed(Aw319Field.F0417);
        if (serviceCode.isEmpty()) {
            problems.add(Aw319Field.F0417, RejectReasons.get("aw319.serviceCodeEmpty"));
        }
        LocalDate date = date(r, Aw319Field.F0414, problems);
        String outside = date == null ? null : dates.problem(date);
        if (outside != null) {
            problems.add(Aw319Field.F0414, outside);
            date = null;
        }
        LocalDate end = date(r, Aw319Field.F0415, problems);
        Long quantity = amount(r, Aw319Field.F0418, "quantity", problems);
        if (quantity != null && quantity == 0) {
            problems.add(Aw319Field.F0418, RejectReasons.get("aw319.quantityZero"));
        }
        String unitCode = r.raw(Aw319Field.F0419);
        Optional<TimeUnit> unit = TimeUnit.of(unitCode);
        if (unit.isEmpty()) {
            problems.add(
                    Aw319Field.F0419,
                    TimeUnit.CODE_LIST.containsKey(unitCode)
                            ? RejectReasons.get(
                                    "aw319.timeUnitKnown",
                                    "code",
                                    "'" + unitCode + "'",
                                    "unitKey",
                                    "aw319.timeUnit." + unitCode)
                            : RejectReasons.get("aw319.timeUnit", "code", "'" + unitCode + "'"));
        }
        Long unitTariff = amount(r, Aw319Field.F0425, "unitTariff", problems);
        if (unitTariff != null && unitTariff == 0) {
            problems.add(Aw319Field.F0425, RejectReasons.get("aw319.tariffZero"));
        }
        Long amount = amount(r, Aw319Field.F0429, "amount", problems);

        String clientId = insured == null ? null : emptyToNull(insured.trimmed(Aw319Field.F0206));
        if (clientId == null) {
            clientId =
                    insured != null && !insured.blank(Aw319Field.F0203)
                            ? insured.trimmed(Aw319Field.F0203)
                            : bsn;
        }
        if (clientId == null) {
            problems.add(Aw319Field.F0403, RejectReasons.get("aw319.noClient"));
        }

        Technology technology = null;
        String product = null;
        boolean fromComment = false;
        for (Aw319Record c : comments) {
            String text = c.raw(Aw319Field.F9804);
            if (!TztComment.isTztComment(text)) {
                continue;
            }
            try {
                TztComment comment = TztComment.parse(text);
                if (!fromComment) {
                    technology = comment.technology();
                    product = comment.product();
                }
            } catch (IllegalArgumentException e) {
                problems.add(c.number(), Aw319Field.F9804, String.valueOf(e.getMessage()));
            }
            fromComment = true;
        }
        if (!fromComment) {
            Optional<TechnologyMapping.Entry> mapped = mapping.forClient(clientId);
            if (mapped.isPresent()) {
                technology = mapped.get().technology();
                product = mapped.get().product();
            }
        }

        LineKind kind = LineKind.OTHER;
        if (!serviceCode.isEmpty() && uzovi != null && date != null) {
            kind = classifier.kindOf(serviceCode, uzovi, date);
            if (kind == LineKind.TECHNOLOGY
                    && end != null
                    && !YearMonth.from(end).equals(YearMonth.from(date))) {
                problems.add(
                        Aw319Field.F0415,
                        RejectReasons.get("aw319.acrossMonths", "from", date, "to", end));
            }
        }
        if (r.text().indexOf('\u0000') >= 0) {
            problems.add(Aw319Field.F0431, RejectReasons.get("aw319.nul"));
        }
        if (!problems.isEmpty()) {
            return new RowResult.Rejected(
                    new Reject(
                            r.number(),
                            problems.fields(),
                            problems.reasons(),
                            masked(r).replace('\u0000', '\u2400')));
        }
        // no problem above: every field the line needs was read
        TimeUnit u = unit.get();
        int minutes = Math.toIntExact(requireNonNull(quantity) * u.minutes());
        Money hourlyTariff = Money.cents(requireNonNull(unitTariff) * 60 / u.minutes());
        String client = requireNonNull(clientId);
        LocalDate served = requireNonNull(date);
        ClaimLine line =
                new ClaimLine(
                        r.number(),
                        lineId,
                        client,
                        bsn,
                        requireNonNull(uzovi),
                        serviceCode,
                        served,
                        minutes,
                        hourlyTariff,
                        Money.cents(requireNonNull(amount)),
                        true,
                        technology,
                        product,
                        Law.ZVW,
                        credit,
                        credit ? corrects : null,
                        statesWlzIndication(r) || wlz.indicated(client, served),
                        emptyToNull(r.trimmed(Aw319Field.F0406)));
        return new RowResult.Accepted(line, kind);
    }

    /**
     * The layout fills 0408-0413 "indien Wlz-aanspraak en indicatiebesluit aanwezig is" (else zeros
     * or spaces), so any of them filled means the declaring software knows of a Wlz indication for
     * this line.
     */
    static boolean statesWlzIndication(Aw319Record r) {
        for (Aw319Field f :
                new Aw319Field[] {
                    Aw319Field.F0408,
                    Aw319Field.F0409,
                    Aw319Field.F0410,
                    Aw319Field.F0411,
                    Aw319Field.F0412,
                    Aw319Field.F0413
                }) {
            String v = r.raw(f).strip();
            if (!v.isEmpty() && !v.chars().allMatch(c -> c == '0')) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable LocalDate date(Aw319Record r, Aw319Field f, Problems problems) {
        Optional<LocalDate> d = Aw319Format.date(r.raw(f));
        if (d.isEmpty()) {
            problems.add(f, RejectReasons.get("aw319.notADate", "value", "'" + r.raw(f) + "'"));
        }
        return d.orElse(null);
    }

    private static @Nullable Long amount(
            Aw319Record r, Aw319Field f, String what, Problems problems) {
        if (!r.digits(f)) {
            problems.add(
                    f,
                    RejectReasons.get(
                            "aw319.notANumber." + what,
                            "value",
                            "'" + r.raw(f) + "'",
                            "digits",
                            f.length()));
            return null;
        }
        return r.number(f);
    }

    static String masked(Aw319Record r) {
        char[] chars = r.text().toCharArray();
        for (Aw319Field f : new Aw319Field[] {Aw319Field.F0403, Aw319Field.F0405}) {
            boolean filled = !r.blank(f);
            for (int i = f.start() - 1; i < Math.min(f.end(), chars.length); i++) {
                if (filled && (f == Aw319Field.F0403 || chars[i] != ' ')) {
                    chars[i] = MASK;
                }
            }
        }
        return new String(chars).stripTrailing();
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private @Nullable Aw319Record take() {
        Aw319Record r;
        if (lookahead != null) {
            r = lookahead;
            lookahead = null;
        } else {
            r = records.next();
        }
        while (r != null && r.text().isEmpty()) {
            r = records.next();
        }
        return r;
    }

    private @Nullable Aw319Record peek() {
        if (lookahead == null) {
            lookahead = take();
        }
        return lookahead;
    }

    /** The problems of one 04 record, each naming its record and field. */
    private static final class Problems {
        private final long recordNo;
        private final List<String> fields = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();

        Problems(long recordNo) {
            this.recordNo = recordNo;
        }

        void add(Aw319Field field, String reason) {
            add(recordNo, field, reason);
        }

        void add(long record, Aw319Field field, String reason) {
            fields.add(field.element());
            reasons.add(
                    RejectReasons.at(
                            RejectReasons.get(
                                    "aw319.at", "record", record, "field", field.describe()),
                            reason));
        }

        boolean isEmpty() {
            return fields.isEmpty();
        }

        String fields() {
            return String.join(",", fields);
        }

        String reasons() {
            return RejectReasons.join(reasons);
        }
    }
}
