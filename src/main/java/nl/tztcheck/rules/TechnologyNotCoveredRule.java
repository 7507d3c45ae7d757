package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
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
        String product = c.requireLine().product();
        String technology =
                product == null
                        ? t.technology(c.requireLine().technology())
                        : t.text(
                                code(),
                                "technologyWithProduct",
                                "technology",
                                t.technology(c.requireLine().technology()),
                                "product",
                                product);
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "technology",
            technology,
            "insurer",
            t.insurer(c.profile()),
            "reason",
            why(c, t)
        };
    }

    @Override
    public boolean excludes(ClaimLine line, Eligibility e) {
        // an unknown technology (AW319 without a comment record) cannot be judged on its category
        Technology technology = line.technology();
        String product = line.product();
        return (technology != null
                        && !e.requireProfile().settings().coveredCategories().contains(technology))
                || (product != null
                        && e.requireProfile()
                                .settings()
                                .excludedProducts()
                                .contains(nl.tztcheck.profiles.CostTable.normalise(product)));
    }

    private String why(RuleContext c, RuleTexts t) {
        var settings = c.requireProfile().settings();
        Technology technology = c.requireLine().technology();
        if (technology != null && !settings.coveredCategories().contains(technology)) {
            return settings.coveredCategories().isEmpty()
                    ? t.text(code(), "reason.none")
                    : t.text(
                            code(),
                            "reason.categories",
                            "categories",
                            t.technologies(settings.coveredCategories()));
        }
        return t.text(
                code(), "reason.product", "product", String.valueOf(c.requireLine().product()));
    }
}
