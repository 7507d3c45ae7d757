package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/** The insurer pays only for some technology categories or excludes certain products. */
public final class TechnologyNotCoveredRule implements EligibilityRule {

    @Override
    public FindingCode code() {
        return FindingCode.TECHNOLOGY_NOT_COVERED;
    }

    @Override
    public String nationalSource() {
        return "NZa Regeling verpleging en verzorging NR/REG-2407, art. 5.7 (thuiszorgtechnologie)";
    }

    @Override
    public String explanation() {
        return "The insurer pays only for some technology categories or excludes certain products.";
    }

    @Override
    public String whatToDo() {
        return "Check the technology and product on the line; declare this technology only where the insurer covers it.";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("coveredCategories", "excludedProducts");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " uses " + c.line().technology() + (c.line().product() == null ? "" : " (" + c.line().product() + ")") + ", which " + c.insurer() + " does not cover: " + why(c) + ". The whole amount is at risk. " + whatToDo();
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        // an unknown technology (AW319 without a comment record) cannot be judged on its category
        return (line.technology() != null && !e.profile().settings().coveredCategories().contains(line.technology()))
                || (line.product() != null && e.profile().settings().excludedProducts().contains(nl.tztcheck.profiles.CostTable.normalise(line.product())));
    }

    private static String why(RuleContext c) {
        var settings = c.profile().settings();
        if (c.line().technology() != null && !settings.coveredCategories().contains(c.line().technology())) {
            return "it covers only " + new java.util.TreeSet<>(settings.coveredCategories());
        }
        return "the product " + c.line().product() + " is excluded";
    }
}
