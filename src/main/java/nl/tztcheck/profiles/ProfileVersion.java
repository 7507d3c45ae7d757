package nl.tztcheck.profiles;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dated version of a profile file.
 *
 * @param validTo inclusive; null means open-ended
 * @param carriedForwardFrom the earlier version whose terms this one repeats because no source for
 *     this period was found; null when a source backs the period. A line judged by such a version
 *     gets {@code TERMS_NOT_SOURCED_FOR_DATE}
 * @param conditionsNotChecked the insurer's published conditions a claims file cannot show (e.g.
 *     "application by form"), in the source's own words; reports list them next to the insurer's
 *     figures
 */
public record ProfileVersion(
        String version,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        ProfileSettings settings,
        Source source,
        @Nullable String carriedForwardFrom,
        List<String> conditionsNotChecked) {

    public ProfileVersion {
        conditionsNotChecked = List.copyOf(conditionsNotChecked);
    }

    public ProfileVersion(
            String version,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            ProfileSettings settings,
            Source source) {
        this(version, validFrom, validTo, settings, source, null, List.of());
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean overlaps(ProfileVersion other) {
        boolean thisEndsBefore = validTo != null && validTo.isBefore(other.validFrom);
        boolean otherEndsBefore = other.validTo != null && other.validTo.isBefore(validFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /**
     * True when a source backs this version's period (it does not just carry an earlier version's
     * terms forward).
     */
    public boolean sourcedForPeriod() {
        return carriedForwardFrom == null;
    }

    /**
     * The worst trust over every dimension this version sets: what a figure built on it may claim.
     */
    public Trust trust() {
        return source.trustOf(ProfileSettings.DIMENSIONS.stream().filter(settings::sets).toList());
    }

    public String period() {
        return validFrom + " .. " + (validTo == null ? "open" : validTo.toString());
    }
}
