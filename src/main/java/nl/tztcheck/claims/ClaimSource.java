package nl.tztcheck.claims;

import java.io.Closeable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claims export read row by row, whatever its format (CSV or Vektis AW319): every row comes out
 * as a claim line or a reject, so nothing is lost.
 */
public interface ClaimSource extends Closeable {

    /** The next row, or null at the end. */
    @Nullable RowResult next();

    /**
     * The row last returned by {@link #next()}, as it stood in the file, with BSN and client number
     * masked.
     */
    String maskedRawTextOfLast();

    /** Skips rows already handled by an interrupted run. */
    void skip(long rows);

    /** Rows that held nothing (not counted as read). */
    long blankRows();

    /** "CSV" or "AW319". */
    String format();

    /** Columns (or fields) present in the file that tzt-check does not use. */
    List<String> ignoredColumns();
}
