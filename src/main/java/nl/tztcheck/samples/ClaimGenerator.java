package nl.tztcheck.samples;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.tztcheck.claims.Bsn;
import nl.tztcheck.claims.ClaimColumn;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Writes a realistic, seeded claims export (spec section 1) row by row: the same options give the
 * same bytes, and memory stays constant however many lines are written (one client-month is held at
 * a time, plus the credits it carries into the next month).
 *
 * <p>Clients are spread over the UZOVI codes of the shipped profiles (a small share on a code no
 * profile knows). Every client has regular care (prestaties 1000-1004) in most months; about 60%
 * also use technology (1062): a medication dispenser (Medido, MedMinder or unnamed), video care
 * (Compaan or unnamed) and sometimes other technology, 1 to 4 lines a month, with minutes that
 * sometimes exceed the caps and tariffs mostly at, sometimes above, the insurer's ceiling. A small
 * share of lines carries what the check looks for: wrong amounts, duplicates, credits (matched and
 * orphan), Wlz/Wmo law, Wlz indications, invalid or absent BSNs and missing approvals; optionally a
 * few unreadable rows. Line ids run R0000001, R0000002, ... in client order, the file order unless
 * {@link ExportOrder#DATE} or {@link ExportOrder#SHUFFLED} is asked: then the rows go through
 * {@link RowReorder}'s bucket files, and memory stays bounded by one bucket. {@link Mix#HEAVY}
 * gives findings on most lines instead of the realistic light mix.
 */
public final class ClaimGenerator {

    static final String TECHNOLOGY_CODE = "1062";
    private static final String[] REGULAR_CODES = {"1000", "1001", "1002", "1003", "1004"};

    /** Cumulative weights of the regular codes, per hundred. */
    private static final int[] REGULAR_CODE_WEIGHTS = {35, 65, 80, 90, 100};

    /**
     * Which regular codes are paid at the V tariff (the others at PV); illustrative, like the
     * codes.
     */
    private static final boolean[] REGULAR_CODE_IS_V = {false, true, false, true, true};

    private static final double TECHNOLOGY_CLIENTS = 0.60;
    private static final double WLZ_CLIENTS = 0.02;
    private static final double INVALID_BSN_CLIENTS = 0.015;
    private static final double NO_BSN_CLIENTS = 0.02;
    private static final double MONTH_WITHOUT_REGULAR_CARE = 0.04;
    private static final double MONTH_WITHOUT_TECHNOLOGY = 0.05;
    private static final double DUPLICATE = 0.015;
    private static final double CREDIT_TECHNOLOGY = 0.02;
    private static final double CREDIT_REGULAR = 0.003;
    private static final double ORPHAN_CREDIT = 0.004;
    private static final double LAW_WLZ = 0.006;
    private static final double LAW_WMO = 0.003;
    private static final double AMOUNT_EMPTY = 0.015;
    private static final double AMOUNT_WRONG = 0.008;
    private static final double BAD_ROW = 1.0 / 2500;

    // the heavy mix: findings on most lines (see Mix.HEAVY); the light mix uses the constants above
    private static final double HEAVY_TECHNOLOGY_CLIENTS = 0.97;
    private static final double HEAVY_MONTH_WITHOUT_REGULAR_CARE = 0.08;
    private static final int HEAVY_TECHNOLOGY_LINES_PER_MONTH = 8;

    private final GeneratorOptions options;
    private final Style style;
    private final String sep;
    private final boolean heavy;
    private final Path tempParent;
    private final long rowsPerBucket;
    private @Nullable RowReorder reorder;

    private long nextLineNumber = 1;
    private long technologyLines;
    private long regularCareLines;
    private long creditLines;
    private long orphanCredits;
    private long duplicateLines;
    private long badRows;

    public ClaimGenerator(GeneratorOptions options) {
        this(options, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param tempParent where the temporary bucket files of date or shuffled order go (removed when
     *     the export is written)
     */
    public ClaimGenerator(GeneratorOptions options, Path tempParent) {
        this(options, tempParent, RowReorder.ROWS_PER_BUCKET);
    }

    /** With smaller buckets than usual: tests show that the bucket count changes nothing wrong. */
    ClaimGenerator(GeneratorOptions options, Path tempParent, long rowsPerBucket) {
        this.rowsPerBucket = rowsPerBucket;
        this.options = options;
        this.style = options.style();
        this.sep = String.valueOf(style.separator());
        this.heavy = options.mix() == Mix.HEAVY;
        this.tempParent = tempParent;
    }

    /** Writes the export to a file (parent folders created), in the style's encoding. */
    public static GeneratorSummary write(GeneratorOptions options, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path folder = parent != null ? parent : Path.of(".").toAbsolutePath();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return new ClaimGenerator(options, folder).writeTo(out);
        }
    }

    /** Writes the export to a stream in the style's encoding; the stream is flushed, not closed. */
    public GeneratorSummary writeTo(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, style.charset()), 1 << 16);
        GeneratorSummary summary = writeTo(writer);
        writer.flush();
        return summary;
    }

    /**
     * Writes the export to a writer (the caller picks the encoding); flushed, not closed. A
     * generator writes once: create a new one for every export.
     */
    public GeneratorSummary writeTo(Writer out) throws IOException {
        if (nextLineNumber != 1) {
            throw new IllegalStateException("a ClaimGenerator writes one export; create a new one");
        }
        writeHeader(out);
        if (options.order() == ExportOrder.CLIENT) {
            for (int i = 0; i < options.clients(); i++) {
                writeClient(out, newClient(i));
            }
        } else {
            long expected = (long) options.clients() * options.months() * (heavy ? 10 : 7);
            try (RowReorder r =
                    new RowReorder(
                            options.order(),
                            options,
                            expected,
                            rowsPerBucket,
                            tempParent,
                            style.charset())) {
                reorder = r;
                for (int i = 0; i < options.clients(); i++) {
                    writeClient(out, newClient(i));
                }
                r.drainTo(out, style.lineEnd());
            } finally {
                reorder = null;
            }
        }
        out.flush();
        return new GeneratorSummary(
                nextLineNumber - 1,
                options.clients(),
                options.months(),
                technologyLines,
                regularCareLines,
                creditLines,
                orphanCredits,
                duplicateLines,
                badRows);
    }

    // ---------------------------------------------------------------- clients

    /** What stays the same for a client across months. */
    private record Client(
            SeededRandom random,
            String id,
            String bsn,
            SampleInsurer insurer,
            boolean wlzIndication,
            String approvalRef,
            long tariffOffsetCents,
            List<Usage> technology) {}

    /** One technology category a client uses: product, lines per month, usual minutes per month. */
    private record Usage(
            Technology category, String product, int linesPerMonth, int usualMinutes) {}

    private Client newClient(int index) {
        SeededRandom r = SeededRandom.forItem(options.seed(), index);
        String id = "CL" + pad(index + 1L, 6);
        String bsn;
        double b = r.nextDouble();
        if (b < NO_BSN_CLIENTS) {
            bsn = Bsn.NONE;
        } else if (b < NO_BSN_CLIENTS + INVALID_BSN_CLIENTS) {
            bsn = invalidBsn(r);
        } else {
            bsn = validBsn(r);
        }
        SampleInsurer insurer = SampleInsurer.pick(r);
        boolean wlz = r.chance(WLZ_CLIENTS);
        List<Usage> usages;
        if (heavy) {
            usages = r.chance(HEAVY_TECHNOLOGY_CLIENTS) ? heavyTechnologyMix(r) : List.of();
        } else {
            usages = r.chance(TECHNOLOGY_CLIENTS) ? technologyMix(r) : List.of();
        }
        String approval = null;
        if (!usages.isEmpty() && r.chance(insurer.approvalShare())) {
            approval = insurer.approvalPrefix() + pad(r.between(1, 999_999), 6);
        }
        double t = r.nextDouble();
        long offset;
        if (heavy) {
            // most heavy clients are declared above the ceiling: a finding on every 1062 line
            offset = t < 0.12 ? 0 : t < 0.17 ? -r.stepped(25, 300, 5) : r.stepped(50, 800, 5);
        } else if (t < 0.78) {
            offset = 0; // the provider declares at the insurer's ceiling
        } else if (t < 0.90) {
            offset = -r.stepped(25, 300, 5); // a little below it
        } else {
            offset =
                    r.stepped(
                            50, 800, 5); // above it: e.g. the V tariff where the insurer caps at PV
        }
        return new Client(r, id, bsn, insurer, wlz, approval, offset, usages);
    }

    private static List<Usage> technologyMix(SeededRandom r) {
        double mix = r.nextDouble();
        boolean medication = mix < 0.55 || (mix >= 0.75 && mix < 0.90) || mix >= 0.93;
        boolean video = (mix >= 0.55 && mix < 0.90) || mix >= 0.96;
        boolean other = mix >= 0.90;
        List<Usage> usages = new ArrayList<>();
        if (medication) {
            double p = r.nextDouble();
            String product = p < 0.55 ? "Medido" : p < 0.80 ? "MedMinder" : null;
            usages.add(
                    new Usage(
                            Technology.MEDICATION,
                            product,
                            r.chance(0.3) ? 2 : 1,
                            r.stepped(60, 165, 5)));
        }
        if (video) {
            String product = r.chance(0.5) ? "Compaan" : null;
            usages.add(
                    new Usage(
                            Technology.VIDEO,
                            product,
                            r.chance(0.35) ? 2 : 1,
                            r.stepped(60, 260, 5)));
        }
        if (other) {
            String product = r.chance(0.2) ? "Bedsensor" : null;
            usages.add(new Usage(Technology.OTHER, product, 1, r.stepped(30, 120, 5)));
        }
        return List.copyOf(usages);
    }

    /**
     * The heavy mix: a medication dispenser always, video care mostly, other technology sometimes,
     * each with several lines a month and minutes that often exceed the category caps and together
     * the monthly cap.
     */
    private static List<Usage> heavyTechnologyMix(SeededRandom r) {
        List<Usage> usages = new ArrayList<>();
        double p = r.nextDouble();
        String dispenser = p < 0.55 ? "Medido" : p < 0.80 ? "MedMinder" : null;
        usages.add(
                new Usage(
                        Technology.MEDICATION, dispenser, r.between(2, 4), r.stepped(120, 300, 5)));
        if (r.chance(0.8)) {
            String product = r.chance(0.5) ? "Compaan" : null;
            usages.add(
                    new Usage(Technology.VIDEO, product, r.between(2, 4), r.stepped(150, 360, 5)));
        }
        if (r.chance(0.3)) {
            String product = r.chance(0.2) ? "Bedsensor" : null;
            usages.add(
                    new Usage(Technology.OTHER, product, r.between(1, 2), r.stepped(30, 120, 5)));
        }
        return List.copyOf(usages);
    }

    /**
     * Eight random digits (the first 1-6, so Excel never drops a leading zero) and the 11-test
     * digit.
     */
    static String validBsn(SeededRandom r) {
        while (true) {
            char[] d = new char[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                int digit = i == 0 ? r.between(1, 6) : r.nextInt(10);
                d[i] = (char) ('0' + digit);
                sum += (9 - i) * digit;
            }
            int check = sum % 11;
            if (check < 10) {
                d[8] = (char) ('0' + check);
                return new String(d);
            }
        }
    }

    /** A valid BSN with its last digit changed: fails the 11-test. */
    static String invalidBsn(SeededRandom r) {
        char[] d = validBsn(r).toCharArray();
        d[8] = (char) ('0' + (d[8] - '0' + r.between(1, 9)) % 10);
        return new String(d);
    }

    // ---------------------------------------------------------------- rows

    private enum Defect {
        IMPOSSIBLE_DATE,
        NEGATIVE_MINUTES,
        UNKNOWN_TECHNOLOGY,
        EMPTY_TARIFF
    }

    /** One row before it is written; its line id is given when it is written. */
    private static final class Row {
        String lineId;
        final String serviceCode;
        final LocalDate date;
        final int minutes;
        final long tariffCents;
        Long amountCents;
        final Technology technology;
        final String product;
        String law = "ZVW";
        boolean credit;
        Row reverses;
        String orphanTarget;
        String approvalRef;
        Defect defect;
        boolean copy;

        Row(
                String serviceCode,
                LocalDate date,
                int minutes,
                long tariffCents,
                Technology technology,
                String product) {
            this.serviceCode = serviceCode;
            this.date = date;
            this.minutes = minutes;
            this.tariffCents = tariffCents;
            this.amountCents = Money.forMinutes(minutes, Money.cents(tariffCents)).cents();
            this.technology = technology;
            this.product = product;
        }

        Row sameContent() {
            Row r = new Row(serviceCode, date, minutes, tariffCents, technology, product);
            r.amountCents = amountCents;
            r.law = law;
            r.approvalRef = approvalRef;
            return r;
        }

        boolean isTechnology() {
            return TECHNOLOGY_CODE.equals(serviceCode);
        }
    }

    private void writeClient(Writer out, Client c) throws IOException {
        List<Row> carried = new ArrayList<>();
        for (int m = 0; m < options.months(); m++) {
            YearMonth month = options.firstMonth().plusMonths(m);
            boolean last = m == options.months() - 1;
            List<Row> rows = monthRows(c, month);
            List<Row> later = new ArrayList<>();
            List<Row> tail = new ArrayList<>(carried);
            carried.clear();
            for (Row row : rows) {
                if (row.defect != null || row.copy) {
                    continue;
                }
                double p = row.isTechnology() ? CREDIT_TECHNOLOGY : CREDIT_REGULAR;
                if (c.random.chance(p)) {
                    Row credit = row.sameContent();
                    credit.credit = true;
                    credit.reverses = row;
                    (last || c.random.chance(0.6) ? tail : later).add(credit);
                }
            }
            if (c.random.chance(ORPHAN_CREDIT)) {
                tail.add(orphanCredit(c, month));
            }
            rows.addAll(tail);
            carried.addAll(later);
            for (Row row : rows) {
                writeRow(out, c, row);
            }
        }
    }

    /** The debits of one client-month, in date order, with their duplicates and defects. */
    private List<Row> monthRows(Client c, YearMonth month) {
        SeededRandom r = c.random;
        SampleInsurer.Tariffs tariffs = c.insurer.tariffsIn(month.getYear());
        boolean technology = !c.technology.isEmpty() && !r.chance(MONTH_WITHOUT_TECHNOLOGY);
        double withoutRegular =
                heavy ? HEAVY_MONTH_WITHOUT_REGULAR_CARE : MONTH_WITHOUT_REGULAR_CARE;
        int regular =
                technology && r.chance(withoutRegular)
                        ? 0
                        : heavy ? r.between(1, 3) : r.between(2, 8);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < regular; i++) {
            int k = regularCode(r);
            long tariff = REGULAR_CODE_IS_V[k] ? tariffs.v() : tariffs.pv();
            rows.add(
                    amountVariation(
                            r,
                            new Row(
                                    REGULAR_CODES[k],
                                    day(r, month),
                                    r.stepped(15, 60, 5),
                                    tariff,
                                    null,
                                    null)));
        }
        if (technology) {
            long tariff = Math.max(100, tariffs.ceiling() + c.tariffOffsetCents);
            int budget = heavy ? HEAVY_TECHNOLOGY_LINES_PER_MONTH : 4;
            for (Usage u : c.technology) {
                int total = Math.max(15, u.usualMinutes + r.stepped(-20, 20, 5));
                int lines = total < 30 ? 1 : Math.min(u.linesPerMonth, budget);
                budget -= lines;
                int first =
                        lines == 1
                                ? total
                                : Math.max(
                                        15,
                                        Math.min(
                                                total - 15,
                                                roundTo5(total * (30 + r.nextInt(41)) / 100)));
                // the light mix has at most two lines a category; the heavy mix spreads the minutes
                // evenly over its two to four
                int share = Math.max(5, roundTo5(total / Math.max(1, lines)));
                for (int l = 0; l < lines; l++) {
                    int minutes;
                    if (!heavy) {
                        minutes = l == 0 ? first : total - first;
                    } else {
                        minutes = l < lines - 1 ? share : Math.max(5, total - share * (lines - 1));
                    }
                    LocalDate date =
                            u.category == Technology.MEDICATION && l == 0
                                    ? month.atDay(1)
                                    : day(r, month);
                    Row row =
                            new Row(TECHNOLOGY_CODE, date, minutes, tariff, u.category, u.product);
                    row.approvalRef = c.approvalRef;
                    double law = r.nextDouble();
                    row.law = law < LAW_WLZ ? "WLZ" : law < LAW_WLZ + LAW_WMO ? "WMO" : "ZVW";
                    rows.add(amountVariation(r, row));
                }
                if (budget == 0) {
                    break;
                }
            }
        }
        rows.sort(Comparator.comparing((Row row) -> row.date));
        List<Row> withDuplicates = new ArrayList<>(rows.size() + 2);
        List<Row> atEnd = new ArrayList<>();
        for (Row row : rows) {
            if (options.badRows() && r.chance(BAD_ROW)) {
                row.defect = defectFor(r, row);
            }
            withDuplicates.add(row);
            if (row.isTechnology() && row.defect == null && r.chance(DUPLICATE)) {
                Row dup = row.sameContent();
                dup.copy = true;
                (r.chance(0.7) ? withDuplicates : atEnd).add(dup);
            }
        }
        withDuplicates.addAll(atEnd);
        return withDuplicates;
    }

    private static Row amountVariation(SeededRandom r, Row row) {
        double a = r.nextDouble();
        if (a < AMOUNT_EMPTY) {
            row.amountCents = null;
        } else if (a < AMOUNT_EMPTY + AMOUNT_WRONG) {
            long delta = r.stepped(10, 999, 1);
            row.amountCents = Math.max(1, row.amountCents + (r.chance(0.5) ? delta : -delta));
        }
        return row;
    }

    private static Defect defectFor(SeededRandom r, Row row) {
        Defect[] kinds = Defect.values();
        Defect d = kinds[r.nextInt(kinds.length)];
        return d == Defect.UNKNOWN_TECHNOLOGY && !row.isTechnology() ? Defect.IMPOSSIBLE_DATE : d;
    }

    /**
     * A credit reversing a line of an earlier export, so it names a line id that is not in this
     * file.
     */
    private static Row orphanCredit(Client c, YearMonth month) {
        SeededRandom r = c.random;
        SampleInsurer.Tariffs tariffs = c.insurer.tariffsIn(month.getYear());
        Row row;
        if (!c.technology.isEmpty()) {
            Usage u = c.technology.get(0);
            row =
                    new Row(
                            TECHNOLOGY_CODE,
                            day(r, month),
                            u.usualMinutes,
                            Math.max(100, tariffs.ceiling() + c.tariffOffsetCents),
                            u.category,
                            u.product);
            row.approvalRef = c.approvalRef;
        } else {
            row =
                    new Row(
                            REGULAR_CODES[0],
                            day(r, month),
                            r.stepped(15, 60, 5),
                            tariffs.pv(),
                            null,
                            null);
        }
        row.credit = true;
        row.orphanTarget = "V" + month.getYear() + "-" + pad(r.between(1, 99_999), 5);
        return row;
    }

    private static int regularCode(SeededRandom r) {
        int w = r.nextInt(100);
        for (int k = 0; k < REGULAR_CODE_WEIGHTS.length; k++) {
            if (w < REGULAR_CODE_WEIGHTS[k]) {
                return k;
            }
        }
        return 0;
    }

    private static LocalDate day(SeededRandom r, YearMonth month) {
        return month.atDay(r.between(1, month.lengthOfMonth()));
    }

    private static int roundTo5(int minutes) {
        return (minutes + 2) / 5 * 5;
    }

    // ---------------------------------------------------------------- writing

    private void writeHeader(Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(200);
        for (ClaimColumn column : ClaimColumn.values()) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(style == Style.EXCEL ? column.alias() : column.header());
        }
        out.write(sb.append(style.lineEnd()).toString());
    }

    private final StringBuilder line = new StringBuilder(256);

    /** Cells in the order of {@link ClaimColumn}, the order the header names them. */
    private void writeRow(Writer out, Client c, Row row) throws IOException {
        row.lineId = "R" + pad(nextLineNumber++, 7);
        boolean excel = style == Style.EXCEL;
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(row.lineId).append(sep);
        sb.append(c.id).append(sep);
        sb.append(c.bsn).append(sep);
        // Dutch Excel stores the UZOVI code as a number and drops the leading zero of 0101
        sb.append(excel ? stripLeadingZeros(c.insurer.uzovi()) : c.insurer.uzovi()).append(sep);
        sb.append(row.serviceCode).append(sep);
        if (row.defect == Defect.IMPOSSIBLE_DATE) {
            sb.append(excel ? "30-02-" + row.date.getYear() : row.date.getYear() + "-02-30");
        } else {
            appendDate(sb, row.date, excel);
        }
        sb.append(sep);
        sb.append(row.defect == Defect.NEGATIVE_MINUTES ? -row.minutes : row.minutes).append(sep);
        if (row.defect != Defect.EMPTY_TARIFF) {
            appendMoney(sb, row.tariffCents, excel);
        }
        sb.append(sep);
        if (row.amountCents != null) {
            appendMoney(sb, row.credit ? -row.amountCents : row.amountCents, excel);
        }
        sb.append(sep);
        if (row.defect == Defect.UNKNOWN_TECHNOLOGY) {
            sb.append(excel ? "DOMOTICA" : "HOME_AUTOMATION");
        } else if (row.technology != null) {
            sb.append(excel ? row.technology.dutch() : row.technology.name());
        }
        sb.append(sep);
        if (row.product != null) {
            sb.append(row.product);
        }
        sb.append(sep);
        sb.append(row.law).append(sep);
        sb.append(row.credit ? 'C' : 'D').append(sep);
        if (row.credit) {
            sb.append(row.reverses != null ? row.reverses.lineId : row.orphanTarget);
        }
        sb.append(sep);
        sb.append(c.wlzIndication ? (excel ? "J" : "Y") : "N").append(sep);
        if (row.approvalRef != null) {
            sb.append(row.approvalRef);
        }
        if (reorder != null) {
            reorder.add(sb, row.date);
        } else {
            sb.append(style.lineEnd());
            out.append(sb);
        }
        count(row);
    }

    private void count(Row row) {
        if (row.defect != null) {
            badRows++;
            return;
        }
        if (row.isTechnology()) {
            technologyLines++;
        } else {
            regularCareLines++;
        }
        if (row.credit) {
            creditLines++;
            if (row.orphanTarget != null) {
                orphanCredits++;
            }
        }
        if (row.copy) {
            duplicateLines++;
        }
    }

    private static void appendDate(StringBuilder sb, LocalDate d, boolean excel) {
        if (excel) {
            sb.append(pad(d.getDayOfMonth(), 2))
                    .append('-')
                    .append(pad(d.getMonthValue(), 2))
                    .append('-')
                    .append(d.getYear());
        } else {
            sb.append(d.getYear())
                    .append('-')
                    .append(pad(d.getMonthValue(), 2))
                    .append('-')
                    .append(pad(d.getDayOfMonth(), 2));
        }
    }

    /**
     * {@code 74,50} or {@code 74.50}; no thousands grouping, as a CSV export writes plain numbers.
     */
    private static void appendMoney(StringBuilder sb, long cents, boolean excel) {
        if (cents < 0) {
            sb.append('-');
            cents = -cents;
        }
        sb.append(cents / 100).append(excel ? ',' : '.');
        long c = cents % 100;
        if (c < 10) {
            sb.append('0');
        }
        sb.append(c);
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }

    private static String stripLeadingZeros(String code) {
        int i = 0;
        while (i < code.length() - 1 && code.charAt(i) == '0') {
            i++;
        }
        return code.substring(i);
    }
}
