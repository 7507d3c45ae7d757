package nl.tztcheck.claims.aw319;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Bsn;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Writes claim lines (as read from a CSV export) as a valid AW319 file: a 01 header, one 02 per
 * (client, UZOVI, BSN) in order of first appearance with its 04 records in input order, a 98
 * comment {@code TZT=<technology>[;product=<name>]} under every line that has a technology, and a
 * 99 trailer whose counts and total match. Records are 310 positions, CR/LF after each, in ISO
 * 8859-1. The same lines and settings always give the same bytes.
 *
 * <p>Per line the coarsest time unit that represents it exactly is chosen ({@link UnitChoice});
 * where none does, the line goes per minute at the rounded tariff and the report lists it. A line
 * AW319 cannot carry (another law, a Wlz indication, a field too long, ...) is not written and the
 * report says why: the file never says something the export did not.
 */
public final class Aw319Writer {

    public static final Charset CHARSET = StandardCharsets.ISO_8859_1;

    /**
     * What the 02 record gets for the person data the export does not hold (documented in
     * docs/aw319.md).
     */
    static final String PLACEHOLDER_NAME = "ONBEKEND";

    static final String PLACEHOLDER_INITIALS = "X";
    static final String PLACEHOLDER_BIRTH_DATE = "19000101";
    static final String PLACEHOLDER_GENDER = "0";
    private static final long MAX_8_DIGITS = 99_999_999L;
    private static final String CRLF = "\r\n";

    private final Aw319WriterSettings settings;

