package nl.tztcheck.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.findings.FindingCode;

/**
 * Every rule, once. The eligibility rules are listed in the order spec 3.3 applies them: the first
 * that excludes a line names its finding.
 */
public final class RuleCatalogue {

    public static final List<EligibilityRule> ELIGIBILITY_IN_ORDER =
            List.of(
                    new NotZvwRule(),
                    new WlzClientRule(),
                    new NotInsuredWithInsurerRule(),
                    new NoProfileRule(),
                    new NotContractedRule(),
                    new TechnologyNotCoveredRule(),
                    new ApprovalMissingRule(),
                    new NoRegularCareRule());

    private static final Map<FindingCode, Rule> BY_CODE;

    static {
        Map<FindingCode, Rule> map = new EnumMap<>(FindingCode.class);
        for (Rule r : ELIGIBILITY_IN_ORDER) {
            map.put(r.code(), r);
        }
        for (Rule r :
                List.of(
                        new OrphanCreditRule(),
                        new CreditInSameFileRule(),
                        new DuplicateLineRule(),
                        new TechnologyUnknownRule(),
                        new CategoryCapRule(),
                        new MonthlyCapRule(),
                        new TariffCeilingRule(),
                        new CostGapRule(),
                        new InvalidBsnRule(),
                        new AmountMismatchRule(),
                        new InsuranceUnverifiedRule(),
                        new TermsNotSourcedRule())) {
            map.put(r.code(), r);
        }
        BY_CODE = Map.copyOf(map);
    }

    private RuleCatalogue() {}

    public static Rule rule(FindingCode code) {
        Rule r = BY_CODE.get(code);
        if (r == null) {
            throw new IllegalStateException("no rule for " + code);
        }
        return r;
    }

    /** All rules in finding-code order. */
    public static List<Rule> all() {
        return java.util.Arrays.stream(FindingCode.values())
                .filter(BY_CODE::containsKey)
                .map(BY_CODE::get)
                .toList();
    }
}
