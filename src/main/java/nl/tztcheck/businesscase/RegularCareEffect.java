package nl.tztcheck.businesscase;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.tztcheck.claims.Technology;

/**
 * The observed change in regular care of one export (issue 16 point 1), per insurer and technology.
 * Also the {@code saved} of the business case: before minus after, empty for a suppressed or absent
 * cell.
 *
 * @param firstMonth the export's first service month; empty for an export without readable lines
 * @param leftOut clients with a first 1062 line who are not in any cell, by reason (no totals per
 *     cell are published, so a suppressed cell cannot be derived from them)
 * @param profiles the profile set's fingerprint
 */
public record RegularCareEffect(
        String claimsFile,
        Optional<YearMonth> firstMonth,
        Optional<YearMonth> lastMonth,
        EffectWindow window,
        List<EffectCell> cells,
        Map<LeftOut, Long> leftOut,
        String profiles)
        implements SavedMinutes {

    /** Why a client with a 1062 line is not counted. */
    public enum LeftOut {
        /**
         * the first 1062 month has fewer export months before it, or after it, than the window
         * needs
         */
        WINDOW,
        /** no insurer profile for the UZOVI code on the date of the first 1062 line (NO_PROFILE) */
        NO_PROFILE,
        /** the first 1062 line names no technology (AW319 without a TZT comment or mapping) */
        TECHNOLOGY_UNKNOWN
    }

    public RegularCareEffect {
        cells = List.copyOf(cells);
        leftOut = Map.copyOf(leftOut);
    }

    @Override
    public OptionalInt perMonth(String insurerId, Technology technology) {
        return cells.stream()
                .filter(c -> c.insurerId().equals(insurerId) && c.technology() == technology)
                .findFirst()
                .map(EffectCell::savedMinutes)
                .orElse(OptionalInt.empty());
    }

    public long leftOut(LeftOut reason) {
        return leftOut.getOrDefault(reason, 0L);
    }
}
