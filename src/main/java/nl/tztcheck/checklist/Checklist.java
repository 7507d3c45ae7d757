package nl.tztcheck.checklist;

import java.time.LocalDate;
import java.util.List;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.Trust;

/**
 * "Voordat u declareert": one insurer's conditions for prestatie 1062 on a date, as tick boxes with
 * their source and trust, in one language. Built by {@link ChecklistBuilder} from the profile set;
 * laid out by {@link ChecklistHtml} and {@link ChecklistMarkdown}, which show the same items.
 *
 * @param technologyCodes the prestatie codes technology is declared with ("1062")
 * @param date the day whose versions the page shows (in {@code year})
 * @param version the insurer's profile version and its period ("2024 (2024-01-01 .. 2024-12-31)")
 * @param warnings what the clerk reads before the items: not contracted (always first), terms
 *     carried forward from an earlier year, another version later in the year
 * @param trust the worst trust over every item
 * @param fingerprint the profile set's short fingerprint, to tell two printed pages from different
 *     sets apart
 */
public record Checklist(
        Language language,
        String insurerId,
        String insurerName,
        List<String> uzoviCodes,
        List<String> technologyCodes,
        int year,
        LocalDate date,
        String version,
        String nationalVersion,
        boolean contracted,
        List<String> warnings,
        List<ChecklistItem> items,
        List<CitedSource> sources,
        Trust trust,
        String fingerprint) {

    public Checklist {
        uzoviCodes = List.copyOf(uzoviCodes);
        technologyCodes = List.copyOf(technologyCodes);
        warnings = List.copyOf(warnings);
        items = List.copyOf(items);
        sources = List.copyOf(sources);
    }

    /** The file name without extension: "vgz-2024". */
    public String fileStem() {
        return insurerId + "-" + year;
    }
}
