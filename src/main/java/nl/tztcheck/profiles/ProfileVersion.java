package nl.tztcheck.profiles;

import java.time.LocalDate;

/**
 * One dated version of a profile file.
 *
 * @param validTo inclusive; null means open-ended
 */
public record ProfileVersion(String version, LocalDate validFrom, LocalDate validTo, ProfileSettings settings, Source source) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean overlaps(ProfileVersion other) {
        boolean thisEndsBefore = validTo != null && validTo.isBefore(other.validFrom);
        boolean otherEndsBefore = other.validTo != null && other.validTo.isBefore(validFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /** The worst trust over every dimension this version sets: what a figure built on it may claim. */
    public Trust trust() {
        return source.trustOf(ProfileSettings.DIMENSIONS.stream().filter(settings::sets).toList());
    }

    public String period() {
        return validFrom + " .. " + (validTo == null ? "open" : validTo.toString());
    }
}
