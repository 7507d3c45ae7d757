package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Terms;

/**
 * Thuiszorgtechnologie (1062) can only be declared as Zvw care; Wlz and Wmo care is paid through
 * other channels.
 */
public final class NotZvwRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NOT_ZVW;
    }

    @Override
    public String nationalSource() {
        return Citations.NZA_ART_5_7
                + ": thuiszorgtechnologie is always Zvw care (NZa Q&A); Wmo support is not declarable on 1062";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        String law = c.requireLine().law().name();
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "law",
            law.charAt(0) + law.substring(1).toLowerCase(java.util.Locale.ROOT)
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return requiresZvw(e) && line.law() != nl.tztcheck.claims.Law.ZVW;
    }

    /** Without even a national version on the date the national rule still holds (spec 3.3). */
    private static boolean requiresZvw(Eligibility e) {
        Terms base = e.base();
        return base == null || base.requiresZvw();
    }
}