    public Aw319Writer(Aw319WriterSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes the file (replacing it in one step). When no line can be written, no file is written
     * and the report says why for each line.
     */
    public Aw319ExportReport write(List<ClaimLine> lines, Path out) throws IOException {
        Plan plan = plan(lines);
        if (plan.lines.isEmpty()) {
            return plan.report(0, 0, 0);
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
        try {
            Aw319ExportReport report;
            try (Writer w =
                    new BufferedWriter(
                            new OutputStreamWriter(
                                    Files.newOutputStream(tmp), CHARSET.newEncoder()))) {
                report = write(plan, w);
            }
            try {
                Files.move(
                        tmp,
                        out,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return report;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the records to a stream of characters (the caller encodes them, ISO 8859-1 for a
     * file).
     */
    public Aw319ExportReport write(List<ClaimLine> lines, Writer out) throws IOException {
        Plan plan = plan(lines);
        if (plan.lines.isEmpty()) {
            return plan.report(0, 0, 0);
        }
        return write(plan, out);
    }

    private Aw319ExportReport write(Plan plan, Writer out) throws IOException {
        Map<String, List<Planned>> groups = new LinkedHashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        String uzovi = null;
        boolean oneUzovi = true;
        for (Planned p : plan.lines) {
            ClaimLine l = p.line;
            groups.computeIfAbsent(
                            l.clientId() + "\u0000" + l.uzovi() + "\u0000" + p.bsn,
                            k -> new ArrayList<>())
                    .add(p);
            first = first == null || l.serviceDate().isBefore(first) ? l.serviceDate() : first;
            last = last == null || l.serviceDate().isAfter(last) ? l.serviceDate() : last;
            oneUzovi &= uzovi == null || uzovi.equals(l.uzovi());
            uzovi = l.uzovi();
        }
        // a plan has at least one line (the caller writes no file for none)
        out.write(
                header(
                        requireNonNull(first),
                        requireNonNull(last),
                        oneUzovi ? requireNonNull(uzovi) : "0000"));
        long id = 0;
        int insured = 0;
        int comments = 0;
        long total = 0;
        for (List<Planned> group : groups.values()) {
            ClaimLine firstLine = group.get(0).line;
            out.write(insured(++id, firstLine, group.get(0).bsn));
            insured++;
            for (Planned p : group) {
                out.write(prestatie(++id, p));
                total += p.line.credit() ? -p.declaredCents : p.declaredCents;
                if (p.comment != null) {
                    out.write(comment(++id, p.comment));
                    comments++;
                }
            }
        }
        out.write(trailer(insured, plan.lines.size(), comments, total));
        out.flush();
        return plan.report(insured, comments, total);
    }

    private Plan plan(List<ClaimLine> lines) {
        Plan plan = new Plan();
        Map<String, Long> seen = new HashMap<>();
        for (ClaimLine l : lines) {
            String problem = unrepresentable(l);
            if (problem == null) {
                Long earlier = seen.get(l.lineId());
                if (earlier != null) {
                    problem =
                            "line_id '"
                                    + l.lineId()
                                    + "' is already used on line "
                                    + earlier
                                    + " (0431 must be unique in a file; the check rejects the later line as well)";
                }
            }
            UnitChoice choice =
                    problem == null ? UnitChoice.of(l.minutes(), l.hourlyTariff()) : null;
            if (problem == null) {
                problem = outOfRange(l, requireNonNull(choice));
            }
            if (problem != null) {
                plan.notWritten.add(
                        new Aw319ExportReport.NotWritten(l.lineNo(), l.lineId(), problem));
                continue;
            }
            seen.put(l.lineId(), l.lineNo());
            long expected = l.expectedAmount().cents();
            // set whenever no problem was found above
            long calculated = requireNonNull(choice).calculatedCents();
            long declared =
                    l.amountDeclared() && l.amount().cents() != expected
                            ? l.amount().cents()
                            : calculated;
            String comment =
                    l.technology() == null
                            ? null
                            : new TztComment(l.technology(), l.product()).format();
            String bsn = l.bsn() == null ? Bsn.NONE : l.bsn();
            plan.lines.add(new Planned(l, choice, bsn, declared, comment));
            plan.perUnit.merge(choice.unit(), 1, Integer::sum);
            if (!choice.exact()) {
                plan.roundings.add(
                        new Aw319ExportReport.Rounding(
                                l.lineNo(),
                                l.lineId(),
                                l.minutes(),
                                l.hourlyTariff(),
                                Money.cents(choice.unitTariffCents()),
                                choice.hourlyTariffAsRead(),
                                calculated - expected));
            }
        }
        return plan;
    }

    /** Why AW319 cannot carry the line as it stands, or null when it can. */
    static @Nullable String unrepresentable(ClaimLine l) {
        if (l.law() != Law.ZVW) {
            return "the law is " + l.law() + "; an AW319 file (message 428) declares Zvw care only";
        }
        if (l.wlzIndication()) {
            return "the client holds a Wlz indication (wlz_indicatie J), which AW319 carries only in 0408-0413 with the CIZ"
                    + " decision's numbers, not in the CSV: written, the line would be checked as if the client had none";
        }
        if (l.bsn() != null && !l.bsn().matches("\\d{9}")) {
            return "the BSN is not 9 digits; 0403 holds exactly 9 (999999999 when the client has none)";
        }
        if (!l.uzovi().matches("\\d{4}")) {
            return "the UZOVI code is not 4 digits";
        }
        if (l.product() != null && l.technology() == null) {
            return "the line names a product but no technology; the 98 comment carries a product only after"
                    + " TZT=<technology>";
        }
        if (l.product() != null && l.product().indexOf(';') >= 0) {
            return "the product name contains ';', which separates the parts of the 98 comment";
        }
        if (l.serviceDate().isBefore(Aw319Validator.EARLIEST_SERVICE_DATE)) {
            return "the service date "
                    + l.serviceDate()
                    + " lies before 2013; AW319 takes prestatie dates after 31-12-2012";
        }
        String tooLong = tooLong("line_id", l.lineId(), Aw319Field.F0431);
        tooLong = tooLong != null ? tooLong : tooLong("client_id", l.clientId(), Aw319Field.F0206);
        tooLong =
                tooLong != null
                        ? tooLong
                        : tooLong("service_code", l.serviceCode(), Aw319Field.F0417);
        tooLong =
                tooLong != null
                        ? tooLong
                        : tooLong("corrects_line_id", l.correctsLineId(), Aw319Field.F0432);
        tooLong =
                tooLong != null
                        ? tooLong
                        : tooLong("approval_ref", l.approvalRef(), Aw319Field.F0406);
        if (tooLong == null && l.technology() != null) {
            tooLong =
                    tooLong(
                            "product",
                            new TztComment(l.technology(), l.product()).format(),
                            Aw319Field.F9804);
        }
        return tooLong;
    }

    private static @Nullable String tooLong(
            String column, @Nullable String value, Aw319Field field) {
        if (value == null) {
            return null;
        }
        if (value.length() > field.length()) {
            return column
                    + " '"
                    + value
                    + "' has "
                    + value.length()
                    + " characters; "
                    + field.describe()
                    + " holds "
                    + field.length();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c > 0x7e && c < 0xa0) || c > 0xff) {
                return column
                        + " '"
                        + value
                        + "' holds a character AW319 files cannot carry (ISO 8859-1 text only)";
            }
        }
        return null;
    }

    private static @Nullable String outOfRange(ClaimLine l, UnitChoice choice) {
        if (choice.quantity() > 9999) {
            return l.minutes()
                    + " minutes do not fit in one line: 0418 holds at most 9999 "
                    + choice.unit().meaning()
                    + " units; split the line";
        }
        long max =
                Math.max(
                        Math.max(choice.unitTariffCents(), choice.calculatedCents()),
                        l.amount().cents());
        if (max > MAX_8_DIGITS) {
            return "an amount above 999,999.99 does not fit in the 8 positions of 0425/0426/0429; split the line";
        }
        return null;
    }

    private String header(LocalDate first, LocalDate last, String uzovi) {
        String invoice =
                settings.invoiceNumber() != null
                        ? settings.invoiceNumber().strip()
                        : "TZT" + last.format(DateTimeFormatter.ofPattern("uuuuMM"));
        LocalDate invoiceDate = settings.invoiceDate() != null ? settings.invoiceDate() : last;
        return new RecordBuilder(Aw319Format.HEADER)
                .set(Aw319Field.F0102, Aw319Format.MESSAGE_CODE)
                .set(Aw319Field.F0103, Aw319Format.VERSION)
                .set(Aw319Field.F0104, Aw319Format.SUB_VERSION)
                .set(Aw319Field.F0105, String.valueOf(settings.messageKind()))
                .number(Aw319Field.F0106, 0)
                .set(Aw319Field.F0108, uzovi)
                .number(Aw319Field.F0109, 0)
                .number(Aw319Field.F0110, 0)
                .number(Aw319Field.F0111, 0)
                .set(Aw319Field.F0112, settings.institutionAgb())
                .set(Aw319Field.F0113, "04")
                .set(Aw319Field.F0114, Aw319Format.date(first))
                .set(Aw319Field.F0115, Aw319Format.date(last))
                .set(Aw319Field.F0116, invoice)
                .set(Aw319Field.F0117, Aw319Format.date(invoiceDate))
                .set(Aw319Field.F0119, "EUR")
                .build();
    }

    private static String insured(long id, ClaimLine l, String bsn) {
        return new RecordBuilder(Aw319Format.INSURED)
                .number(Aw319Field.F0202, id)
                .set(Aw319Field.F0203, bsn)
                .set(Aw319Field.F0204, l.uzovi())
                .set(Aw319Field.F0206, l.clientId())
                .set(Aw319Field.F0207, PLACEHOLDER_BIRTH_DATE)
                .set(Aw319Field.F0208, PLACEHOLDER_GENDER)
                .set(Aw319Field.F0209, "1")
                .set(Aw319Field.F0210, PLACEHOLDER_NAME)
                .set(Aw319Field.F0212, "0")
                .set(Aw319Field.F0215, PLACEHOLDER_INITIALS)
                .set(Aw319Field.F0216, "0")
                .number(Aw319Field.F0219, 0)
                .set(Aw319Field.F0223, "2")
                .number(Aw319Field.F0224, 0)
                .build();
    }

    private String prestatie(long id, Planned p) {
        ClaimLine l = p.line;
        String dc = l.credit() ? "C" : "D";
        String date = Aw319Format.date(l.serviceDate());
        return new RecordBuilder(Aw319Format.PRESTATIE)
                .number(Aw319Field.F0402, id)
                .set(Aw319Field.F0403, p.bsn)
                .set(Aw319Field.F0404, l.uzovi())
                .set(Aw319Field.F0406, l.approvalRef())
                .set(Aw319Field.F0407, "1")
                .number(Aw319Field.F0408, 0)
                .number(Aw319Field.F0410, 0)
                .number(Aw319Field.F0411, 0)
                .number(Aw319Field.F0412, 0)
                .number(Aw319Field.F0413, 0)
                .set(Aw319Field.F0414, date)
                .set(Aw319Field.F0415, date)
                .set(Aw319Field.F0416, Aw319Format.CODE_LIST_WIJKVERPLEGING)
                .set(Aw319Field.F0417, l.serviceCode())
                .number(Aw319Field.F0418, p.choice.quantity())
                .set(Aw319Field.F0419, p.choice.unit().code())
                .set(Aw319Field.F0420, settings.performerAgb())
                .number(Aw319Field.F0421, 0)
                .number(Aw319Field.F0422, 0)
                .number(Aw319Field.F0423, 0)
                .number(Aw319Field.F0424, 0)
                .number(Aw319Field.F0425, p.choice.unitTariffCents())
                .number(Aw319Field.F0426, p.choice.calculatedCents())
                .set(Aw319Field.F0427, dc)
                .number(Aw319Field.F0428, 0)
                .number(Aw319Field.F0429, p.declaredCents)
                .set(Aw319Field.F0430, dc)
                .set(Aw319Field.F0431, l.lineId())
                .set(Aw319Field.F0432, l.credit() ? l.correctsLineId() : null)
                .build();
    }

    private static String comment(long id, String text) {
        return new RecordBuilder(Aw319Format.COMMENT)
                .number(Aw319Field.F9802, id)
                .number(Aw319Field.F9803, 1)
                .set(Aw319Field.F9804, text)
                .build();
    }

    private static String trailer(int insured, int prestaties, int comments, long total) {
        return new RecordBuilder(Aw319Format.TRAILER)
                .number(Aw319Field.F9902, insured)
                .number(Aw319Field.F9903, 0)
                .number(Aw319Field.F9904, prestaties)
                .number(Aw319Field.F9905, comments)
                .number(Aw319Field.F9906, (long) insured + prestaties + comments)
                .number(Aw319Field.F9907, Math.abs(total))
                .set(Aw319Field.F9908, total < 0 ? "C" : "D")
                .build();
    }

    private record Planned(
            ClaimLine line,
            UnitChoice choice,
            String bsn,
            long declaredCents,
            @Nullable String comment) {}

    private static final class Plan {
        final List<Planned> lines = new ArrayList<>();
        final List<Aw319ExportReport.Rounding> roundings = new ArrayList<>();
        final List<Aw319ExportReport.NotWritten> notWritten = new ArrayList<>();
        final Map<TimeUnit, Integer> perUnit = new EnumMap<>(TimeUnit.class);

        Aw319ExportReport report(int insured, int comments, long total) {
            return new Aw319ExportReport(
                    lines.size(), insured, comments, total, perUnit, roundings, notWritten);
        }
    }

    /** One record of 310 positions: spaces, the record type, then the fields set. */
    static final class RecordBuilder {
        private final char[] chars = new char[Aw319Format.RECORD_LENGTH];
        private final String type;

        RecordBuilder(String type) {
            this.type = type;
            java.util.Arrays.fill(chars, ' ');
            type.getChars(0, 2, chars, 0);
        }

        /**
         * Numeric fields right-aligned with leading zeros, alphanumeric ones left-aligned; null
         * leaves spaces.
         */
        RecordBuilder set(Aw319Field f, @Nullable String value) {
            if (!f.recordType().equals(type)) {
                throw new IllegalArgumentException(f + " is not a field of record " + type);
            }
            if (value == null) {
                return this;
            }
            if (value.length() > f.length()) {
                throw new IllegalArgumentException(
                        f.describe()
                                + " holds "
                                + f.length()
                                + " positions, not "
                                + value.length());
            }
            String padded;
            if (f.numeric()) {
                if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new IllegalArgumentException(
                            f.describe() + " is numeric, not '" + value + "'");
                }
                padded = "0".repeat(f.length() - value.length()) + value;
            } else {
                padded = value + " ".repeat(f.length() - value.length());
            }
            padded.getChars(0, f.length(), chars, f.start() - 1);
            return this;
        }

        RecordBuilder number(Aw319Field f, long value) {
            if (value < 0) {
                throw new IllegalArgumentException(f.describe() + " cannot hold a negative number");
            }
            return set(f, Long.toString(value));
        }

        String build() {
            return new String(chars) + CRLF;
        }
    }
}
