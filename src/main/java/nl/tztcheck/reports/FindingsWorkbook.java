package nl.tztcheck.reports;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.reports.XlsxWriter.Style;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineStatus;
import nl.tztcheck.rules.RuleTexts;
import org.jspecify.annotations.Nullable;

/**
 * findings.xlsx: the run for people in Excel or LibreOffice. Sheets, in order: Summary (the totals
 * of summary.json), Findings (one row per finding, the columns of findings.csv), Rejects (the
 * columns of rejects.csv) and Insurers (per insurer the figures of summary.json). Labels come from
 * {@code i18n/workbook_<nl|en>.properties}.
 *
 * <p>Streaming ({@link XlsxWriter}): rows go to a temporary file as they are added, so memory does
 * not grow with the number of findings. Findings are added first, then rejects, then {@link #write}
 * adds the summary and the insurers and copies the file out. A sheet holds at most 1,048,575 rows
 * under its header; more continue on "Findings 2", "Findings 3"...
 *
 * <p>Cells: money is a number (cents / 100) with a euro format, months are date cells, every text
 * is a string cell (a line id "=1+1" stays text, never a formula), stripped of characters XML does
 * not allow (NUL and other control characters become their visible symbols, NUL as U+2400 ␀), with
 * a literal {@code _xHHHH_} kept literal, and cut to Excel's 32,767 characters. Clients only appear
 * as the pseudonyms the findings carry. Values a person reads are in the run's language (the
 * severity FOUT/WAARSCHUWING/INFO, the technology MEDICATIE/BEELDZORG/OVERIG in Dutch); codes,
 * retourcodes and insurer ids stay as in findings.csv.
 */
public final class FindingsWorkbook implements AutoCloseable {

    public static final String BUNDLE = "workbook";

    /** Excel's limit on the text in one cell. */
    public static final int MAX_TEXT = 32_767;

    /** Excel's limit on a sheet name. */
    public static final int MAX_SHEET_NAME = 31;

    /** Excel's rows per sheet. */
    static final int MAX_ROWS = 1_048_576;

    public static final String EURO_FORMAT = "\"€ \"#,##0.00;[Red]\"€ -\"#,##0.00";
    public static final String MONTH_FORMAT = "yyyy-mm";
    public static final String TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private static final java.util.regex.Pattern OOXML_ESCAPE =
            java.util.regex.Pattern.compile("_([xX][0-9A-Fa-f]{4}_)");
    private static final double[] FINDING_WIDTHS = {
        18, 24, 10, 10, 16, 10, 16, 8, 14, 14, 10, 14, 10, 10, 12, 12, 12, 12, 12, 14, 14, 14, 14,
        14, 80, 40
    };
    private static final double[] REJECT_WIDTHS = {12, 24, 80, 100};

    private final Path file;
    private final XlsxWriter xlsx;
    private final Messages texts;
    private final Language language;
    private final int rowsPerSheet;
    private final XlsxSheet summary;
    private final Part findings;
    private @Nullable Part rejects;
    private boolean written;

    public FindingsWorkbook(Language language) {
        this(language, MAX_ROWS - 1);
    }

