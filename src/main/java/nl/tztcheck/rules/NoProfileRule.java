package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/** No insurer profile covers this UZOVI code on this date, so the line could not be checked; its amount is counted as unchecked, not at risk. */
public final class NoProfileRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NO_PROFILE;
    }

    @Override
    public String nationalSource() {
        return "tzt-check: insurer profiles (insurer-profiles/)";
    }

    @Override
    public String explanation() {
        return "No insurer profile covers this UZOVI code on this date, so the line could not be checked; its amount is counted as unchecked, not at risk.";
    }

    @Override
    public String whatToDo() {
        return "Add or extend the insurer profile for this UZOVI code and date, or correct the UZOVI code of the line.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " is declared to UZOVI " + c.line().uzovi() + " on " + c.line().serviceDate() + ", which no insurer profile version covers; it was not checked. " + whatToDo();
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.profile() == null;
    }
}
