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
        return "Webinar Structurele bekostiging (28 May 2020): the reimbursement does not always cover the technology (e.g. Medido);"
                + " Stappenplan Contractering step 3C (financing agreements); the provider's technology-cost file";
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
    public Object[] figures(RuleContext c, RuleTexts t) {
        RuleContext.CostItems gap = c.costGap();
        java.util.List<String> items = gap.items().stream().map(i -> i.product().isEmpty()
                ? t.text(code(), "item.noProduct", "technology", t.technology(gap.category()), "cost", t.money(i.cost()))
                : t.text(code(), "item", "product", i.product(), "cost", t.money(i.cost()))).toList();
        return new Object[] {"month", t.month(gap.month()), "technology", t.technology(gap.category()),
                "items", String.join(" + ", items), "cost", t.money(c.limit()), "insurer", t.insurer(c.profile()),
                "reimbursed", t.money(c.amount())};
    }
}
