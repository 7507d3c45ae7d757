package nl.tztcheck.batch;

import java.io.PrintWriter;

/**
 * The one line of a terminal that the progress is drawn on, redrawn in place ({@code \r}). Shared
 * by every step of a run, and by the check step's partitions from their own threads: it knows what
 * it shows (to overwrite a longer text with spaces) and when it last drew (at most four times a
 * second).
 */
public final class TerminalLine {

    static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter out;
    private int width;
    private long lastDrawn = Long.MIN_VALUE;

    public TerminalLine(PrintWriter out) {
        this.out = out;
    }

    /** True, once per {@value #REDRAW_NANOS} ns, for whoever may draw now. */
    synchronized boolean due(long nowNanos) {
        if (lastDrawn != Long.MIN_VALUE && nowNanos - lastDrawn < REDRAW_NANOS) {
            return false;
        }
        lastDrawn = nowNanos;
        return true;
    }

    /**
     * Shows the text in place of what was there; {@code end} ends the line, and the next text
     * starts a new one.
     */
    synchronized void show(String text, boolean end) {
        String padded = text.length() < width ? text + " ".repeat(width - text.length()) : text;
        width = end ? 0 : text.length();
        out.print("\r" + padded + (end ? System.lineSeparator() : ""));
        out.flush();
        if (end) {
            lastDrawn = Long.MIN_VALUE;
        }
    }
}
