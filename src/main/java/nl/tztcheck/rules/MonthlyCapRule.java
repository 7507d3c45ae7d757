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
        return Citations.NZA_ART_5_7;
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
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.line().lineId(), "minutes", t.minutes(c.line().minutes()),
                "allowed", t.minutes(c.allowedMinutes()), "cap", t.cap(c.profile().settings().monthlyCapMinutes()),
                "month", t.month(c.line().month()), "insurer", t.insurer(c.profile())};
    }
}
