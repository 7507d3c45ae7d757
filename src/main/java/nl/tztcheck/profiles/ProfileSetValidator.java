package nl.tztcheck.profiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.StoredText;

/**
 * The checks that need more than one field: overlapping versions, UZOVI codes claimed twice, caps
 * above the national cap, and a tariff the ceiling needs but nobody set. Insurer versions are
 * checked as merged over every national version they overlap, because that is what applies.
 */
final class ProfileSetValidator {

    private final List<ProfileProblem> problems;

    ProfileSetValidator(List<ProfileProblem> problems) {
        this.problems = problems;
    }

    void validate(InsurerProfile national, List<InsurerProfile> insurers) {
        noOverlaps(national);
        Map<String, String> ids = new HashMap<>();
        Map<String, String> uzoviOwner = new HashMap<>();
        ids.put(national.id(), national.file());
        for (InsurerProfile insurer : insurers) {
            noOverlaps(insurer);
            String other = ids.putIfAbsent(insurer.id(), insurer.file());
            if (other != null && insurer.id() != null) {
                problems.add(
                        new ProfileProblem(
                                insurer.file(),
                                "id",
                                StoredText.of(
                                        "set.duplicateId",
                                        "id",
                                        "'" + insurer.id() + "'",
                                        "other",
                                        other)));
            }
            for (int i = 0; i < insurer.labels().size(); i++) {
                InsurerLabel label = insurer.labels().get(i);
                String owner = uzoviOwner.putIfAbsent(label.uzovi(), insurer.file());
                if (owner != null) {
                    problems.add(
                            new ProfileProblem(
                                    insurer.file(),
                                    "labels[" + i + "].uzovi",
                                    StoredText.of(
                                            "set.duplicateUzovi",
                                            "uzovi",
                                            label.uzovi(),
                                            "owner",
                                            owner)));
                }
            }
            for (ProfileVersion iv : insurer.versions()) {
                for (ProfileVersion nv : national.versions()) {
                    if (iv.overlaps(nv)) {
                        checkMerged(insurer, iv, nv);
                    }
                }
            }
        }
        for (ProfileVersion nv : national.versions()) {
            if (ProfileSettings.DIMENSIONS.stream().allMatch(nv.settings()::sets)) {
                Terms terms = nv.settings().complete();
                checkCaps(national.file(), nv, terms, terms.monthlyCapMinutes());
            }
        }
    }

    private void noOverlaps(InsurerProfile p) {
        List<ProfileVersion> vs = p.versions();
        for (ProfileVersion v : vs) {
            String from = v.carriedForwardFrom();
            if (from != null
                    && vs.stream()
                            .noneMatch(
                                    o ->
                                            o.version().equals(from)
                                                    && o.validFrom().isBefore(v.validFrom()))) {
                problems.add(
                        new ProfileProblem(
                                p.file(),
                                "versions[" + v.version() + "].carriedForwardFrom",
                                "'"
                                        + from
                                        + "' is not an earlier version of this file; name the version whose terms this one repeats"));
            }
        }
        for (int i = 0; i < vs.size(); i++) {
            for (int j = i + 1; j < vs.size(); j++) {
                if (vs.get(i).overlaps(vs.get(j))) {
                    problems.add(
                            new ProfileProblem(
                                    p.file(),
                                    "versions ("
                                            + vs.get(i).version()
                                            + ", "
                                            + vs.get(j).version()
                                            + ")",
                                    StoredText.of(
                                            "set.overlap",
                                            "first",
                                            vs.get(i).period(),
                                            "second",
                                            vs.get(j).period())));
                }
            }
        }
    }

    private void checkMerged(InsurerProfile insurer, ProfileVersion iv, ProfileVersion nv) {
        if (!ProfileSettings.DIMENSIONS.stream().allMatch(nv.settings()::sets)) {
            return; // the reader has named what the national version lacks; nothing to lay over
        }
        Terms merged = iv.settings().over(nv.settings());
        checkCaps(insurer.file(), iv, merged, nv.settings().complete().monthlyCapMinutes());
        TariffCeiling ceiling = merged.tariffCeiling();
        if (ceiling.perHour(merged.tariffs()).isEmpty()) {
            problems.add(
                    new ProfileProblem(
                            insurer.file(),
                            "versions[" + iv.version() + "].tariffs",
                            StoredText.of(
                                    "set.ceilingNeeds",
                                    "basis",
                                    ceiling.basis(),
                                    "neededKey",
                                    "set.needed." + ceiling.basis().name(),
                                    "national",
                                    nv.version(),
                                    "has",
                                    merged.tariffs().keySet())));
        }
    }

    private void checkCaps(String file, ProfileVersion v, Terms s, int nationalCap) {
        int cap = s.monthlyCapMinutes();
        if (cap > nationalCap) {
            problems.add(
                    new ProfileProblem(
                            file,
                            "versions[" + v.version() + "].monthlyCapMinutes",
                            StoredText.of(
                                    "set.aboveNationalCap", "minutes", cap, "cap", nationalCap)));
        }
        for (Map.Entry<Technology, Integer> e : s.categoryCapsMinutes().entrySet()) {
            if (e.getValue() > nationalCap) {
                problems.add(
                        new ProfileProblem(
                                file,
                                "versions[" + v.version() + "].categoryCapsMinutes." + e.getKey(),
                                StoredText.of(
                                        "set.categoryAboveNationalCap",
                                        "minutes",
                                        e.getValue(),
                                        "cap",
                                        nationalCap)));
            }
        }
    }
}
