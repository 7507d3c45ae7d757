package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** The insurer caps each technology category per client per month (often 2.5 h medication, 4 h video); minutes beyond the category cap are not paid, even under the 6.5 h total. */
public final class CategoryCapRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.CATEGORY_CAP_EXCEEDED;
    }

    @Override
    public String nationalSource() {
        return "NZa prestaties 2016-2019: medication 2.5 h and video 4 h per month (split kept by insurers as their own condition)";
    }

    @Override
    public String explanation() {
        return "The insurer caps each technology category per client per month (often 2.5 h medication, 4 h video); minutes beyond the category cap are not paid, even under the 6.5 h total.";
    }

    @Override
    public String whatToDo() {
        return "Credit this line and declare it again with the allowed minutes; check that the technology category of the line is right.";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("categoryCapsMinutes");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " claims " + c.line().minutes() + " minutes of " + c.line().technology() + " but only " + c.allowedMinutes() + " fit under " + c.insurer() + "'s " + c.line().technology() + " cap of " + c.profile().settings().categoryCapsMinutes().get(c.line().technology()) + " minutes for " + c.line().month() + ". " + whatToDo();
    }
}
