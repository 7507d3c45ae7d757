package nl.tztcheck.claims;

/**
 * A row that could not be read. It never stops the run and is never dropped: it goes to
 * rejects.csv with its line number and a reason a person can act on.
 *
 * @param rawText the row as it stood in the file, with BSN and client number masked
 * @param field   the column(s) at fault, comma-separated
 */
public record Reject(long lineNo, String field, String reason, String rawText) {
}
