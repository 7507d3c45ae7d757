package nl.tztcheck.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineStatus;
import nl.tztcheck.rules.RuleTexts;

/**
 * findings.xlsx: the run for people in Excel or LibreOffice. Sheets, in order: Summary (the totals
 * of summary.json), Findings (one row per finding, the columns of findings.csv), Rejects (the
 * columns of rejects.csv) and Insurers (per insurer the figures of summary.json). Labels come from
 * {@code i18n/workbook_<nl|en>.properties}.
 *
 * <p>Streaming (POI's SXSSF): only a window of rows is in memory, the rest goes to compressed
 * temporary files, so memory does not grow with the number of findings. Findings are added first,
 * then rejects, then {@link #write} adds the summary and the insurers and writes the file. A sheet
 * holds at most 1,048,575 rows under its header; more continue on "Findings 2", "Findings 3"...
 *
 * <p>Cells: money is a number (cents / 100) with a euro format, months are date cells, every text
 * is a string cell (a line id "=1+1" stays text, never a formula), stripped of characters XML does
 * not allow (NUL and other control characters become their visible symbols, NUL as U+2400 ␀), with a literal {@code _xHHHH_} kept literal,
 * and cut to Excel's 32,767 characters.
 * Clients only appear as the pseudonyms the findings carry.
 */
public final class FindingsWorkbook implements AutoCloseable {

    public static final String BUNDLE = "workbook";
    /** Excel's limit on the text in one cell. */
    public static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Excel's limit on a sheet name. */
    public static final int MAX_SHEET_NAME = 31;
    public static final String EURO_FORMAT = "\"€ \"#,##0.00;[Red]\"€ -\"#,##0.00";
    public static final String MONTH_FORMAT = "yyyy-mm";
    public static final String TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private static final int ROW_WINDOW = 200;
    private static final java.util.regex.Pattern OOXML_ESCAPE = java.util.regex.Pattern.compile("_([xX][0-9A-Fa-f]{4}_)");

    private final SXSSFWorkbook wb;
    private final Messages texts;
    private final Language language;
    private final int rowsPerSheet;
    private final CellStyle header;
    private final CellStyle bold;
    private final CellStyle euro;
    private final CellStyle integer;
    private final CellStyle month;
    private final CellStyle timestamp;
    private final CellStyle wrap;
    private final Sheet summary;
    private final Part findings;
    private Part rejects;
    private boolean written;

