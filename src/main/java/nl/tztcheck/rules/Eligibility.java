package nl.tztcheck.rules;

import nl.tztcheck.profiles.EffectiveProfile;
import nl.tztcheck.profiles.Terms;
import org.jspecify.annotations.Nullable;

/**
 * What eligibility is judged on.
 *
 * @param profile the insurer's effective profile, null when none applies (NO_PROFILE)
 * @param base the settings the national rules read: the effective profile's, else the national
 *     version's; null only when not even a national version covers the date
 * @param regularCareSameMonth the client has regular V/PV care at this insurer in this month
 * @param insurance what the insurance verification said about the client this month
 */
public record Eligibility(
        @Nullable EffectiveProfile profile,
        @Nullable Terms base,
        boolean regularCareSameMonth,
        Insurance insurance) {

    /**
     * The profile, for the insurer rules, which run after NO_PROFILE has taken the lines without
     * one (spec 3.3 order).
     */
    public EffectiveProfile requireProfile() {
        if (profile == null) {
            throw new IllegalStateException(
                    "an insurer rule ran before NO_PROFILE took the line without a profile");
        }
        return profile;
    }
}
