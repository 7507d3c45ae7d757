package nl.tztcheck.claims.aw319;

import static java.util.Map.entry;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tztcheck.i18n.StoredText;
import org.jspecify.annotations.Nullable;

/**
 * The structural (technical) check of an AW319 file, as VECOZO does it before a file reaches an
 * insurer: record length and line ends, record order, the format of every field, the values the
 * layout fixes, the debit/credit indications, and the 99 trailer's counts and total against the
 * content. One pass, every problem of the file, each with its record, position, element number and
 * the Vektis retourcode (code list COD954) where one fits. An empty list means the file is
 * structurally valid; the content (BSN 11-test, caps, tariffs) is the check's business, not this.
 */
public final class Aw319Validator {

    /** Services dated before this are refused by the layout (0414/0415: "na 31-12-2012"). */
    public static final LocalDate EARLIEST_SERVICE_DATE = LocalDate.of(2013, 1, 1);

    /** The retourcode for a field that is missing or wrong, per element. */
    static final Map<String, String> RETOURCODES =
            Map.ofEntries(
                    entry("0102", "0010"),
                    entry("0103", "0011"),
                    entry("0104", "8027"),
                    entry("0105", "8028"),
                    entry("0108", "0018"),
                    entry("0109", "0013"),
                    entry("0110", "0014"),
                    entry("0111", "0016"),
                    entry("0112", "0017"),
                    entry("0113", "8029"),
                    entry("0114", "0020"),
                    entry("0115", "0021"),
                    entry("0116", "0030"),
                    entry("0117", "0025"),
                    entry("0119", "0031"),
                    entry("0202", "0801"),
                    entry("0203", "0435"),
                    entry("0204", "0423"),
                    entry("0208", "0351"),
                    entry("0209", "0317"),
                    entry("0210", "0312"),
                    entry("0215", "0310"),
                    entry("0223", "8030"),
                    entry("0402", "0801"),
                    entry("0403", "0435"),
                    entry("0404", "0423"),
                    entry("0406", "0550"),
                    entry("0407", "8031"),
                    entry("0414", "8007"),
                    entry("0415", "8007"),
                    entry("0416", "0581"),
                    entry("0417", "0582"),
                    entry("0418", "0638"),
                    entry("0420", "8011"),
                    entry("0424", "5803"),
                    entry("0425", "0611"),
                    entry("0426", "8032"),
                    entry("0427", "0631"),
                    entry("0428", "8016"),
                    entry("0429", "8033"),
                    entry("0430", "0631"),
                    entry("0431", "8021"),
                    entry("0432", "0651"),
                    entry("9802", "0801"),
                    entry("9803", "0754"),
                    entry("9804", "0755"),
                    entry("9902", "0151"),
                    entry("9903", "0157"),
                    entry("9904", "0158"),
                    entry("9905", "0153"),
                    entry("9906", "0156"),
                    entry("9907", "0150"),
                    entry("9908", "0631"));

    static final String LENGTH = "0804";
    static final String LINE_END = "8095";
    static final String ORDER = "8026";
    static final String RECORD_TYPE = "0002";
    static final String DEBTOR_RECORD = "8075";
    static final String RESERVE = "0003";
    static final String DC_DIFFER = "8064";

    private Aw319Validator() {}

    /** Every structural problem of the file; empty when it is a valid AW319 file. */
    public static List<StructuralProblem> validate(Path file) throws IOException {
        try (Aw319Records records = Aw319Records.open(file)) {
            return new Pass().run(records);
        }
    }

    /** The same, on text already in memory or a stream (tests, other callers). */
    public static List<StructuralProblem> validate(Reader reader) {
        return new Pass().run(Aw319Records.of(reader));
    }

    /** Validates and throws when the file has any structural problem. */
    public static void requireValid(Path file) throws IOException {
        List<StructuralProblem> problems = validate(file);
        if (!problems.isEmpty()) {
            throw new Aw319StructureException(file.getFileName().toString(), problems);
        }
    }

