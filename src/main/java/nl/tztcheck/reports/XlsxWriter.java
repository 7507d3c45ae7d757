package nl.tztcheck.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A minimal streaming writer of Office Open XML workbooks (.xlsx), for findings.xlsx: each sheet's
 * rows go straight into the zip as they are written, one sheet at a time, so memory does not grow
 * with the rows. Only what findings.xlsx uses: text (inline, or from the table of strings for
 * values of few kinds), whole numbers, euros, dates, bold headers, column widths, a frozen header
 * row and an autofilter. Written by hand because the libraries tried were the slowest part of the
 * nightly check: POI's SXSSF and fastexcel escape text a character at a time and look styles up per
 * cell, three to five times the time of this writer (BENCHMARKS.md). Read back in the tests by
 * Apache POI and LibreOffice.
 */
public final class XlsxWriter implements AutoCloseable {

    /** The cell styles of styles.xml, by index. */
    public enum Style {
        DEFAULT,
        INTEGER,
        EURO,
        MONTH,
        TIMESTAMP,
        HEADER,
        BOLD,
        WRAP
    }

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS =
            "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEADER =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /**
     * Strings of the table are kept in memory; past this many, further values are written inline.
     */
    private static final int MAX_SHARED = 10_000;

    private final ZipOutputStream zip;
    private final Writer out;
    private final String euroFormat;
    private final String monthFormat;
    private final String timestampFormat;
    private final List<XlsxSheet> tabs = new ArrayList<>();
    private final Map<String, Integer> shared = new LinkedHashMap<>();
    private @Nullable XlsxSheet writing;

    public XlsxWriter(
            OutputStream target, String euroFormat, String monthFormat, String timestampFormat) {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(
                1); // text compresses well even so; higher levels cost a third more time for 5%
        // less
        this.out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.euroFormat = euroFormat;
        this.monthFormat = monthFormat;
        this.timestampFormat = timestampFormat;
    }

    /**
     * A tab at the end of the tab row, written later with {@link #write(XlsxSheet, double[],
     * boolean)}.
     */
    public XlsxSheet reserve(String name) {
        XlsxSheet sheet = new XlsxSheet(this, name, tabs.size() + 1);
        tabs.add(sheet);
        return sheet;
    }

    /** A new tab at the end of the tab row, open for rows at once. */
    public XlsxSheet sheet(String name, double[] columnWidths, boolean frozenHeader)
            throws IOException {
        return write(reserve(name), columnWidths, frozenHeader);
    }

