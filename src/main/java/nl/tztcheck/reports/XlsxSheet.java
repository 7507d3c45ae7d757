package nl.tztcheck.reports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of an {@link XlsxWriter} workbook, written row by row straight into the file. Rows and
 * columns are numbered from 0 and only go forward; a cell or row left out stays empty.
 */
public final class XlsxSheet {

    /**
     * Day 0 of the spreadsheet calendar (Excel's, as LibreOffice reads it too, for dates after
     * February 1900).
     */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private final XlsxWriter book;
    private final String name;
    private final int number;

    /** Null until {@link #begin}. */
    private @Nullable Writer out;

    private int row = -1;
    private int nextColumn;
    private @Nullable String autoFilter;
    private boolean finished;

    XlsxSheet(XlsxWriter book, String name, int number) {
        this.book = book;
        this.name = name;
        this.number = number;
    }

    String name() {
        return name;
    }

    int number() {
        return number;
    }

    @Nullable String autoFilter() {
        return autoFilter;
    }

    void begin(Writer writer, double[] columnWidths, boolean frozenHeader, boolean selected)
            throws IOException {
        this.out = writer;
        out().write(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                                + XlsxWriter.MAIN_NS
                                + "\" xmlns:r=\""
                                + XlsxWriter.REL_NS
                                + "\"><sheetViews><sheetView workbookViewId=\"0\""
                                + (selected ? " tabSelected=\"1\"" : "")
                                + ">"
                                + (frozenHeader
                                        ? "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                                                + "<selection pane=\"bottomLeft\"/>"
                                        : "")
                                + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (columnWidths.length > 0) {
            out().write("<cols>");
            for (int i = 0; i < columnWidths.length; i++) {
                out().write(
                                "<col min=\""
                                        + (i + 1)
                                        + "\" max=\""
                                        + (i + 1)
                                        + "\" width=\""
                                        + columnWidths[i]
                                        + "\" customWidth=\"1\"/>");
            }
            out().write("</cols>");
        }
        out().write("<sheetData>");
    }

    private Writer out() {
        return requireNonNull(out, "the sheet has not begun");
    }

    /** Moves to row {@code index} (after the current one). */
    public XlsxSheet row(int index) throws IOException {
        if (finished || out == null) {
            throw new IllegalStateException("sheet '" + name + "' is not open for rows");
        }
        if (index <= row) {
            throw new IllegalArgumentException(
                    "row " + index + " comes after row " + row + " in sheet '" + name + "'");
        }
        if (row >= 0) {
            out().write("</row>");
        }
        row = index;
        nextColumn = 0;
        out().write("<row r=\"");
        out().write(Integer.toString(index + 1));
        out().write("\">");
        return this;
    }

    /** Text kept as it is (never a formula), inline in the cell. */
    public XlsxSheet text(int column, String value) throws IOException {
        return text(column, value, XlsxWriter.Style.DEFAULT);
    }

    public XlsxSheet text(int column, String value, XlsxWriter.Style style) throws IOException {
        open(column, style, "inlineStr");
        out().write("<is>");
        out().write(textElement(value));
        out().write("</is></c>");
        return this;
    }

    /**
     * Text of a column with few distinct values: once in the workbook's table of strings, referred
     * to from the cell.
     */
    public XlsxSheet word(int column, String value) throws IOException {
        int index = book.shared(value);
        if (index < 0) {
            return text(column, value);
        }
        open(column, XlsxWriter.Style.DEFAULT, "s");
        out().write("<v>");
        out().write(Integer.toString(index));
        out().write("</v></c>");
        return this;
    }

    public XlsxSheet number(int column, long value, XlsxWriter.Style style) throws IOException {
        return value(column, Long.toString(value), style);
    }

    /** An amount in euros from cents, with the euro format. */
    public XlsxSheet money(int column, long cents) throws IOException {
        return value(column, BigDecimal.valueOf(cents, 2).toPlainString(), XlsxWriter.Style.EURO);
    }

    public XlsxSheet date(int column, LocalDate date, XlsxWriter.Style style) throws IOException {
        return value(column, Long.toString(ChronoUnit.DAYS.between(EPOCH, date)), style);
    }

    public XlsxSheet timestamp(int column, LocalDateTime at) throws IOException {
        double serial =
                ChronoUnit.DAYS.between(EPOCH, at.toLocalDate())
                        + at.toLocalTime().toSecondOfDay() / 86_400.0;
        return value(column, Double.toString(serial), XlsxWriter.Style.TIMESTAMP);
    }

    private XlsxSheet value(int column, String number, XlsxWriter.Style style) throws IOException {
        open(column, style, null);
        out().write("<v>");
        out().write(number);
        out().write("</v></c>");
        return this;
    }

    /**
     * The cell's start tag: its reference only when a cell was left out before it (the position
     * says the rest).
     */
    private void open(int column, XlsxWriter.Style style, @Nullable String type)
            throws IOException {
        if (row < 0) {
            throw new IllegalStateException("a cell needs a row first");
        }
        if (column < nextColumn) {
            throw new IllegalArgumentException(
                    "column "
                            + column
                            + " comes after column "
                            + (nextColumn - 1)
                            + " in row "
                            + row);
        }
        out().write("<c");
        if (column != nextColumn) {
            out().write(" r=\"");
            out().write(columnName(column));
            out().write(Integer.toString(row + 1));
            out().write('"');
        }
        if (style != XlsxWriter.Style.DEFAULT) {
            out().write(" s=\"");
            out().write(Integer.toString(style.ordinal()));
            out().write('"');
        }
        if (type != null) {
            out().write(" t=\"");
            out().write(type);
            out().write('"');
        }
        out().write('>');
        nextColumn = column + 1;
    }

    /**
     * An autofilter over the first row (the header) down to {@code lastRow}, columns 0 to {@code
     * lastColumn}.
     */
    public void autoFilter(int lastRow, int lastColumn) {
        autoFilter = "A1:" + columnName(lastColumn) + (Math.max(lastRow, 0) + 1);
    }

    /** Ends the sheet; the next one can be written. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        if (row >= 0) {
            out().write("</row>");
        }
        out().write("</sheetData>");
        if (autoFilter != null) {
            out().write("<autoFilter ref=\"" + autoFilter + "\"/>");
        }
        out().write("</worksheet>");
        finished = true;
        book.finished(this);
    }

    /** "A", "B", ... "Z", "AA", ... */
    static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.append((char) ('A' + (c - 1) % 26));
        }
        return b.reverse().toString();
    }

    /** A {@code <t>} element with the text escaped; spaces at either end kept. */
    static String textElement(String value) {
        String v = value == null ? "" : value;
        boolean keepSpace =
                !v.isEmpty()
                        && (Character.isWhitespace(v.charAt(0))
                                || Character.isWhitespace(v.charAt(v.length() - 1)));
        return (keepSpace ? "<t xml:space=\"preserve\">" : "<t>") + escape(v, false) + "</t>";
    }

    /**
     * XML's special characters as entities (and quotes, in an attribute); the text is otherwise
     * copied in runs.
     */
    static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> attribute ? "&quot;" : null;
                        default -> null;
                    };
            if (entity != null) {
                b = b == null ? new StringBuilder(s.length() + 16) : b;
                b.append(s, from, i).append(entity);
                from = i + 1;
            }
        }
        return b == null ? s : b.append(s, from, s.length()).toString();
    }
}
