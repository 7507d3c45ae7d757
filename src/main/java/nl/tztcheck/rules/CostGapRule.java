package nl.tztcheck.rules;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostTable;

/**
 * What the provider pays for the technology in this client-month exceeds what the insurer
 * reimburses for it (spec 3.7): {@link #items} says what the technology cost, {@link #gap} what is
 * left uncovered.
 */
public final class CostGapRule implements Rule {

    /**
     * Spec 3.7: the gap between what the technology costs and what its lines reimburse, empty when
     * the reimbursement covers the cost. For any grouping of lines (a client-month's category here;
     * a device-month elsewhere).
     */
    public static Optional<Money> gap(Money cost, Money reimbursed) {
        Money gap = cost.minus(reimbursed);
        return gap.isPositive() ? Optional.of(gap) : Optional.empty();
    }

    /**
     * Spec 3.7: the distinct products a category's lines used, each with its monthly cost from the
     * cost file. Products are the same by name without case; the lines without a product together
     * count as one more item, at the category's cost (as does a product the cost file does not
     * list). Items in the order the lines come.
     */
    static RuleContext.CostItems items(
            YearMonth month, Technology category, List<LineResult> lines, CostTable costs) {
        Map<String, RuleContext.Item> items = new LinkedHashMap<>();
        for (LineResult result : lines) {
            ClaimLine line = result.line();
            String product = line.product() == null ? "" : CostTable.normalise(line.product());
            items.putIfAbsent(
                    product,
                    new RuleContext.Item(
                            line.product() == null ? "" : line.product(),
                            costs.costOf(category, line.product())));
        }
        return new RuleContext.CostItems(month, category, List.copyOf(items.values()));
    }

    /** Spec 3.7: what the items cost together in the month. */
    static Money cost(RuleContext.CostItems items) {
        long cents = 0;
        for (RuleContext.Item item : items.items()) {
            cents += item.cost().cents();
        }
        return Money.cents(cents);
    }

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
        RuleContext.CostItems gap = c.requireCostGap();
        java.util.List<String> items =
                gap.items().stream()
                        .map(
                                i ->
                                        i.product().isEmpty()
                                                ? t.text(
                                                        code(),
                                                        "item.noProduct",
                                                        "technology",
                                                        t.technology(gap.category()),
                                                        "cost",
                                                        t.money(i.cost()))
                                                : t.text(
                                                        code(),
                                                        "item",
                                                        "product",
                                                        i.product(),
                                                        "cost",
                                                        t.money(i.cost())))
                        .toList();
        return new Object[] {
            "month",
            t.month(gap.month()),
            "technology",
            t.technology(gap.category()),
            "items",
            String.join(" + ", items),
            "cost",
            t.money(c.requireLimit()),
            "insurer",
            t.insurer(c.profile()),
            "reimbursed",
            t.money(c.requireAmount())
        };
    }
}
