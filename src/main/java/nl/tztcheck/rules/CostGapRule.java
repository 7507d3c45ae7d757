package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** What the provider pays for the technology in this client-month exceeds what the insurer reimburses for it. */
public final class CostGapRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.COST_GAP;
    }

    @Override
    public String nationalSource() {
        return "Stappenplan Contractering step 3C (financing agreements); provider's technology-cost file";
    }

    @Override
    public String explanation() {
        return "What the provider pays for the technology in this client-month exceeds what the insurer reimburses for it.";
    }

    @Override
    public String whatToDo() {
        return "Use the gap in the contract talks with the insurer, or review the technology's cost.";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("tariffs", "tariffCeiling");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public String message(RuleContext c) {
        return "In " + c.detail() + " the technology costs " + c.limit().toPlainString() + " but " + c.insurer() + " reimburses " + c.amount().toPlainString() + ". " + whatToDo();
    }
}