    /** Enough to show a person what is wrong; memory stays bounded on a file of garbage. */
    public static final int MAX_PROBLEMS = 1000;

    private static final class Pass {
        private final List<StructuralProblem> problems = new ArrayList<>();
        private long dropped;
        private long lastRecordNo;
        private boolean anyRecord;
        private boolean headerSeen;
        private @Nullable Aw319Record trailer;
        private @Nullable String previousType;
        private @Nullable Aw319Record insured;
        private boolean insuredHasPrestatie;
        private long insuredCount;
        private long debtorCount;
        private long prestatieCount;
        private long commentCount;
        private long totalCents;
        private boolean totalKnown = true;
        private int nextCommentLine = 1;

        List<StructuralProblem> run(Aw319Records records) {
            for (Aw319Record r = records.next(); r != null; r = records.next()) {
                record(r);
            }
            closeInsured();
            if (!anyRecord) {
                problems.add(new StructuralProblem(0, 1, "", "", StoredText.of("aw319.noRecords")));
                return List.copyOf(problems);
            }
            if (trailer == null) {
                add(lastRecordNo, 1, "", ORDER, StoredText.of("aw319.noTrailer"));
            } else if (trailer.text().length() == Aw319Format.RECORD_LENGTH) {
                trailerTotals(trailer);
            }
            if (dropped > 0) {
                problems.add(
                        new StructuralProblem(
                                0, 1, "", "", StoredText.of("aw319.more", "n", dropped)));
            }
            return List.copyOf(problems);
        }

        private void record(Aw319Record r) {
            lastRecordNo = r.number();
            if (r.text().isEmpty()) {
                add(r, 1, "", LINE_END, StoredText.of("aw319.emptyLine"));
                return;
            }
            lineEnd(r);
            String type = r.type();
            boolean first = !anyRecord;
            anyRecord = true;
            if (first && !Aw319Format.HEADER.equals(type)) {
                add(r, 1, "", ORDER, StoredText.of("aw319.startsWith", "type", "'" + type + "'"));
            }
            if (trailer != null) {
                add(
                        r,
                        1,
                        "",
                        ORDER,
                        StoredText.of("aw319.afterTrailer", "record", trailer.number()));
            }
            boolean known = true;
            switch (type) {
                case Aw319Format.HEADER -> {
                    if (headerSeen) {
                        add(r, 1, "", ORDER, StoredText.of("aw319.secondHeader"));
                    } else if (!first) {
                        add(r, 1, "", ORDER, StoredText.of("aw319.headerFirst"));
                    }
                    headerSeen = true;
                }
                case Aw319Format.INSURED -> {
                    closeInsured();
                    insured = r;
                    insuredHasPrestatie = false;
                    insuredCount++;
                }
                case Aw319Format.PRESTATIE -> {
                    if (insured == null) {
                        add(r, 1, "", ORDER, StoredText.of("aw319.prestatieWithoutInsured"));
                    }
                    insuredHasPrestatie = true;
                    prestatieCount++;
                }
                case Aw319Format.COMMENT -> {
                    if (previousType == null
                            || Aw319Format.HEADER.equals(previousType)
                            || Aw319Format.TRAILER.equals(previousType)) {
                        add(r, 1, "", ORDER, StoredText.of("aw319.commentPlace"));
                    }
                    commentCount++;
                }
                case Aw319Format.TRAILER -> {
                    closeInsured();
                    if (trailer == null) {
                        trailer = r;
                    } else {
                        add(r, 1, "", ORDER, StoredText.of("aw319.secondTrailer"));
                    }
                }
                case "03" -> {
                    known = false;
                    debtorCount++;
                    add(r, 1, "", DEBTOR_RECORD, StoredText.of("aw319.debtor"));
                }
                default -> {
                    known = false;
                    add(
                            r,
                            1,
                            "",
                            RECORD_TYPE,
                            StoredText.of("aw319.recordType", "type", "'" + type + "'"));
                }
            }
            boolean fullLength = r.text().length() == Aw319Format.RECORD_LENGTH;
            if (!fullLength) {
                add(
                        r,
                        Math.min(r.text().length(), Aw319Format.RECORD_LENGTH) + 1,
                        "",
                        LENGTH,
                        StoredText.of(
                                "aw319.length",
                                "length",
                                r.text().length(),
                                "expected",
                                Aw319Format.RECORD_LENGTH));
            }
            if (known) {
                Set<Aw319Field> bad =
                        fullLength ? fieldFormats(r) : EnumSet.noneOf(Aw319Field.class);
                switch (type) {
                    case Aw319Format.HEADER -> {
                        if (fullLength) {
                            header(r, bad);
                        }
                    }
                    case Aw319Format.INSURED -> {
                        if (fullLength) {
                            insured(r, bad);
                        }
                    }
                    case Aw319Format.PRESTATIE -> prestatie(r, bad, fullLength);
                    case Aw319Format.COMMENT -> {
                        if (fullLength) {
                            comment(r, bad);
                        }
                    }
                    default -> {
                        // the trailer's totals are checked at the end, against everything read
                    }
                }
                if (!Aw319Format.COMMENT.equals(type)) {
                    nextCommentLine = 1;
                }
                previousType = type;
            }
        }

