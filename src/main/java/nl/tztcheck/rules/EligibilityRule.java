package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;

/**
 * A rule that decides whether a line may be paid at all (spec 3.3); the first that excludes wins.
 */
public interface EligibilityRule extends Rule {

    boolean excludes(ClaimLine line, Eligibility eligibility);
}
