package nl.tztcheck.claims;

import org.jspecify.annotations.Nullable;

/**
 * A row of a CSV export: where it starts, its cells, and its text as it stood.
 *
 * @param problem why the row as a whole cannot be read (a quote never closed, a row too long to
 *     keep), or null; such a row is always a reject
 */
public record RawRow(long lineNo, String[] cells, String rawText, @Nullable String problem) {

    public RawRow(long lineNo, String[] cells, String rawText) {
        this(lineNo, cells, rawText, null);
    }
}
