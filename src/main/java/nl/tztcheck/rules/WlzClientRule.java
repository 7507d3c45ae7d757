package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Terms;

/**
 * A client with a Wlz indication on the date of care gets home care through the Wlz, so a Zvw 1062
 * line is not payable.
 */
public final class WlzClientRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.WLZ_CLIENT;
    }

    @Override
    public String nationalSource() {
        return "A client with a Wlz indication (CIZ) gets home care through the Wlz (zorgkantoor), not the Zvw (Menzis, CIZ);"
                + " Zvw wijkverpleging: Besluit zorgverzekering art. 2.10; VGZ retourcode 8983 'declaratie betreft geen Zvw-zorg'";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {
            "lineId", c.requireLine().lineId(), "date", t.date(c.requireLine().serviceDate())
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return excludesWlz(e) && line.wlzIndication();
    }

    /** Without even a national version on the date the national rule still holds (spec 3.3). */
    private static boolean excludesWlz(Eligibility e) {
        Terms base = e.base();
        return base == null || base.excludesWlzIndication();
    }
}