    /** With a smaller number of data rows per sheet (tests of the continuation sheets). */
    FindingsWorkbook(Language language, int rowsPerSheet) {
        this.language = language;
        this.texts = Messages.of(BUNDLE, language);
        this.rowsPerSheet = rowsPerSheet;
        try {
            this.file = Files.createTempFile("tzt-findings", ".xlsx");
            this.xlsx =
                    new XlsxWriter(
                            new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                            EURO_FORMAT,
                            MONTH_FORMAT,
                            TIMESTAMP_FORMAT);
            // the first tab, written last: when the totals are known
            this.summary = xlsx.reserve(sheetName(texts.get("sheet.summary")));
            this.findings =
                    new Part(
                            "sheet.findings",
                            "sheet.findingsContinued",
                            "findings.",
                            FindingsCsv.HEADER,
                            FINDING_WIDTHS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file for findings.xlsx", e);
        }
    }

    /** One row on the Findings sheet, the columns of findings.csv. */
    public void add(Finding f) {
        if (rejects != null) {
            throw new IllegalStateException("findings are added before rejects");
        }
        try {
            XlsxSheet row = findings.nextRow();
            int c = 0;
            row.text(c++, cellText(f.key()));
            row.word(c++, f.code().name());
            row.word(c++, texts.get("severity." + f.severity().name()));
            row.word(c++, f.retourcode());
            row.text(c++, cellText(f.lineId()));
            if (f.lineNo() != 0) {
                row.number(c, f.lineNo(), Style.INTEGER);
            }
            c++;
            row.text(c++, cellText(f.client()));
            row.word(c++, cellText(f.uzovi()));
            row.word(c++, cellText(f.insurer()));
            row.word(c++, cellText(f.profileVersion()));
            row.date(c++, f.month().atDay(1), Style.MONTH);
            row.word(
                    c++,
                    f.technology() == null ? "" : texts.get("technology." + f.technology().name()));
            row.number(c++, f.minutesClaimed(), Style.INTEGER);
            row.number(c++, f.minutesAllowed(), Style.INTEGER);
            long[] money = {
                f.claimedCents(),
                f.reimbursableCents(),
                f.atRiskCents(),
                f.costGapCents(),
                f.underclaimedCents()
            };
            for (long cents : money) {
                row.number(c++, cents, Style.INTEGER);
            }
            for (long cents : money) {
                row.money(c++, cents);
            }
            row.text(c++, cellText(f.message()));
            row.word(
                    c,
                    cellText(f.source())); // a rule's source under one profile: few distinct texts
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row on the Rejects sheet, the columns of rejects.csv; after the findings. */
    public void add(Reject staged) {
        Reject r = staged.worded(language);
        try {
            XlsxSheet row = (rejects != null ? rejects : startRejects()).nextRow();
            row.number(0, r.lineNo(), Style.INTEGER);
            row.word(1, cellText(r.field()));
            row.text(2, cellText(r.reason()));
            row.text(3, cellText(r.rawText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Part startRejects() throws IOException {
        findings.finish();
        Part part =
                new Part(
                        "sheet.rejects",
                        "sheet.rejectsContinued",
                        "rejects.",
                        RejectsCsv.HEADER,
                        REJECT_WIDTHS);
        rejects = part;
        return part;
    }

    /**
     * Adds the Summary and Insurers sheets from the run's totals, finishes the workbook and copies
     * it to {@code out}.
     */
    public void write(RunSummary s, OutputStream out) throws IOException {
        if (written) {
            throw new IllegalStateException("the workbook was written already");
        }
        written = true;
        (rejects != null ? rejects : startRejects()).finish();
        XlsxSheet insurers = xlsx.reserve(sheetName(texts.get("sheet.insurers")));
        writeSummary(xlsx.write(summary, new double[] {60, 22, 12, 12, 80, 80}, false), s);
        writeInsurers(s, insurers);
        xlsx.finish();
        xlsx.close();
        Files.copy(file, out);
    }

    private void writeSummary(XlsxSheet sh, RunSummary s) throws IOException {
        int[] r = {0};
        sh.row(r[0]++).text(0, cellText(texts.get("summary.title")), Style.BOLD);
        r[0]++;
        section(sh, r, "summary.section.run");
        RunInfo run = s.run();
        if (run != null) {
            textRow(sh, r, "summary.inputFile", run.inputFile());
            textRow(sh, r, "summary.inputSha256", run.inputSha256());
            textRow(sh, r, "summary.profiles", run.profileFingerprint());
            timeRow(sh, r, "summary.started", run.startedAt());
            timeRow(sh, r, "summary.finished", run.finishedAt());
        }
        r[0]++;
        section(sh, r, "summary.section.lines");
        LineCounts c = s.lines();
        countRow(sh, r, "summary.lines.read", c.read());
        countRow(sh, r, "summary.lines.technology", c.technology());
        countRow(sh, r, "summary.lines.regularCare", c.regularCare());
        countRow(sh, r, "summary.lines.other", c.other());
        countRow(sh, r, "summary.lines.rejected", c.rejected());
        countRow(sh, r, "summary.lines.blank", c.blank());
        textRow(sh, r, "summary.lines.reconciles", yesNo(c.reconciles()));
        r[0]++;
        section(sh, r, "summary.section.status");
        for (LineStatus st : LineStatus.values()) {
            countRow(
                    sh, r, "summary.status." + st.name(), s.technologyLines().getOrDefault(st, 0L));
        }
        r[0]++;
        section(sh, r, "summary.section.money");
        Totals t = s.totals();
        moneyRow(sh, r, "summary.money.claimed", t.claimed());
        moneyRow(sh, r, "summary.money.reimbursable", t.reimbursable());
        moneyRow(sh, r, "summary.money.atRisk", t.atRisk());
        moneyRow(sh, r, "summary.money.unchecked", t.unchecked());
        moneyRow(sh, r, "summary.money.costGap", t.costGap());
        moneyRow(sh, r, "summary.money.underclaimed", t.underclaimed());
        textRow(sh, r, "summary.money.reconciles", yesNo(t.reconciles()));
        r[0]++;
        section(sh, r, "summary.section.findings");
        countRow(sh, r, "summary.findings.total", s.findings());
        for (Severity sev : Severity.values()) {
            countRow(sh, r, "summary.severity." + sev.name(), s.findingsOf(sev));
        }
        r[0]++;
        section(sh, r, "summary.section.codes");
        String[] codeColumns = {
            "codes.code",
            "codes.count",
            "codes.severity",
            "codes.retourcode",
            "codes.explanation",
            "codes.whatToDo"
        };
        sh.row(r[0]++);
        for (int i = 0; i < codeColumns.length; i++) {
            sh.text(i, cellText(texts.get(codeColumns[i])), Style.HEADER);
        }
        for (FindingCode code : FindingCode.values()) {
            Long n = s.findingsByCode().get(code);
            if (n == null) {
                continue;
            }
            sh.row(r[0]++)
                    .text(0, code.name())
                    .number(1, n, Style.INTEGER)
                    .text(2, texts.get("severity." + code.severity().name()))
                    .text(3, code.retourcode())
                    .text(4, cellText(RuleTexts.explanation(code, language)), Style.WRAP)
                    .text(5, cellText(RuleTexts.whatToDo(code, language)), Style.WRAP);
        }
        sh.finish();
    }

    private void writeInsurers(RunSummary s, XlsxSheet reserved) throws IOException {
        List<FindingCode> codes = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            if (s.findingsByCode().containsKey(code)) {
                codes.add(code);
            }
        }
        String[] fixed = {
            "insurers.insurer",
            "insurers.name",
            "insurers.uzovi",
            "insurers.technologyLines",
            "insurers.claimed",
            "insurers.reimbursable",
            "insurers.atRisk",
            "insurers.unchecked",
            "insurers.costGap",
            "insurers.underclaimed",
            "insurers.findings"
        };
        double[] widths = new double[fixed.length + codes.size()];
        System.arraycopy(
                new double[] {14, 28, 14, 14, 16, 16, 16, 16, 16, 16, 12},
                0,
                widths,
                0,
                fixed.length);
        java.util.Arrays.fill(widths, fixed.length, widths.length, 14);
        XlsxSheet sh = xlsx.write(reserved, widths, true);
        sh.row(0);
        for (int i = 0; i < fixed.length; i++) {
            sh.text(i, cellText(texts.get(fixed[i])), Style.HEADER);
        }
        for (int i = 0; i < codes.size(); i++) {
            sh.text(fixed.length + i, codes.get(i).name(), Style.HEADER);
        }
        int r = 1;
        for (InsurerSummary i : s.insurers()) {
            Totals t = i.totals();
            sh.row(r++)
                    .text(0, cellText(i.key()))
                    .text(1, cellText(i.name()))
                    .text(2, cellText(String.join(", ", new TreeSet<>(i.uzovi()))))
                    .number(3, i.technologyLines(), Style.INTEGER)
                    .money(4, t.claimed())
                    .money(5, t.reimbursable())
                    .money(6, t.atRisk())
                    .money(7, t.unchecked())
                    .money(8, t.costGap())
                    .money(9, t.underclaimed())
                    .number(
                            10,
                            i.findingsByCode().values().stream().mapToLong(Long::longValue).sum(),
                            Style.INTEGER);
            for (int k = 0; k < codes.size(); k++) {
                sh.number(
                        fixed.length + k,
                        i.findingsByCode().getOrDefault(codes.get(k), 0L),
                        Style.INTEGER);
            }
        }
        sh.autoFilter(r - 1, fixed.length + codes.size() - 1);
        sh.finish();
    }

    private void section(XlsxSheet sh, int[] r, String key) throws IOException {
        sh.row(r[0]++).text(0, cellText(texts.get(key)), Style.BOLD);
    }

    private void textRow(XlsxSheet sh, int[] r, String key, String value) throws IOException {
        sh.row(r[0]++).text(0, cellText(texts.get(key))).text(1, cellText(value));
    }

    private void countRow(XlsxSheet sh, int[] r, String key, long value) throws IOException {
        sh.row(r[0]++).text(0, cellText(texts.get(key))).number(1, value, Style.INTEGER);
    }

    private void moneyRow(XlsxSheet sh, int[] r, String key, long cents) throws IOException {
        sh.row(r[0]++).text(0, cellText(texts.get(key))).money(1, cents);
    }

    private void timeRow(XlsxSheet sh, int[] r, String key, java.time.Instant at)
            throws IOException {
        sh.row(r[0]++).text(0, cellText(texts.get(key)));
        if (at != null) {
            sh.timestamp(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC).withNano(0));
        }
    }

    private String yesNo(boolean b) {
        return texts.get(b ? "summary.yes" : "summary.no");
    }

    /**
     * The text as a cell may hold it: characters XML 1.0 does not allow become visible symbols (NUL
     * and the other C0 controls except TAB, LF and CR as their Control Pictures U+2400..U+241F,
     * e.g. NUL as ␀; lone surrogates and U+FFFE/U+FFFF as U+FFFD); at most 32,767 characters.
     */
    public static String cellText(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder b = null;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(ch)) {
                ok = i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(ch).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok =
                        ch == '\t'
                                || ch == '\n'
                                || ch == '\r'
                                || (ch >= 0x20 && ch <= 0xD7FF)
                                || (ch >= 0xE000 && ch <= 0xFFFD);
            }
            if (!ok && b == null) {
                b = new StringBuilder(n).append(value, 0, i);
            }
            if (b != null) {
                b.append(ok ? ch : visible(ch));
            }
        }
        String s = b == null ? value : b.toString();
        if (s.indexOf("_x") >= 0 || s.indexOf("_X") >= 0) {
            // Excel and POI read _xHHHH_ in a cell as the character HHHH; escaping the underscore
            // keeps the text as it was
            s = OOXML_ESCAPE.matcher(s).replaceAll("_x005F_$1");
        }
        if (s.length() > MAX_TEXT) {
            int cut = MAX_TEXT - 1;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut) + "…";
        }
        return s;
    }

    /**
     * A character XML cannot hold, made visible: a C0 control as its Control Pictures symbol (NUL
     * as U+2400 ␀), anything else as U+FFFD.
     */
    private static char visible(char ch) {
        return ch < 0x20 ? (char) (0x2400 + ch) : '\uFFFD';
    }

    /**
     * A valid sheet name: no {@code : \ / ? * [ ]}, not starting or ending with an apostrophe, at
     * most 31 characters.
     */
    static String sheetName(String name) {
        String s = cellText(name).replaceAll("[:\\\\/?*\\[\\]\\r\\n\\t\\uFFFD]", " ").trim();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > MAX_SHEET_NAME) {
            s = s.substring(0, MAX_SHEET_NAME).trim();
        }
        return s.isEmpty() ? "Sheet" : s;
    }

    /** Deletes the temporary file (the workbook is unusable afterwards). */
    @Override
    public void close() throws IOException {
        try {
            xlsx.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A table that may run over several sheets: header, frozen header row and autofilter on each;
     * written as it goes.
     */
    private final class Part {
        private final String nameKey;
        private final String continuedKey;
        private final String columnPrefix;
        private final String[] columns;
        private final double[] widths;
        private @Nullable XlsxSheet sheet;
        private int sheets;
        private int rows;

        Part(
                String nameKey,
                String continuedKey,
                String columnPrefix,
                String[] columns,
                double[] widths)
                throws IOException {
            this.nameKey = nameKey;
            this.continuedKey = continuedKey;
            this.columnPrefix = columnPrefix;
            this.columns = columns;
            this.widths = widths;
            start();
        }

        private void start() throws IOException {
            sheets++;
            String name = sheets == 1 ? texts.get(nameKey) : texts.get(continuedKey, "n", sheets);
            sheet = xlsx.sheet(sheetName(name), widths, true);
            sheet.row(0);
            for (int i = 0; i < columns.length; i++) {
                sheet.text(i, cellText(texts.get(columnPrefix + columns[i])), Style.HEADER);
            }
            rows = 0;
        }

        /** The sheet, at the next row to fill: on a new sheet when this one is full. */
        XlsxSheet nextRow() throws IOException {
            if (rows == rowsPerSheet) {
                finish();
                start();
            }
            return requireNonNull(sheet).row(++rows); // start() opened it
        }

        /** Writes the end of the sheet; a sheet must be complete before the next one is written. */
        void finish() throws IOException {
            if (sheet != null) {
                sheet.autoFilter(rows, columns.length - 1);
                sheet.finish();
                sheet = null;
            }
        }
    }
}
