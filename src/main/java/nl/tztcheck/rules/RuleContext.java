package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.EffectiveProfile;

/**
 * What a rule may mention in its message.
 *
 * @param line     the line, or null for a client-month finding
 * @param profile  null when no insurer profile applies
 * @param limit    the cap or ceiling that bound, where relevant
 * @param detail   free text the check adds (e.g. the other line of a duplicate)
 */
public record RuleContext(ClaimLine line, EffectiveProfile profile, int allowedMinutes, Money limit, Money amount, String detail) {

    public static RuleContext of(ClaimLine line, EffectiveProfile profile) {
        return new RuleContext(line, profile, 0, null, null, "");
    }

    public String insurer() {
        return profile == null ? "the insurer" : profile.insurerName();
    }
}