    public FindingsWorkbook(Language language) {
        this(language, SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
    }

    /** With a smaller number of data rows per sheet (tests of the continuation sheets). */
    FindingsWorkbook(Language language, int rowsPerSheet) {
        this.language = language;
        this.texts = Messages.of(BUNDLE, language);
        this.rowsPerSheet = rowsPerSheet;
        this.wb = new SXSSFWorkbook(ROW_WINDOW);
        wb.setCompressTempFiles(true);
        DataFormat formats = wb.createDataFormat();
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        this.header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        this.bold = wb.createCellStyle();
        bold.setFont(boldFont);
        this.euro = style(formats.getFormat(EURO_FORMAT));
        this.integer = style(formats.getFormat("0"));
        this.month = style(formats.getFormat(MONTH_FORMAT));
        this.timestamp = style(formats.getFormat(TIMESTAMP_FORMAT));
        this.wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        this.summary = wb.createSheet(sheetName(texts.get("sheet.summary")));
        this.findings = new Part("sheet.findings", "sheet.findingsContinued", "findings.", FindingsCsv.HEADER,
                new int[] {18, 24, 10, 10, 16, 10, 16, 8, 14, 14, 10, 14, 10, 10, 12, 12, 12, 12, 14, 14, 14, 14, 80, 40});
    }

    private CellStyle style(short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        return s;
    }

    /** One row on the Findings sheet, the columns of findings.csv. */
    public void add(Finding f) {
        if (rejects != null) {
            throw new IllegalStateException("findings are added before rejects");
        }
        Row row = findings.nextRow();
        int c = 0;
        text(row, c++, f.key());
        text(row, c++, f.code().name());
        text(row, c++, f.severity().name());
        text(row, c++, f.retourcode());
        text(row, c++, f.lineId());
        if (f.lineNo() != 0) {
            number(row, c, f.lineNo(), integer);
        }
        c++;
        text(row, c++, f.client());
        text(row, c++, f.uzovi());
        text(row, c++, f.insurer());
        text(row, c++, f.profileVersion());
        Cell m = row.createCell(c++);
        m.setCellValue(f.month().atDay(1));
        m.setCellStyle(month);
        text(row, c++, f.technology() == null ? "" : f.technology().name());
        number(row, c++, f.minutesClaimed(), integer);
        number(row, c++, f.minutesAllowed(), integer);
        for (long cents : new long[] {f.claimedCents(), f.reimbursableCents(), f.atRiskCents(), f.costGapCents()}) {
            number(row, c++, cents, integer);
        }
        for (long cents : new long[] {f.claimedCents(), f.reimbursableCents(), f.atRiskCents(), f.costGapCents()}) {
            money(row, c++, cents);
        }
        text(row, c++, f.message());
        text(row, c++, f.source());
    }

    /** One row on the Rejects sheet, the columns of rejects.csv; after the findings. */
    public void add(Reject r) {
        if (rejects == null) {
            rejects = new Part("sheet.rejects", "sheet.rejectsContinued", "rejects.", RejectsCsv.HEADER, new int[] {12, 24, 80, 100});
        }
        Row row = rejects.nextRow();
        number(row, 0, r.lineNo(), integer);
        text(row, 1, r.field());
        text(row, 2, r.reason());
        text(row, 3, r.rawText());
    }

    /** Adds the Summary and Insurers sheets from the run's totals and writes the workbook. */
    public void write(RunSummary s, OutputStream out) throws IOException {
        if (written) {
            throw new IllegalStateException("the workbook was written already");
        }
        written = true;
        findings.finish();
        if (rejects == null) {
            rejects = new Part("sheet.rejects", "sheet.rejectsContinued", "rejects.", RejectsCsv.HEADER, new int[] {12, 24, 80, 100});
        }
        rejects.finish();
        writeSummary(s);
        writeInsurers(s);
        wb.setActiveSheet(0);
        wb.write(out);
    }

    private void writeSummary(RunSummary s) {
        Sheet sh = summary;
        sh.setColumnWidth(0, 60 * 256);
        sh.setColumnWidth(1, 22 * 256);
        sh.setColumnWidth(2, 12 * 256);
        sh.setColumnWidth(3, 12 * 256);
        sh.setColumnWidth(4, 80 * 256);
        sh.setColumnWidth(5, 80 * 256);
        int[] r = {0};
        Row title = sh.createRow(r[0]++);
        text(title, 0, texts.get("summary.title")).setCellStyle(bold);
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
            countRow(sh, r, "summary.status." + st.name(), s.technologyLines().getOrDefault(st, 0L));
        }
        r[0]++;
        section(sh, r, "summary.section.money");
        Totals t = s.totals();
        moneyRow(sh, r, "summary.money.claimed", t.claimed());
        moneyRow(sh, r, "summary.money.reimbursable", t.reimbursable());
        moneyRow(sh, r, "summary.money.atRisk", t.atRisk());
        moneyRow(sh, r, "summary.money.unchecked", t.unchecked());
        moneyRow(sh, r, "summary.money.costGap", t.costGap());
        textRow(sh, r, "summary.money.reconciles", yesNo(t.reconciles()));
        r[0]++;
        section(sh, r, "summary.section.findings");
        countRow(sh, r, "summary.findings.total", s.findings());
        for (Severity sev : Severity.values()) {
            countRow(sh, r, "summary.severity." + sev.name(), s.findingsOf(sev));
        }
        r[0]++;
        section(sh, r, "summary.section.codes");
        Row head = sh.createRow(r[0]++);
        String[] codeColumns = {"codes.code", "codes.count", "codes.severity", "codes.retourcode", "codes.explanation", "codes.whatToDo"};
        for (int i = 0; i < codeColumns.length; i++) {
            text(head, i, texts.get(codeColumns[i])).setCellStyle(header);
        }
        for (FindingCode code : FindingCode.values()) {
            Long n = s.findingsByCode().get(code);
            if (n == null) {
                continue;
            }
            Row row = sh.createRow(r[0]++);
            text(row, 0, code.name());
            number(row, 1, n, integer);
            text(row, 2, code.severity().name());
            text(row, 3, code.retourcode());
            text(row, 4, RuleTexts.explanation(code, language)).setCellStyle(wrap);
            text(row, 5, RuleTexts.whatToDo(code, language)).setCellStyle(wrap);
        }
    }