        private void lineEnd(Aw319Record r) {
            int at = r.text().length() + 1;
            switch (r.terminator()) {
                case CRLF -> {}
                case LF_ONLY -> add(r, at, "", LINE_END, StoredText.of("aw319.lfOnly"));
                case CR_ONLY -> add(r, at, "", LINE_END, StoredText.of("aw319.crOnly"));
                case NONE -> add(r, at, "", LINE_END, StoredText.of("aw319.noLineEnd"));
            }
        }

        private void closeInsured() {
            if (insured != null && !insuredHasPrestatie) {
                add(insured, 1, "", ORDER, StoredText.of("aw319.insuredWithoutPrestatie"));
            }
            insured = null;
        }

        /**
         * Format of every field: numeric fields digits only, mandatory fields filled, reserve
         * spaces.
         */
        private Set<Aw319Field> fieldFormats(Aw319Record r) {
            Set<Aw319Field> bad = EnumSet.noneOf(Aw319Field.class);
            List<Aw319Field> fields = Aw319Field.of(r.type());
            for (int i = 1; i < fields.size(); i++) { // the first field is the record type itself
                Aw319Field f = fields.get(i);
                String value = r.raw(f);
                if (f.reserve()) {
                    if (!value.isBlank()) {
                        bad.add(f);
                        add(
                                r,
                                f,
                                RESERVE,
                                StoredText.of(
                                        "aw319.reserve",
                                        "start",
                                        f.start(),
                                        "end",
                                        f.end(),
                                        "value",
                                        "'" + value.strip() + "'"));
                    }
                } else if (f.numeric()) {
                    boolean ok = r.digits(f) || (value.isBlank() && f.obligation() != 'M');
                    if (!ok) {
                        bad.add(f);
                        add(
                                r,
                                f,
                                code(f),
                                StoredText.of(
                                        f.obligation() == 'M'
                                                ? "aw319.numericMandatory"
                                                : "aw319.numeric",
                                        "field",
                                        f.describe(),
                                        "value",
                                        "'" + value + "'",
                                        "digits",
                                        f.length()));
                    }
                } else if (f.obligation() == 'M' && value.isBlank()) {
                    bad.add(f);
                    add(r, f, code(f), StoredText.of("aw319.mandatory", "field", f.describe()));
                }
            }
            return bad;
        }