    /** Starts writing a reserved sheet; the sheet written before must be finished. */
    public XlsxSheet write(XlsxSheet sheet, double[] columnWidths, boolean frozenHeader)
            throws IOException {
        if (writing != null) {
            throw new IllegalStateException(
                    "sheet '" + writing.name() + "' is still being written");
        }
        writing = sheet;
        out.flush();
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheet.number() + ".xml"));
        sheet.begin(out, columnWidths, frozenHeader, sheet.number() == 1);
        return sheet;
    }

    void finished(XlsxSheet sheet) throws IOException {
        out.flush();
        zip.closeEntry();
        writing = null;
    }

    /** The index of a string in the table of strings, or -1 when the table is full. */
    int shared(String text) {
        Integer i = shared.get(text);
        if (i == null) {
            if (shared.size() >= MAX_SHARED) {
                return -1;
            }
            i = shared.size();
            shared.put(text, i);
        }
        return i;
    }

    /** Writes the parts that describe the sheets; every sheet must be finished. */
    public void finish() throws IOException {
        if (writing != null) {
            throw new IllegalStateException("sheet '" + writing.name() + "' is not finished");
        }
        part("[Content_Types].xml", contentTypes());
        part(
                "_rels/.rels",
                "<Relationships xmlns=\""
                        + PKG_REL_NS
                        + "\"><Relationship Id=\"rId1\" Type=\""
                        + REL_NS
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", workbook());
        part("xl/_rels/workbook.xml.rels", workbookRelations());
        part("xl/styles.xml", styles());
        StringBuilder sst =
                new StringBuilder(
                        "<sst xmlns=\""
                                + MAIN_NS
                                + "\" count=\""
                                + shared.size()
                                + "\" uniqueCount=\""
                                + shared.size()
                                + "\">");
        for (String s : shared.keySet()) {
            sst.append("<si>").append(XlsxSheet.textElement(s)).append("</si>");
        }
        part("xl/sharedStrings.xml", sst.append("</sst>").toString());
        out.flush();
        zip.finish();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(HEADER);
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder b =
                new StringBuilder(
                        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        for (XlsxSheet s : tabs) {
            b.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(s.number())
                    .append(
                            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder sheets = new StringBuilder();
        StringBuilder filters = new StringBuilder();
        for (XlsxSheet s : tabs) {
            sheets.append("<sheet name=\"")
                    .append(XlsxSheet.escape(s.name(), true))
                    .append("\" sheetId=\"")
                    .append(s.number())
                    .append("\" r:id=\"rId")
                    .append(s.number())
                    .append("\"/>");
            if (s.autoFilter() != null) {
                // Excel keeps an autofilter's range as this hidden name too
                filters.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"")
                        .append(s.number() - 1)
                        .append("\" hidden=\"1\">")
                        .append(
                                XlsxSheet.escape(
                                        "'"
                                                + s.name().replace("'", "''")
                                                + "'!"
                                                + s.autoFilter()
                                                        .replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2"),
                                        false))
                        .append("</definedName>");
            }
        }
        return "<workbook xmlns=\""
                + MAIN_NS
                + "\" xmlns:r=\""
                + REL_NS
                + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets>"
                + sheets
                + "</sheets>"
                + (filters.isEmpty() ? "" : "<definedNames>" + filters + "</definedNames>")
                + "</workbook>";
    }

    private String workbookRelations() {
        StringBuilder b = new StringBuilder("<Relationships xmlns=\"" + PKG_REL_NS + "\">");
        for (XlsxSheet s : tabs) {
            b.append("<Relationship Id=\"rId")
                    .append(s.number())
                    .append("\" Type=\"")
                    .append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(s.number())
                    .append(".xml\"/>");
        }
        return b.append("<Relationship Id=\"rIdStyles\" Type=\"")
                .append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>")
                .append("<Relationship Id=\"rIdStrings\" Type=\"")
                .append(REL_NS)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")
                .toString();
    }

    /** The cell formats in {@link Style} order. */
    private String styles() {
        String xf =
                "<xf numFmtId=\"%d\" fontId=\"%d\" fillId=\"0\" borderId=\"0\" xfId=\"0\"%s>%s</xf>";
        String wrap = "<alignment wrapText=\"1\" vertical=\"top\"/>";
        String[] xfs = {
            String.format(xf, 0, 0, "", ""),
            String.format(xf, 1, 0, " applyNumberFormat=\"1\"", ""),
            String.format(xf, 164, 0, " applyNumberFormat=\"1\"", ""),
            String.format(xf, 165, 0, " applyNumberFormat=\"1\"", ""),
            String.format(xf, 166, 0, " applyNumberFormat=\"1\"", ""),
            String.format(xf, 0, 1, " applyFont=\"1\" applyAlignment=\"1\"", wrap),
            String.format(xf, 0, 1, " applyFont=\"1\"", ""),
            String.format(xf, 0, 0, " applyAlignment=\"1\"", wrap)
        };
        return "<styleSheet xmlns=\""
                + MAIN_NS
                + "\"><numFmts count=\"3\">"
                + "<numFmt numFmtId=\"164\" formatCode=\""
                + XlsxSheet.escape(euroFormat, true)
                + "\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\""
                + XlsxSheet.escape(monthFormat, true)
                + "\"/>"
                + "<numFmt numFmtId=\"166\" formatCode=\""
                + XlsxSheet.escape(timestampFormat, true)
                + "\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\""
                + xfs.length
                + "\">"
                + String.join("", xfs)
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
