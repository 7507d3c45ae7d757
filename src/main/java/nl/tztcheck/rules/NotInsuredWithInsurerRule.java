package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;
import org.jspecify.annotations.Nullable;

/**
 * The insurance verification service says the client was not insured with the declared insurer on
 * the date.
 */
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
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "uzovi",
            c.requireLine().uzovi(),
            "reason",
            reason(c, t)
        };
    }

    private String reason(RuleContext c, RuleTexts t) {
        Insurance i = c.insurance();
        String date = t.date(c.requireLine().serviceDate());
        Insurance.Mismatch why =
                i.mismatch(c.requireLine().uzovi(), c.requireLine().serviceDate())
                        .orElse(Insurance.Mismatch.NOT_INSURED);
        return switch (why) {
            case NOT_INSURED -> t.text(code(), "reason.notInsured", "date", date);
            case OTHER_INSURER ->
                    t.text(
                            code(),
                            "reason.otherInsurer",
                            "insuredUzovi",
                            String.valueOf(i.uzovi()),
                            "uzovi",
                            c.requireLine().uzovi(),
                            "date",
                            date);
            case OUTSIDE_PERIOD -> outsidePeriod(i.from(), i.to(), date, t);
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.insurance().mismatch(line.uzovi(), line.serviceDate()).isPresent();
    }

    /**
     * A period open at one end names only the other; outside a period with neither end cannot
     * happen.
     */
    private String outsidePeriod(
            java.time.@Nullable LocalDate from,
            java.time.@Nullable LocalDate to,
            String date,
            RuleTexts t) {
        if (from == null) {
            return t.text(
                    code(),
                    "reason.until",
                    "to",
                    t.date(java.util.Objects.requireNonNull(to, "a period has an end")),
                    "date",
                    date);
        }
        return to == null
                ? t.text(code(), "reason.from", "from", t.date(from), "date", date)
                : t.text(
                        code(),
                        "reason.fromUntil",
                        "from",
                        t.date(from),
                        "to",
                        t.date(to),
                        "date",
                        date);
    }
}