        private void header(Aw319Record r, Set<Aw319Field> bad) {
            expect(r, bad, Aw319Field.F0102, Aw319Format.MESSAGE_CODE, "aw319.why.messageCode");
            expect(r, bad, Aw319Field.F0103, Aw319Format.VERSION, "aw319.why.version");
            expect(r, bad, Aw319Field.F0104, Aw319Format.SUB_VERSION, "aw319.why.subVersion");
            String kind = r.raw(Aw319Field.F0105);
            if (!bad.contains(Aw319Field.F0105) && !kind.equals("P") && !kind.equals("T")) {
                add(
                        r,
                        Aw319Field.F0105,
                        code(Aw319Field.F0105),
                        StoredText.of("aw319.kind", "value", "'" + kind + "'"));
            }
            String payTo = r.raw(Aw319Field.F0113);
            if (!bad.contains(Aw319Field.F0113)
                    && !List.of("01", "02", "03", "04").contains(payTo)) {
                add(
                        r,
                        Aw319Field.F0113,
                        code(Aw319Field.F0113),
                        StoredText.of("aw319.payTo", "value", "'" + payTo + "'"));
            }
            Optional<LocalDate> begin = date(r, bad, Aw319Field.F0114, "aw319.what.periodStart");
            Optional<LocalDate> end = date(r, bad, Aw319Field.F0115, "aw319.what.periodEnd");
            if (begin.isPresent() && end.isPresent() && end.get().isBefore(begin.get())) {
                add(
                        r,
                        Aw319Field.F0115,
                        code(Aw319Field.F0115),
                        StoredText.of(
                                "aw319.periodBackwards", "end", end.get(), "begin", begin.get()));
            }
            date(r, bad, Aw319Field.F0117, "aw319.what.invoiceDate");
            expect(r, bad, Aw319Field.F0119, "EUR", "aw319.why.currency");
        }

        private void insured(Aw319Record r, Set<Aw319Field> bad) {
            date(r, bad, Aw319Field.F0207, "aw319.what.birthDate");
            String deceased = r.raw(Aw319Field.F0223);
            if (!bad.contains(Aw319Field.F0223) && !deceased.equals("1") && !deceased.equals("2")) {
                add(
                        r,
                        Aw319Field.F0223,
                        code(Aw319Field.F0223),
                        StoredText.of("aw319.deceased", "value", "'" + deceased + "'"));
            }
        }

        private void prestatie(Aw319Record r, Set<Aw319Field> bad, boolean fullLength) {
            String dc = r.raw(Aw319Field.F0430);
            boolean dcValid = dc.equals("D") || dc.equals("C");
            if (r.digits(Aw319Field.F0429) && dcValid) {
                totalCents +=
                        dc.equals("C") ? -r.number(Aw319Field.F0429) : r.number(Aw319Field.F0429);
            } else {
                totalKnown = false;
            }
            if (!fullLength) {
                return;
            }
            if (insured != null && insured.text().length() == Aw319Format.RECORD_LENGTH) {
                sameAsInsured(r, bad, Aw319Field.F0403, Aw319Field.F0203, "aw319.what.bsn");
                sameAsInsured(r, bad, Aw319Field.F0404, Aw319Field.F0204, "aw319.what.uzovi");
            }
            expect(r, bad, Aw319Field.F0407, "1", "aw319.why.forward");
            Optional<LocalDate> begin =
                    serviceDate(r, bad, Aw319Field.F0414, "aw319.what.beginDate");
            Optional<LocalDate> end = serviceDate(r, bad, Aw319Field.F0415, "aw319.what.endDate");
            if (begin.isPresent() && end.isPresent() && end.get().isBefore(begin.get())) {
                add(
                        r,
                        Aw319Field.F0415,
                        code(Aw319Field.F0415),
                        StoredText.of(
                                "aw319.prestatieBackwards",
                                "end",
                                end.get(),
                                "begin",
                                begin.get()));
            }
            String list = r.raw(Aw319Field.F0416);
            if (!bad.contains(Aw319Field.F0416)
                    && !list.equals(Aw319Format.CODE_LIST_WIJKVERPLEGING)
                    && !list.equals(Aw319Format.CODE_LIST_ELV)) {
                add(
                        r,
                        Aw319Field.F0416,
                        code(Aw319Field.F0416),
                        StoredText.of("aw319.codeList", "value", "'" + list + "'"));
            }
            String unit = r.raw(Aw319Field.F0419);
            if (!bad.contains(Aw319Field.F0419) && !TimeUnit.CODE_LIST.containsKey(unit)) {
                add(
                        r,
                        Aw319Field.F0419,
                        "",
                        StoredText.of("aw319.timeUnitList", "value", "'" + unit + "'"));
            }
            boolean dc1Valid = debitCredit(r, bad, Aw319Field.F0427);
            boolean dc2Valid = debitCredit(r, bad, Aw319Field.F0430);
            if (dc1Valid && dc2Valid && !r.raw(Aw319Field.F0427).equals(dc)) {
                add(
                        r,
                        Aw319Field.F0427,
                        DC_DIFFER,
                        StoredText.of(
                                "aw319.dcDiffer", "first", r.raw(Aw319Field.F0427), "second", dc));
            }
            if (dc.equals("C") && r.blank(Aw319Field.F0432)) {
                add(
                        r,
                        Aw319Field.F0432,
                        code(Aw319Field.F0432),
                        StoredText.of("aw319.creditNoTarget"));
            }
        }

