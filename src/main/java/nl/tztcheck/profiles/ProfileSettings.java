package nl.tztcheck.profiles;

import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The dimensions a profile version can set (spec section 2). In an insurer overlay a null field
 * means "as the national rule says"; {@link #over(ProfileSettings)} gives the {@link Terms}, where
 * nothing is null. Maps and sets replace the national value whole, except tariffs, which merge per
 * key.
 */
public record ProfileSettings(
        @Nullable Boolean contracted,
        @Nullable Integer monthlyCapMinutes,
        @Nullable Map<Technology, Integer> categoryCapsMinutes,
        @Nullable Set<Technology> coveredCategories,
        @Nullable Set<String> excludedProducts,
        @Nullable Map<String, Money> tariffs,
        @Nullable TariffCeiling tariffCeiling,
        @Nullable Boolean requiresApproval,
        @Nullable Boolean requiresRegularCareSameMonth,
        @Nullable Boolean excludesWlzIndication,
        @Nullable Boolean requiresZvw,
        @Nullable Set<String> technologyCodes,
        @Nullable Set<String> regularCareCodes) {

    /** Every dimension name, in declaration order (as {@link #sets(String)} knows them). */
    public static final java.util.List<String> DIMENSIONS =
            java.util.List.of(
                    "contracted",
                    "monthlyCapMinutes",
                    "categoryCapsMinutes",
                    "coveredCategories",
                    "excludedProducts",
                    "tariffs",
                    "tariffCeiling",
                    "requiresApproval",
                    "requiresRegularCareSameMonth",
                    "excludesWlzIndication",
                    "requiresZvw",
                    "technologyCodes",
                    "regularCareCodes");

    /**
     * This overlay laid over a base: every field this overlay sets wins, tariffs merge per key.
     *
     * @throws IllegalStateException when neither sets a dimension (the reader refuses a national
     *     version that does not set every one, so this means a base that is not a national version)
     */
    public Terms over(ProfileSettings base) {
        Map<String, Money> mergedTariffs = new java.util.TreeMap<>();
        if (base.tariffs != null) {
            mergedTariffs.putAll(base.tariffs);
        }
        if (tariffs != null) {
            mergedTariffs.putAll(tariffs);
        }
        return new Terms(
                pick(contracted, base.contracted, "contracted"),
                pick(monthlyCapMinutes, base.monthlyCapMinutes, "monthlyCapMinutes"),
                pick(categoryCapsMinutes, base.categoryCapsMinutes, "categoryCapsMinutes"),
                pick(coveredCategories, base.coveredCategories, "coveredCategories"),
                pick(excludedProducts, base.excludedProducts, "excludedProducts"),
                Map.copyOf(mergedTariffs),
                pick(tariffCeiling, base.tariffCeiling, "tariffCeiling"),
                pick(requiresApproval, base.requiresApproval, "requiresApproval"),
                pick(
                        requiresRegularCareSameMonth,
                        base.requiresRegularCareSameMonth,
                        "requiresRegularCareSameMonth"),
                pick(excludesWlzIndication, base.excludesWlzIndication, "excludesWlzIndication"),
                pick(requiresZvw, base.requiresZvw, "requiresZvw"),
                pick(technologyCodes, base.technologyCodes, "technologyCodes"),
                pick(regularCareCodes, base.regularCareCodes, "regularCareCodes"));
    }

    /**
     * A national version's settings as the terms they are on their own (a national version sets
     * every dimension).
     */
    public Terms complete() {
        return over(this);
    }

    /** Whether this (overlay) sets the named dimension, e.g. "monthlyCapMinutes". */
    public boolean sets(String dimension) {
        return switch (dimension) {
            case "contracted" -> contracted != null;
            case "monthlyCapMinutes" -> monthlyCapMinutes != null;
            case "categoryCapsMinutes" -> categoryCapsMinutes != null;
            case "coveredCategories" -> coveredCategories != null;
            case "excludedProducts" -> excludedProducts != null;
            case "tariffs" -> tariffs != null;
            case "tariffCeiling" -> tariffCeiling != null;
            case "requiresApproval" -> requiresApproval != null;
            case "requiresRegularCareSameMonth" -> requiresRegularCareSameMonth != null;
            case "excludesWlzIndication" -> excludesWlzIndication != null;
            case "requiresZvw" -> requiresZvw != null;
            case "technologyCodes" -> technologyCodes != null;
            case "regularCareCodes" -> regularCareCodes != null;
            default -> throw new IllegalArgumentException("no dimension " + dimension);
        };
    }

    private static <T> T pick(@Nullable T overlay, @Nullable T base, String dimension) {
        if (overlay != null) {
            return overlay;
        }
        if (base == null) {
            throw new IllegalStateException(
                    "no value for " + dimension + ": the base is not a complete national version");
        }
        return base;
    }
}
