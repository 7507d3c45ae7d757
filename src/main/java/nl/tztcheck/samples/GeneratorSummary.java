package nl.tztcheck.samples;

/**
 * What a generator run wrote. {@code lines} counts data rows (the header not included) and equals
 * technology + regularCare + badRows; credits and duplicates are included in the first two.
 *
 * @param technologyLines readable rows with the technology code 1062 (debits, credits, duplicates)
 * @param regularCareLines readable rows with a regular-care code 1000-1004
 * @param creditLines readable credit rows, matched or orphan
 * @param orphanCredits credit rows naming a line that is not in the file
 * @param duplicateLines technology rows repeating an earlier row with a new line id
 * @param badRows deliberately unreadable rows (the check rejects them)
 */
public record GeneratorSummary(
        long lines,
        int clients,
        int months,
        long technologyLines,
        long regularCareLines,
        long creditLines,
        long orphanCredits,
        long duplicateLines,
        long badRows) {}