        private void comment(Aw319Record r, Set<Aw319Field> bad) {
            int expected = Aw319Format.COMMENT.equals(previousType) ? nextCommentLine : 1;
            if (!bad.contains(Aw319Field.F9803) && r.number(Aw319Field.F9803) != expected) {
                add(
                        r,
                        Aw319Field.F9803,
                        code(Aw319Field.F9803),
                        StoredText.of(
                                "aw319.commentLine",
                                "value",
                                r.raw(Aw319Field.F9803),
                                "expected",
                                String.format("%04d", expected)));
            }
            nextCommentLine = expected + 1;
        }

        private void trailerTotals(Aw319Record r) {
            count(r, Aw319Field.F9902, insuredCount, "aw319.what.insuredRecords");
            count(r, Aw319Field.F9903, debtorCount, "aw319.what.debtorRecords");
            count(r, Aw319Field.F9904, prestatieCount, "aw319.what.prestatieRecords");
            count(r, Aw319Field.F9905, commentCount, "aw319.what.commentRecords");
            count(
                    r,
                    Aw319Field.F9906,
                    insuredCount + debtorCount + prestatieCount + commentCount,
                    "aw319.what.detailRecords");
            String sign = r.raw(Aw319Field.F9908);
            boolean signValid = sign.equals("D") || sign.equals("C");
            if (!signValid) {
                add(
                        r,
                        Aw319Field.F9908,
                        code(Aw319Field.F9908),
                        StoredText.of("aw319.sign", "value", "'" + sign + "'"));
            }
            if (totalKnown && signValid && r.digits(Aw319Field.F9907)) {
                long stated = r.number(Aw319Field.F9907) * (sign.equals("C") ? -1 : 1);
                if (stated != totalCents) {
                    add(
                            r,
                            Aw319Field.F9907,
                            code(Aw319Field.F9907),
                            StoredText.of(
                                    "aw319.total",
                                    "stated",
                                    cents(stated),
                                    "sum",
                                    cents(totalCents)));
                }
            }
        }

        private void count(Aw319Record r, Aw319Field f, long actual, String what) {
            if (!r.digits(f)) {
                add(
                        r,
                        f,
                        code(f),
                        StoredText.of(
                                "aw319.countNotANumber",
                                "field",
                                f.describe(),
                                "value",
                                "'" + r.raw(f) + "'",
                                "whatKey",
                                what));
            } else if (r.number(f) != actual) {
                add(
                        r,
                        f,
                        code(f),
                        StoredText.of(
                                "aw319.count",
                                "field",
                                f.describe(),
                                "stated",
                                r.number(f),
                                "actual",
                                actual,
                                "whatKey",
                                what));
            }
        }

