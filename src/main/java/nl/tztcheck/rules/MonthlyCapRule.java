package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** Thuiszorgtechnologie is paid for at most the monthly cap per client (nationally 6.5 hours = 390 minutes); minutes beyond it are not paid. */
public final class MonthlyCapRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.MONTHLY_CAP_EXCEEDED;
    }

    @Override
    public String nationalSource() {
        return "NZa Regeling verpleging en verzorging NR/REG-2407, art. 5.7 (thuiszorgtechnologie)";
    }

    @Override
    public String explanation() {
        return "Thuiszorgtechnologie is paid for at most the monthly cap per client (nationally 6.5 hours = 390 minutes); minutes beyond it are not paid.";
    }

    @Override
    public String whatToDo() {
        return "Credit this line and declare it again with the allowed minutes, or move the excess to the next month only if the care was given then.";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("monthlyCapMinutes");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " claims " + c.line().minutes() + " minutes but only " + c.allowedMinutes() + " fit under the monthly cap of " + c.profile().settings().monthlyCapMinutes() + " minutes for " + c.line().month() + " at " + c.insurer() + ". " + whatToDo();
    }
}
