package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.EffectiveProfile;
import nl.tztcheck.profiles.ProfileVersion;
import org.jspecify.annotations.Nullable;

/**
 * The line was judged by a profile version that no source backs for its date: the version carries
 * an earlier version's terms forward ({@code carriedForwardFrom}), e.g. 2025 terms and 2024 NZa
 * tariffs applied to a claim of 2026. The figures are computed all the same; this warning says they
 * rest on terms nobody found for that year.
 */
public final class TermsNotSourcedRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.TERMS_NOT_SOURCED_FOR_DATE;
    }

    @Override
    public String nationalSource() {
        return "tzt-check: insurer profiles (insurer-profiles/), versions marked carriedForwardFrom (docs/profiles.md)";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    /**
     * True when the insurer's or the national version behind this profile is not backed by a source
     * for its period.
     */
    static boolean applies(@Nullable EffectiveProfile profile) {
        return profile != null && !profile.sourcedForPeriod();
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        EffectiveProfile p = c.requireProfile();
        ProfileVersion iv = p.insurerVersion();
        ProfileVersion nv = p.nationalVersion();
        String national = t.text(code(), "national", "version", nv.version());
        String insurerFrom = iv.carriedForwardFrom();
        String from =
                insurerFrom != null
                        ? insurerFrom
                        : t.text(
                                code(),
                                "national",
                                "version",
                                String.valueOf(nv.carriedForwardFrom()));
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "date",
            t.date(c.requireLine().serviceDate()),
            "insurer",
            p.insurerName(),
            "version",
            iv.version(),
            "national",
            national,
            "from",
            from
        };
    }
}