        private void sameAsInsured(
                Aw319Record r,
                Set<Aw319Field> bad,
                Aw319Field field,
                Aw319Field insuredField,
                String what) {
            Aw319Record insured = requireNonNull(this.insured); // called only under an 02 record
            if (!bad.contains(field) && !r.raw(field).equals(insured.raw(insuredField))) {
                add(
                        r,
                        field,
                        code(field),
                        StoredText.of(
                                "aw319.differsFromInsured",
                                "whatKey",
                                what,
                                "field",
                                field.element(),
                                "record",
                                insured.number()));
            }
        }

        private boolean debitCredit(Aw319Record r, Set<Aw319Field> bad, Aw319Field f) {
            String v = r.raw(f);
            if (v.equals("D") || v.equals("C")) {
                return true;
            }
            if (!bad.contains(f)) {
                add(
                        r,
                        f,
                        code(f),
                        StoredText.of(
                                "aw319.debitCreditField",
                                "field",
                                f.describe(),
                                "value",
                                "'" + v + "'"));
            }
            return false;
        }

        private void expect(
                Aw319Record r, Set<Aw319Field> bad, Aw319Field f, String value, String why) {
            if (!bad.contains(f) && !r.raw(f).equals(value)) {
                add(
                        r,
                        f,
                        code(f),
                        StoredText.of(
                                "aw319.expected",
                                "field",
                                f.describe(),
                                "value",
                                "'" + r.raw(f) + "'",
                                "whyKey",
                                why));
            }
        }

        private Optional<LocalDate> date(
                Aw319Record r, Set<Aw319Field> bad, Aw319Field f, String what) {
            if (bad.contains(f)) {
                return Optional.empty();
            }
            Optional<LocalDate> d = Aw319Format.date(r.raw(f));
            if (d.isEmpty()) {
                add(
                        r,
                        f,
                        code(f),
                        StoredText.of(
                                "aw319.notADate",
                                "field",
                                f.describe(),
                                "value",
                                "'" + r.raw(f) + "'",
                                "whatKey",
                                what));
            }
            return d;
        }

        private Optional<LocalDate> serviceDate(
                Aw319Record r, Set<Aw319Field> bad, Aw319Field f, String what) {
            Optional<LocalDate> d = date(r, bad, f, what);
            if (d.isPresent() && d.get().isBefore(EARLIEST_SERVICE_DATE)) {
                add(
                        r,
                        f,
                        code(f),
                        StoredText.of("aw319.tooEarly", "field", f.describe(), "date", d.get()));
                return Optional.empty();
            }
            return d;
        }

        private static String code(Aw319Field f) {
            return RETOURCODES.getOrDefault(f.element(), "");
        }

        private static String cents(long cents) {
            return (cents < 0 ? "-" : "")
                    + String.format("%d.%02d", Math.abs(cents) / 100, Math.abs(cents) % 100);
        }

        private void add(Aw319Record r, Aw319Field f, String retourcode, String message) {
            addProblem(
                    new StructuralProblem(r.number(), f.start(), f.element(), retourcode, message));
        }

        private void add(
                Aw319Record r, int position, String field, String retourcode, String message) {
            add(r.number(), position, field, retourcode, message);
        }

        private void add(
                long recordNo, int position, String field, String retourcode, String message) {
            addProblem(new StructuralProblem(recordNo, position, field, retourcode, message));
        }

        /**
         * At most MAX_PROBLEMS are kept (a file of garbage has one per record); the last line says
         * how many more.
         */
        private void addProblem(StructuralProblem p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            } else {
                dropped++;
            }
        }
    }
}
