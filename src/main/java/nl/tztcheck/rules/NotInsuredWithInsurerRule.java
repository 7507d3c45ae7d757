package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/** The insurance verification service says the client was not insured with the declared insurer on the date. */
public final class NotInsuredWithInsurerRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.NOT_INSURED_WITH_INSURER;
    }

    @Override
    public String nationalSource() {
        return "Zvw: the insurer pays only for its own insured (VECOZO COV check; Vektis retourcode 0320)";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.line().lineId(), "uzovi", c.line().uzovi(), "reason", reason(c, t)};
    }

    private String reason(RuleContext c, RuleTexts t) {
        Insurance i = c.insurance();
        String date = t.date(c.line().serviceDate());
        Insurance.Mismatch why = i.mismatch(c.line().uzovi(), c.line().serviceDate()).orElse(Insurance.Mismatch.NOT_INSURED);
        return switch (why) {
            case NOT_INSURED -> t.text(code(), "reason.notInsured", "date", date);
            case OTHER_INSURER -> t.text(code(), "reason.otherInsurer", "insuredUzovi", i.uzovi(), "uzovi", c.line().uzovi(), "date", date);
            case OUTSIDE_PERIOD -> i.from() == null ? t.text(code(), "reason.until", "to", t.date(i.to()), "date", date)
                    : i.to() == null ? t.text(code(), "reason.from", "from", t.date(i.from()), "date", date)
                    : t.text(code(), "reason.fromUntil", "from", t.date(i.from()), "to", t.date(i.to()), "date", date);
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.insurance().mismatch(line.uzovi(), line.serviceDate()).isPresent();
    }
}
