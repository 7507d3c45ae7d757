package nl.tztcheck.comparison.output;

/**
 * One cell of a comparison table.
 *
 * @param numeric right-aligned in HTML
 * @param highlight stands out: deviates from the national rule, or is the headline figure
 * @param note shown with the cell (HTML tooltip and small print, Markdown footnote); empty for none
 * @param muted greyed: a figure that is not there (suppressed), shown as such and never as 0
 */
public record Cell(String text, boolean numeric, boolean highlight, String note, boolean muted) {

    public Cell {
        text = text == null ? "" : text;
        note = note == null ? "" : note;
    }

    public Cell(String text, boolean numeric, boolean highlight, String note) {
        this(text, numeric, highlight, note, false);
    }

    /** A suppressed figure: greyed, with why in the note. */
    public static Cell suppressed(String text, String note) {
        return new Cell(text, true, false, note, true);
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
        return new Cell(text, numeric, highlight, n, muted);
    }

    public Cell highlighted() {
        return new Cell(text, numeric, true, note, muted);
    }
}
