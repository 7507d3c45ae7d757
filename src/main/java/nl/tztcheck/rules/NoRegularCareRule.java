package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/** The insurer pays 1062 only on top of regular verpleging or persoonlijke verzorging in the same month. */
public final class NoRegularCareRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NO_REGULAR_CARE;
    }

    @Override
    public String nationalSource() {
        return "NZa Regeling verpleging en verzorging NR/REG-2407, art. 5.7 (thuiszorgtechnologie)";
    }

    @Override
    public String explanation() {
        return "The insurer pays 1062 only on top of regular verpleging or persoonlijke verzorging in the same month.";
    }

    @Override
    public String whatToDo() {
        return "Check that the regular V/PV care of this client in this month is in the export and declared to the same insurer.";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("requiresRegularCareSameMonth");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " is technology care in " + c.line().month() + " without regular V/PV care for the same client at " + c.insurer() + " that month; the whole amount is at risk. " + whatToDo();
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.profile().settings().requiresRegularCareSameMonth() && !e.regularCareSameMonth();
    }
}
