package nl.tztcheck.comparison.output;

/**
 * One cell of a comparison table.
 *
 * @param numeric   right-aligned in HTML
 * @param highlight stands out: deviates from the national rule, or is the headline figure
 * @param note      shown with the cell (HTML tooltip and small print, Markdown footnote); empty for none
 */
public record Cell(String text, boolean numeric, boolean highlight, String note) {

    public Cell {
        text = text == null ? "" : text;
        note = note == null ? "" : note;
    }

    public static Cell text(String text) {
        return new Cell(text, false, false, "");
    }

    public static Cell num(String text) {
        return new Cell(text, true, false, "");
    }

    public static Cell num(long value) {
        return new Cell(String.valueOf(value), true, false, "");
    }

    public static Cell flagged(String text, String note) {
        return new Cell(text, false, true, note);
    }

    public Cell withNote(String n) {
        return new Cell(text, numeric, highlight, n);
    }

    public Cell highlighted() {
        return new Cell(text, numeric, true, note);
    }
}