    private void writeInsurers(RunSummary s) {
        Sheet sh = wb.createSheet(sheetName(texts.get("sheet.insurers")));
        List<FindingCode> codes = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            if (s.findingsByCode().containsKey(code)) {
                codes.add(code);
            }
        }
        String[] fixed = {"insurers.insurer", "insurers.name", "insurers.uzovi", "insurers.technologyLines", "insurers.claimed",
            "insurers.reimbursable", "insurers.atRisk", "insurers.unchecked", "insurers.costGap", "insurers.findings"};
        int[] widths = {14, 28, 14, 14, 16, 16, 16, 16, 16, 12};
        Row head = sh.createRow(0);
        for (int i = 0; i < fixed.length; i++) {
            text(head, i, texts.get(fixed[i])).setCellStyle(header);
            sh.setColumnWidth(i, widths[i] * 256);
        }
        for (int i = 0; i < codes.size(); i++) {
            text(head, fixed.length + i, codes.get(i).name()).setCellStyle(header);
            sh.setColumnWidth(fixed.length + i, 14 * 256);
        }
        int r = 1;
        for (InsurerSummary i : s.insurers()) {
            Row row = sh.createRow(r++);
            text(row, 0, i.key());
            text(row, 1, i.name());
            text(row, 2, String.join(", ", new TreeSet<>(i.uzovi())));
            number(row, 3, i.technologyLines(), integer);
            Totals t = i.totals();
            money(row, 4, t.claimed());
            money(row, 5, t.reimbursable());
            money(row, 6, t.atRisk());
            money(row, 7, t.unchecked());
            money(row, 8, t.costGap());
            number(row, 9, i.findingsByCode().values().stream().mapToLong(Long::longValue).sum(), integer);
            for (int k = 0; k < codes.size(); k++) {
                number(row, fixed.length + k, i.findingsByCode().getOrDefault(codes.get(k), 0L), integer);
            }
        }
        int lastColumn = fixed.length + codes.size() - 1;
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, lastColumn));
    }

    private void section(Sheet sh, int[] r, String key) {
        text(sh.createRow(r[0]++), 0, texts.get(key)).setCellStyle(bold);
    }

    private void textRow(Sheet sh, int[] r, String key, String value) {
        Row row = sh.createRow(r[0]++);
        text(row, 0, texts.get(key));
        text(row, 1, value);
    }

    private void countRow(Sheet sh, int[] r, String key, long value) {
        Row row = sh.createRow(r[0]++);
        text(row, 0, texts.get(key));
        number(row, 1, value, integer);
    }

    private void moneyRow(Sheet sh, int[] r, String key, long cents) {
        Row row = sh.createRow(r[0]++);
        text(row, 0, texts.get(key));
        money(row, 1, cents);
    }

    private void timeRow(Sheet sh, int[] r, String key, java.time.Instant at) {
        Row row = sh.createRow(r[0]++);
        text(row, 0, texts.get(key));
        if (at != null) {
            Cell cell = row.createCell(1);
            cell.setCellValue(LocalDateTime.ofInstant(at, ZoneOffset.UTC).withNano(0));
            cell.setCellStyle(timestamp);
        }
    }

    private String yesNo(boolean b) {
        return texts.get(b ? "summary.yes" : "summary.no");
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(cellText(value)); // always a string cell: "=1+1" is text, never a formula
        return cell;
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void money(Row row, int column, long cents) {
        Cell cell = row.createCell(column);
        cell.setCellValue(java.math.BigDecimal.valueOf(cents, 2).doubleValue());
        cell.setCellStyle(euro);
    }

    /**
     * The text as a cell may hold it: characters XML 1.0 does not allow become visible symbols (NUL
     * and the other C0 controls except TAB, LF and CR as their Control Pictures U+2400..U+241F, e.g.
     * NUL as ␀; lone surrogates and U+FFFE/U+FFFF as U+FFFD); at most 32,767 characters.
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
                ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
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
            // Excel and POI read _xHHHH_ in a cell as the character HHHH; escaping the underscore keeps the text as it was
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

    /** A character XML cannot hold, made visible: a C0 control as its Control Pictures symbol (NUL as U+2400 ␀), anything else as U+FFFD. */
    private static char visible(char ch) {
        return ch < 0x20 ? (char) (0x2400 + ch) : '\uFFFD';
    }

    /** A valid sheet name: no {@code : \ / ? * [ ]}, not starting or ending with an apostrophe, at most 31 characters. */
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

    @Override
    public void close() throws IOException {
        try {
            wb.close();
        } finally {
            wb.dispose(); // the temporary files of the streamed sheets
        }
    }

    /** A table that may run over several sheets: header, frozen header row and autofilter on each. */
    private final class Part {
        private final String nameKey;
        private final String continuedKey;
        private final String columnPrefix;
        private final String[] columns;
        private final int[] widths;
        private Sheet sheet;
        private int sheets;
        private int rows;

        Part(String nameKey, String continuedKey, String columnPrefix, String[] columns, int[] widths) {
            this.nameKey = nameKey;
            this.continuedKey = continuedKey;
            this.columnPrefix = columnPrefix;
            this.columns = columns;
            this.widths = widths;
            start();
        }

        private void start() {
            sheets++;
            String name = sheets == 1 ? texts.get(nameKey) : texts.get(continuedKey, "n", sheets);
            sheet = wb.createSheet(sheetName(name));
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                text(head, i, texts.get(columnPrefix + columns[i])).setCellStyle(header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            rows = 0;
        }

        Row nextRow() {
            if (rows == rowsPerSheet) {
                finish();
                start();
            }
            return sheet.createRow(++rows);
        }

        void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns.length - 1));
        }
    }
}
