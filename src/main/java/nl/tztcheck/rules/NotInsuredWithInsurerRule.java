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
    public String explanation() {
        return "The insurance check says the client was not insured with this insurer on the date of care; the insurer will refuse the line.";
    }

    @Override
    public String whatToDo() {
        return "Check the client's insurance (VECOZO COV) and declare the line to the insurer the client was insured with on that date.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " is declared to UZOVI " + c.line().uzovi() + ", but " + c.detail()
                + "; the whole amount is at risk. " + whatToDo();
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        return e.insurance().mismatch(line.uzovi(), line.serviceDate()).isPresent();
    }
}
