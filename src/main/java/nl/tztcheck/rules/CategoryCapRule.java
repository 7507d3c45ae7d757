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
        return "Contract with the insurer (the NZa leaves the conditions of 1062 to insurer and provider): the split 2.5 h medication"
                + " / 4 h video is that of the NZa prestaties of 2016-2019, merged into one 6.5 h prestatie from 2020 (Skipr, July 2019,"
                + " on the NZa Wegwijzer bekostiging digitale zorg 2020)";
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
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.line().lineId(), "minutes", t.minutes(c.line().minutes()),
                "technology", t.technology(c.line().technology()), "allowed", t.minutes(c.allowedMinutes()),
                "cap", t.cap(c.profile().settings().categoryCapsMinutes().get(c.line().technology())),
                "month", t.month(c.line().month()), "insurer", t.insurer(c.profile())};
    }
}
