package nl.tztcheck.claims;

import nl.tztcheck.i18n.Language;

/**
 * A row that could not be read. It never stops the run and is never dropped: it goes to rejects.csv
 * with its line number and a reason a person can act on.
 *
 * @param field the column(s) at fault, comma-separated ({@link RejectReasons#ROW} for the row as a
 *     whole)
 * @param reason what is wrong and what to do, as {@link RejectReasons} stores it: keys and values,
 *     no language yet
 * @param rawText the row as it stood in the file, with BSN and client number masked
 */
public record Reject(long lineNo, String field, String reason, String rawText) {

    /** The reason worded in {@code language}. */
    public String reason(Language language) {
        return RejectReasons.render(reason, language);
    }

    /** This reject as a person reads it: reason and field worded in {@code language}. */
    public Reject worded(Language language) {
        return new Reject(
                lineNo, RejectReasons.renderField(field, language), reason(language), rawText);
    }
}
