package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/** Thuiszorgtechnologie (1062) can only be declared as Zvw care; Wlz and Wmo care is paid through other channels. */
public final class NotZvwRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NOT_ZVW;
    }

    @Override
    public String nationalSource() {
        return "NZa Regeling verpleging en verzorging NR/REG-2407, art. 5.7: thuiszorgtechnologie is always Zvw care";
    }

    @Override
    public String explanation() {
        return "Thuiszorgtechnologie (1062) can only be declared as Zvw care; Wlz and Wmo care is paid through other channels.";
    }

    @Override
    public String whatToDo() {
        return "Remove the line from the Zvw declaration and declare the care to the zorgkantoor (Wlz) or municipality (Wmo).";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " is marked as " + c.line().law() + " care; 1062 is Zvw-only, so the whole amount is at risk. " + whatToDo();
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return (e.base() == null || e.base().requiresZvw()) && line.law() != nl.tztcheck.claims.Law.ZVW;
    }
}
