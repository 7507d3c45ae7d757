package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** The insurance verification service could not answer for this client-month; the line was checked without it. */
public final class InsuranceUnverifiedRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.INSURANCE_UNVERIFIED;
    }

    @Override
    public String nationalSource() {
        return "tzt-check insurance verification (VECOZO COV-style service, docs/verification.md)";
    }

    @Override
    public String explanation() {
        return "The insurance check could not be done (the service did not answer in time or is down); the line was checked as if insured.";
    }

    @Override
    public String whatToDo() {
        return "Check the client's insurance in VECOZO before declaring, or run the check again later.";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public String message(RuleContext c) {
        return "The insurance of the client of line " + c.line().lineId() + " could not be verified for " + c.line().month()
                + ". " + whatToDo();
    }
}
