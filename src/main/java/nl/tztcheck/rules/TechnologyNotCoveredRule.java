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
        return Citations.CONTRACT;
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
    public Object[] figures(RuleContext c, RuleTexts t) {
        String technology = c.line().product() == null ? t.technology(c.line().technology())
                : t.text(code(), "technologyWithProduct", "technology", t.technology(c.line().technology()), "product", c.line().product());
        return new Object[] {"lineId", c.line().lineId(), "technology", technology, "insurer", t.insurer(c.profile()),
                "reason", why(c, t)};
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        // an unknown technology (AW319 without a comment record) cannot be judged on its category
        return (line.technology() != null && !e.profile().settings().coveredCategories().contains(line.technology()))
                || (line.product() != null && e.profile().settings().excludedProducts().contains(nl.tztcheck.profiles.CostTable.normalise(line.product())));
    }

    private String why(RuleContext c, RuleTexts t) {
        var settings = c.profile().settings();
        if (c.line().technology() != null && !settings.coveredCategories().contains(c.line().technology())) {
            return settings.coveredCategories().isEmpty() ? t.text(code(), "reason.none")
                    : t.text(code(), "reason.categories", "categories", t.technologies(settings.coveredCategories()));
        }
        return t.text(code(), "reason.product", "product", c.line().product());
    }
}
