package nl.tztcheck.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileVersion;
import org.jspecify.annotations.Nullable;

/**
 * What changed for one insurer between two dates: every dimension whose effective value (the
 * insurer's version over the national rule) or whose verification differs, and who changed it.
 */
public record ProfileDiff(
        String insurerId,
        String insurerName,
        LocalDate from,
        LocalDate to,
        String fromVersion,
        String toVersion,
        List<Change> changes) {

    /**
     * One changed dimension.
     *
     * @param changedBy "insurer" when the insurer's version at {@code to} sets it; "insurer (now
     *     follows the national rule)" when only the version at {@code from} set it; else "national
     *     rule"
     */
    public record Change(
            MatrixRow row,
            String before,
            String after,
            String changedBy,
            String source,
            boolean verified,
            nl.tztcheck.profiles.Trust trust) {}

    /**
     * In the canonical English.
     *
     * @throws IllegalArgumentException when the insurer is unknown or has no version (or no
     *     national version) on a date
     */
    public static ProfileDiff between(
            ProfileSet profiles, String insurerId, LocalDate from, LocalDate to) {
        return between(profiles, insurerId, from, to, null);
    }

    /**
     * Values, sources and who changed it in the reader's language; null for the canonical English.
     */
    public static ProfileDiff between(
            ProfileSet profiles,
            String insurerId,
            LocalDate from,
            LocalDate to,
            @Nullable Language language) {
        Wording w = language == null ? null : Wording.of(InterpretationMatrix.BUNDLE, language);
        InsurerProfile insurer =
                profiles.insurers().stream()
                        .filter(p -> p.id().equals(insurerId))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no insurer with id '"
                                                        + insurerId
                                                        + "'; known ids are "
                                                        + profiles.insurers().stream()
                                                                .map(InsurerProfile::id)
                                                                .sorted()
                                                                .toList()));
        MatrixColumn before = column(profiles, insurer, from, w);
        MatrixColumn after = column(profiles, insurer, to, w);
        ProfileVersion ivFrom = insurer.versionOn(from).orElseThrow();
        List<Change> changes = new ArrayList<>();
        for (MatrixRow row : MatrixRow.values()) {
            MatrixCell b = before.cell(row);
            MatrixCell a = after.cell(row);
            if (b.canonical().equals(a.canonical()) && b.verified() == a.verified()) {
                continue;
            }
            String by =
                    a.setByInsurer()
                            ? words(w, "changedBy.insurer", "insurer")
                            : row.dimensions().stream().anyMatch(d -> ivFrom.settings().sets(d))
                                    ? words(
                                            w,
                                            "changedBy.insurerNowNational",
                                            "insurer (now follows the national rule)")
                                    : words(w, "changedBy.national", "national rule");
            String afterText =
                    !b.canonical().equals(a.canonical())
                            ? a.value()
                            : w == null
                                    ? a.value()
                                            + " (unchanged; now "
                                            + (a.verified() ? "verified" : "unverified")
                                            + ")"
                                    : w.get(
                                            "unchangedNow",
                                            "value",
                                            a.value(),
                                            "trust",
                                            w.trust(a.trust()));
            changes.add(
                    new Change(row, b.value(), afterText, by, a.source(), a.verified(), a.trust()));
        }
        return new ProfileDiff(
                insurer.id(),
                insurer.name(),
                from,
                to,
                before.version(),
                after.version(),
                List.copyOf(changes));
    }

    private static String words(@Nullable Wording w, String key, String english) {
        return w == null ? english : w.get(key);
    }

    private static MatrixColumn column(
            ProfileSet profiles, InsurerProfile insurer, LocalDate date, @Nullable Wording w) {
        ProfileVersion iv =
                insurer.versionOn(date)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                insurer.name()
                                                        + " has no profile version valid on "
                                                        + date));
        InterpretationMatrix national =
                InterpretationMatrix.of(profiles, date, w == null ? null : w.language());
        return InterpretationMatrix.column(
                insurer, iv, profiles.nationalOn(date).orElseThrow(), national.national(), w);
    }
}
