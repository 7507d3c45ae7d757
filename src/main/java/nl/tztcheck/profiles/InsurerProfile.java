package nl.tztcheck.profiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One profile file: the national rule (no labels) or an insurer concern's overlay. */
public record InsurerProfile(
        String id,
        String name,
        String file,
        List<InsurerLabel> labels,
        List<ProfileVersion> versions) {

    public Optional<ProfileVersion> versionOn(LocalDate date) {
        for (ProfileVersion v : versions) {
            if (v.covers(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
