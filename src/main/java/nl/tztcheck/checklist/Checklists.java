package nl.tztcheck.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileVersion;

/**
 * Which day of a year a checklist shows, and which years an insurer has one for. A year's page
 * shows the versions valid on 1 January, or, when none is valid then, on the first day of the year
 * a version starts (the insurer's and the national rule's both valid); a later change within the
 * year is named on the page as a warning.
 */
public final class Checklists {

    private Checklists() {}

    /**
     * The day of {@code year} whose versions the page shows; empty when no day of the year has both
     * versions.
     */
    public static Optional<LocalDate> dateIn(ProfileSet set, InsurerProfile insurer, int year) {
        return candidates(set, insurer, year).stream()
                .filter(d -> bothValid(set, insurer, d))
                .findFirst();
    }

    /**
     * The years with a day on which the insurer's and the national rule's versions are both valid,
     * in order.
     */
    public static SortedSet<Integer> years(ProfileSet set, InsurerProfile insurer) {
        SortedSet<Integer> years = new TreeSet<>();
        int last = lastYearNamed(set, insurer);
        for (ProfileVersion v : insurer.versions()) {
            int to = v.validTo() == null ? last : v.validTo().getYear();
            for (int y = v.validFrom().getYear(); y <= to; y++) {
                if (dateIn(set, insurer, y).isPresent()) {
                    years.add(y);
                }
            }
        }
        return years;
    }

    /**
     * The first day after {@code date}, in the same year, on which another insurer or national
     * version starts.
     */
    static Optional<LocalDate> laterVersionInYear(
            ProfileSet set, InsurerProfile insurer, LocalDate date) {
        return candidates(set, insurer, date.getYear()).stream()
                .filter(d -> d.isAfter(date))
                .findFirst();
    }

    private static List<LocalDate> candidates(ProfileSet set, InsurerProfile insurer, int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        List<ProfileVersion> all = new ArrayList<>(insurer.versions());
        all.addAll(set.national().versions());
        all.stream()
                .map(ProfileVersion::validFrom)
                .filter(d -> d.getYear() == year)
                .forEach(days::add);
        return List.copyOf(days);
    }

    private static boolean bothValid(ProfileSet set, InsurerProfile insurer, LocalDate day) {
        return insurer.versionOn(day).isPresent() && set.nationalOn(day).isPresent();
    }

    /** The last year any version names (an open-ended version is listed up to there). */
    private static int lastYearNamed(ProfileSet set, InsurerProfile insurer) {
        List<ProfileVersion> all = new ArrayList<>(insurer.versions());
        all.addAll(set.national().versions());
        return all.stream()
                .mapToInt(
                        v -> v.validTo() == null ? v.validFrom().getYear() : v.validTo().getYear())
                .max()
                .orElse(0);
    }
}
