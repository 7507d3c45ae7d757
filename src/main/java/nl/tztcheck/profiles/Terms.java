package nl.tztcheck.profiles;

import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;

/**
 * The terms that apply on a date: every dimension of spec section 2 set, nothing null. An insurer's
 * {@link ProfileSettings} overlay laid over the national version ({@link ProfileSettings#over}), or
 * a national version on its own ({@link ProfileSettings#complete}). This is what the rules,
 * comparisons and pages read, so they need no null checks; the overlay, where null means "as the
 * national rule says", stays in the loader.
 */
public record Terms(
        boolean contracted,
        int monthlyCapMinutes,
        Map<Technology, Integer> categoryCapsMinutes,
        Set<Technology> coveredCategories,
        Set<String> excludedProducts,
        Map<String, Money> tariffs,
        TariffCeiling tariffCeiling,
        boolean requiresApproval,
        boolean requiresRegularCareSameMonth,
        boolean excludesWlzIndication,
        boolean requiresZvw,
        Set<String> technologyCodes,
        Set<String> regularCareCodes) {}
