package nl.tztcheck.claims.aw319;

import static java.util.Map.entry;

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
    static final Map<String, String> RETOURCODES = Map.ofEntries(
            entry("0102", "0010"), entry("0103", "0011"), entry("0104", "8027"), entry("0105", "8028"),
            entry("0108", "0018"), entry("0109", "0013"), entry("0110", "0014"), entry("0111", "0016"),
            entry("0112", "0017"), entry("0113", "8029"), entry("0114", "0020"), entry("0115", "0021"),
            entry("0116", "0030"), entry("0117", "0025"), entry("0119", "0031"),
            entry("0202", "0801"), entry("0203", "0435"), entry("0204", "0423"), entry("0208", "0351"),
            entry("0209", "0317"), entry("0210", "0312"), entry("0215", "0310"), entry("0223", "8030"),
            entry("0402", "0801"), entry("0403", "0435"), entry("0404", "0423"), entry("0406", "0550"),
            entry("0407", "8031"), entry("0414", "8007"), entry("0415", "8007"), entry("0416", "0581"),
            entry("0417", "0582"), entry("0418", "0638"), entry("0420", "8011"), entry("0424", "5803"),
            entry("0425", "0611"), entry("0426", "8032"), entry("0427", "0631"), entry("0428", "8016"),
            entry("0429", "8033"), entry("0430", "0631"), entry("0431", "8021"), entry("0432", "0651"),
            entry("9802", "0801"), entry("9803", "0754"), entry("9804", "0755"),
            entry("9902", "0151"), entry("9903", "0157"), entry("9904", "0158"), entry("9905", "0153"),
            entry("9906", "0156"), entry("9907", "0150"), entry("9908", "0631"));

    static final String LENGTH = "0804";
    static final String LINE_END = "8095";
    static final String ORDER = "8026";
    static final String RECORD_TYPE = "0002";
    static final String DEBTOR_RECORD = "8075";
    static final String RESERVE = "0003";
    static final String DC_DIFFER = "8064";

    private Aw319Validator() {
    }

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
        private Aw319Record trailer;
        private String previousType;
        private Aw319Record insured;
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
                problems.add(new StructuralProblem(0, 1, "", "", "the file holds no records; export the declaration"
                        + " again (a 01 header, 02 and 04 records, a 99 trailer)"));
                return List.copyOf(problems);
            }
            if (trailer == null) {
                add(lastRecordNo, 1, "", ORDER, "the file has no 99 trailer record; the last record must be the 99"
                        + " trailer with the record counts and the total amount (was the file cut off?)");
            } else if (trailer.text().length() == Aw319Format.RECORD_LENGTH) {
                trailerTotals(trailer);
            }
            if (dropped > 0) {
                problems.add(new StructuralProblem(0, 1, "", "", "and " + dropped + " more problem(s) not listed; correct the"
                        + " ones above first (a file with this many problems is probably not an AW319 file at all)"));
            }
            return List.copyOf(problems);
        }

        private void record(Aw319Record r) {
            lastRecordNo = r.number();
            if (r.text().isEmpty()) {
                add(r, 1, "", LINE_END, "an empty line (a CR/LF without a record before it); remove the empty line");
                return;
            }
            lineEnd(r);
            String type = r.type();
            boolean first = !anyRecord;
            anyRecord = true;
            if (first && !Aw319Format.HEADER.equals(type)) {
                add(r, 1, "", ORDER, "the file starts with record type '" + type + "'; the first record must be the"
                        + " 01 header (voorlooprecord)");
            }
            if (trailer != null) {
                add(r, 1, "", ORDER, "a record after the 99 trailer (record " + trailer.number()
                        + "); the 99 trailer must be the last record: remove what follows it");
            }
            boolean known = true;
            switch (type) {
                case Aw319Format.HEADER -> {
                    if (headerSeen) {
                        add(r, 1, "", ORDER, "a second 01 header; a file holds one declaration with one header:"
                                + " split it into separate files");
                    } else if (!first) {
                        add(r, 1, "", ORDER, "the 01 header must be the first record of the file");
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
                        add(r, 1, "", ORDER, "a 04 prestatie record without a 02 insured-person record before it;"
                                + " every 04 belongs under the 02 of the person it was given to");
                    }
                    insuredHasPrestatie = true;
                    prestatieCount++;
                }
                case Aw319Format.COMMENT -> {
                    if (previousType == null || Aw319Format.HEADER.equals(previousType) || Aw319Format.TRAILER.equals(previousType)) {
                        add(r, 1, "", ORDER, "a 98 comment record must follow the 02 or 04 record it belongs to");
                    }
                    commentCount++;
                }
                case Aw319Format.TRAILER -> {
                    closeInsured();
                    if (trailer == null) {
                        trailer = r;
                    } else {
                        add(r, 1, "", ORDER, "a second 99 trailer; a file has exactly one, as its last record");
                    }
                }
                case "03" -> {
                    known = false;
                    debtorCount++;
                    add(r, 1, "", DEBTOR_RECORD, "a 03 debtor record is not allowed in a declaration to an insurer;"
                            + " remove it");
                }
                default -> {
                    known = false;
                    add(r, 1, "", RECORD_TYPE, "'" + type + "' is not a record type of AW319 (01, 02, 04, 98, 99);"
                            + " remove the record or correct its first two positions");
                }
            }
            boolean fullLength = r.text().length() == Aw319Format.RECORD_LENGTH;
            if (!fullLength) {
                add(r, Math.min(r.text().length(), Aw319Format.RECORD_LENGTH) + 1, "", LENGTH, "the record has "
                        + r.text().length() + " positions; every record has exactly " + Aw319Format.RECORD_LENGTH
                        + " (pad it with spaces, or look for a lost or extra character before this point)");
            }
            if (known) {
                Set<Aw319Field> bad = fullLength ? fieldFormats(r) : EnumSet.noneOf(Aw319Field.class);
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
                case CRLF -> {
                }
                case LF_ONLY -> add(r, at, "", LINE_END, "the record ends with LF only; every record ends with CR/LF"
                        + " (save the file with Windows line ends)");
                case CR_ONLY -> add(r, at, "", LINE_END, "the record ends with CR only; every record ends with CR/LF"
                        + " (save the file with Windows line ends)");
                case NONE -> add(r, at, "", LINE_END, "the last record has no CR/LF after it; every record, the"
                        + " last too, ends with CR/LF");
            }
        }

        private void closeInsured() {
            if (insured != null && !insuredHasPrestatie) {
                add(insured, 1, "", ORDER, "the 02 insured-person record has no 04 prestatie record under it;"
                        + " remove it or put its prestaties under it");
            }
            insured = null;
        }

        /** Format of every field: numeric fields digits only, mandatory fields filled, reserve spaces. */
        private Set<Aw319Field> fieldFormats(Aw319Record r) {
            Set<Aw319Field> bad = EnumSet.noneOf(Aw319Field.class);
            List<Aw319Field> fields = Aw319Field.of(r.type());
            for (int i = 1; i < fields.size(); i++) { // the first field is the record type itself
                Aw319Field f = fields.get(i);
                String value = r.raw(f);
                if (f.reserve()) {
                    if (!value.isBlank()) {
                        bad.add(f);
                        add(r, f, RESERVE, "positions " + f.start() + "-" + f.end() + " are reserve and must be spaces,"
                                + " but hold '" + value.strip() + "'; fill them with spaces");
                    }
                } else if (f.numeric()) {
                    boolean ok = r.digits(f) || (value.isBlank() && f.obligation() != 'M');
                    if (!ok) {
                        bad.add(f);
                        add(r, f, code(f), f.describe() + " is '" + value + "'; it is numeric (" + f.length()
                                + " digits, right-aligned with leading zeros)" + (f.obligation() == 'M' ? " and mandatory" : ""));
                    }
                } else if (f.obligation() == 'M' && value.isBlank()) {
                    bad.add(f);
                    add(r, f, code(f), f.describe() + " is empty; it is mandatory");
                }
            }
            return bad;
        }

        private void header(Aw319Record r, Set<Aw319Field> bad) {
            expect(r, bad, Aw319Field.F0102, Aw319Format.MESSAGE_CODE, "an AW319 declaration (wijkverpleging) has message code 428");
            expect(r, bad, Aw319Field.F0103, Aw319Format.VERSION, "AW319 version 1.4 has version number 01");
            expect(r, bad, Aw319Field.F0104, Aw319Format.SUB_VERSION, "AW319 version 1.4 has sub-version number 04");
            String kind = r.raw(Aw319Field.F0105);
            if (!bad.contains(Aw319Field.F0105) && !kind.equals("P") && !kind.equals("T")) {
                add(r, Aw319Field.F0105, code(Aw319Field.F0105), "0105 SOORT BERICHT is '" + kind
                        + "'; use P (production) or T (test)");
            }
            String payTo = r.raw(Aw319Field.F0113);
            if (!bad.contains(Aw319Field.F0113) && !List.of("01", "02", "03", "04").contains(payTo)) {
                add(r, Aw319Field.F0113, code(Aw319Field.F0113), "0113 IDENTIFICATIECODE BETALING AAN is '" + payTo
                        + "'; use 01 (insured person), 02 (care provider), 03 (practice) or 04 (institution)");
            }
            Optional<LocalDate> begin = date(r, bad, Aw319Field.F0114, "the first day of the declaration period");
            Optional<LocalDate> end = date(r, bad, Aw319Field.F0115, "the last day of the declaration period");
            if (begin.isPresent() && end.isPresent() && end.get().isBefore(begin.get())) {
                add(r, Aw319Field.F0115, code(Aw319Field.F0115), "the declaration period ends (" + end.get()
                        + ") before it begins (" + begin.get() + "); correct 0114 or 0115");
            }
            date(r, bad, Aw319Field.F0117, "the invoice date");
            expect(r, bad, Aw319Field.F0119, "EUR", "amounts are in euros: fill EUR");
        }

        private void insured(Aw319Record r, Set<Aw319Field> bad) {
            date(r, bad, Aw319Field.F0207, "the insured person's date of birth");
            String deceased = r.raw(Aw319Field.F0223);
            if (!bad.contains(Aw319Field.F0223) && !deceased.equals("1") && !deceased.equals("2")) {
                add(r, Aw319Field.F0223, code(Aw319Field.F0223), "0223 INDICATIE CLIENT OVERLEDEN is '" + deceased
                        + "'; use 2 (not deceased, the default) or 1 (deceased)");
            }
        }

        private void prestatie(Aw319Record r, Set<Aw319Field> bad, boolean fullLength) {
            String dc = r.raw(Aw319Field.F0430);
            boolean dcValid = dc.equals("D") || dc.equals("C");
            if (r.digits(Aw319Field.F0429) && dcValid) {
                totalCents += dc.equals("C") ? -r.number(Aw319Field.F0429) : r.number(Aw319Field.F0429);
            } else {
                totalKnown = false;
            }
            if (!fullLength) {
                return;
            }
            if (insured != null && insured.text().length() == Aw319Format.RECORD_LENGTH) {
                sameAsInsured(r, bad, Aw319Field.F0403, Aw319Field.F0203, "BSN");
                sameAsInsured(r, bad, Aw319Field.F0404, Aw319Field.F0204, "UZOVI number");
            }
            expect(r, bad, Aw319Field.F0407, "1", "DOORSTUREN TOEGESTAAN must be 1");
            Optional<LocalDate> begin = serviceDate(r, bad, Aw319Field.F0414, "begin date");
            Optional<LocalDate> end = serviceDate(r, bad, Aw319Field.F0415, "end date");
            if (begin.isPresent() && end.isPresent() && end.get().isBefore(begin.get())) {
                add(r, Aw319Field.F0415, code(Aw319Field.F0415), "the prestatie ends (" + end.get() + ") before it"
                        + " begins (" + begin.get() + "); for care on one day fill the same date in 0414 and 0415");
            }
            String list = r.raw(Aw319Field.F0416);
            if (!bad.contains(Aw319Field.F0416) && !list.equals(Aw319Format.CODE_LIST_WIJKVERPLEGING)
                    && !list.equals(Aw319Format.CODE_LIST_ELV)) {
                add(r, Aw319Field.F0416, code(Aw319Field.F0416), "0416 AANDUIDING PRESTATIECODELIJST is '" + list
                        + "'; under message 428 use 065 (wijkverpleging) or 068 (eerstelijnsverblijf)");
            }
            String unit = r.raw(Aw319Field.F0419);
            if (!bad.contains(Aw319Field.F0419) && !TimeUnit.CODE_LIST.containsKey(unit)) {
                add(r, Aw319Field.F0419, "", "0419 TIJDSEENHEID ZORGPERIODE is '" + unit + "', which is not in its code"
                        + " list; for 1062 use 01 (minute), 04 (hour) or 07 (five minutes)");
            }
            boolean dc1Valid = debitCredit(r, bad, Aw319Field.F0427);
            boolean dc2Valid = debitCredit(r, bad, Aw319Field.F0430);
            if (dc1Valid && dc2Valid && !r.raw(Aw319Field.F0427).equals(dc)) {
                add(r, Aw319Field.F0427, DC_DIFFER, "0427 says " + r.raw(Aw319Field.F0427) + " but 0430 says " + dc
                        + "; the debit/credit indications of one record must be the same");
            }
            if (dc.equals("C") && r.blank(Aw319Field.F0432)) {
                add(r, Aw319Field.F0432, code(Aw319Field.F0432), "a credit line (0430 = C) must name the debit line it"
                        + " reverses in 0432 REFERENTIENUMMER VOORGAANDE GERELATEERDE PRESTATIERECORD");
            }
        }

        private void comment(Aw319Record r, Set<Aw319Field> bad) {
            int expected = Aw319Format.COMMENT.equals(previousType) ? nextCommentLine : 1;
            if (!bad.contains(Aw319Field.F9803) && r.number(Aw319Field.F9803) != expected) {
                add(r, Aw319Field.F9803, code(Aw319Field.F9803), "9803 REGELNUMMER VRIJE TEKST is "
                        + r.raw(Aw319Field.F9803) + " where " + String.format("%04d", expected) + " was expected; the"
                        + " comment lines under one record are numbered 0001, 0002, ...");
            }
            nextCommentLine = expected + 1;
        }

        private void trailerTotals(Aw319Record r) {
            count(r, Aw319Field.F9902, insuredCount, "02 insured-person records");
            count(r, Aw319Field.F9903, debtorCount, "03 debtor records");
            count(r, Aw319Field.F9904, prestatieCount, "04 prestatie records");
            count(r, Aw319Field.F9905, commentCount, "98 comment records");
            count(r, Aw319Field.F9906, insuredCount + debtorCount + prestatieCount + commentCount,
                    "detail records (02, 03, 04 and 98 together)");
            String sign = r.raw(Aw319Field.F9908);
            boolean signValid = sign.equals("D") || sign.equals("C");
            if (!signValid) {
                add(r, Aw319Field.F9908, code(Aw319Field.F9908), "9908 INDICATIE DEBET/CREDIT is '" + sign
                        + "'; use D for a total of zero or more, C for a negative total");
            }
            if (totalKnown && signValid && r.digits(Aw319Field.F9907)) {
                long stated = r.number(Aw319Field.F9907) * (sign.equals("C") ? -1 : 1);
                if (stated != totalCents) {
                    add(r, Aw319Field.F9907, code(Aw319Field.F9907), "the trailer's total is " + cents(stated)
                            + " but the 04 records' declared amounts (0429, debit minus credit) add up to "
                            + cents(totalCents) + "; correct the total (or find the line that is missing or extra)");
                }
            }
        }

        private void count(Aw319Record r, Aw319Field f, long actual, String what) {
            if (!r.digits(f)) {
                add(r, f, code(f), f.describe() + " is '" + r.raw(f) + "'; fill the number of " + what);
            } else if (r.number(f) != actual) {
                add(r, f, code(f), f.describe() + " says " + r.number(f) + " but the file holds " + actual + " "
                        + what + "; correct the count (or find the record that is missing or extra)");
            }
        }

        private void sameAsInsured(Aw319Record r, Set<Aw319Field> bad, Aw319Field field, Aw319Field insuredField, String what) {
            if (!bad.contains(field) && !r.raw(field).equals(insured.raw(insuredField))) {
                add(r, field, code(field), "the " + what + " in " + field.element() + " differs from the " + what
                        + " of its 02 record (record " + insured.number() + "); a 04 belongs under the 02 of the same"
                        + " person and insurer");
            }
        }

        private boolean debitCredit(Aw319Record r, Set<Aw319Field> bad, Aw319Field f) {
            String v = r.raw(f);
            if (v.equals("D") || v.equals("C")) {
                return true;
            }
            if (!bad.contains(f)) {
                add(r, f, code(f), f.describe() + " is '" + v + "'; use D (debit) or C (credit)");
            }
            return false;
        }

        private void expect(Aw319Record r, Set<Aw319Field> bad, Aw319Field f, String value, String why) {
            if (!bad.contains(f) && !r.raw(f).equals(value)) {
                add(r, f, code(f), f.describe() + " is '" + r.raw(f) + "'; " + why);
            }
        }

        private Optional<LocalDate> date(Aw319Record r, Set<Aw319Field> bad, Aw319Field f, String what) {
            if (bad.contains(f)) {
                return Optional.empty();
            }
            Optional<LocalDate> d = Aw319Format.date(r.raw(f));
            if (d.isEmpty()) {
                add(r, f, code(f), f.describe() + " is '" + r.raw(f) + "', which is not an existing date; fill "
                        + what + " as CCYYMMDD, e.g. 20240301");
            }
            return d;
        }

        private Optional<LocalDate> serviceDate(Aw319Record r, Set<Aw319Field> bad, Aw319Field f, String what) {
            Optional<LocalDate> d = date(r, bad, f, "the prestatie's " + what);
            if (d.isPresent() && d.get().isBefore(EARLIEST_SERVICE_DATE)) {
                add(r, f, code(f), f.describe() + " is " + d.get() + "; a prestatie date lies after 31-12-2012");
                return Optional.empty();
            }
            return d;
        }

        private static String code(Aw319Field f) {
            return RETOURCODES.getOrDefault(f.element(), "");
        }

        private static String cents(long cents) {
            return (cents < 0 ? "-" : "") + String.format("%d.%02d", Math.abs(cents) / 100, Math.abs(cents) % 100);
        }

        private void add(Aw319Record r, Aw319Field f, String retourcode, String message) {
            addProblem(new StructuralProblem(r.number(), f.start(), f.element(), retourcode, message));
        }

        private void add(Aw319Record r, int position, String field, String retourcode, String message) {
            add(r.number(), position, field, retourcode, message);
        }

        private void add(long recordNo, int position, String field, String retourcode, String message) {
            addProblem(new StructuralProblem(recordNo, position, field, retourcode, message));
        }

        /** At most MAX_PROBLEMS are kept (a file of garbage has one per record); the last line says how many more. */
        private void addProblem(StructuralProblem p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            } else {
                dropped++;
            }
        }
    }
}
