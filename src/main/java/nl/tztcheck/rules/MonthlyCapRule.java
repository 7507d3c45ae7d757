package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Terms;

/**
 * Thuiszorgtechnologie is paid for at most the monthly cap per client (nationally 6.5 hours = 390
 * minutes); minutes beyond it are not paid. Its arithmetic is {@link #minutesLeft}; {@link
 * CapAllocation} grants a client-month's lines in turn (spec 3.4).
 */
public final class MonthlyCapRule implements Rule {

    /**
     * Spec 3.4: what is left of the monthly cap once {@code used} minutes of the client-month were
     * granted. Never below zero: a profile version that starts mid-month may set a lower cap than
     * the month has already used.
     */
    static int minutesLeft(Terms settings, int used) {
        return Math.max(0, settings.monthlyCapMinutes() - used);
    }

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
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "minutes",
            t.minutes(c.requireLine().minutes()),
            "allowed",
            t.minutes(c.allowedMinutes()),
            "cap",
            t.cap(c.requireProfile().settings().monthlyCapMinutes()),
            "month",
            t.month(c.requireLine().month()),
            "insurer",
            t.insurer(c.profile())
        };
    }
}
