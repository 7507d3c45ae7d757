package nl.tztcheck.profiles;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the provider pays for technology per client per month, per product, with a cost per category
 * for lines that name no product or a product not listed (spec 3.7).
 *
 * <p>For the business case (issue 16) a category or product may also carry a one-off cost and
 * monitoring minutes ({@link ExtraCosts}), and the file the provider's staff cost per hour; the
 * check never reads them.
 *
 * @param products keyed by lower-case product name: "Medido" and "medido" are the same product
 * @param categoryExtras one-off cost and monitoring minutes per category, where the file gives them
 * @param productExtras the same per lower-case product name
 * @param staffCostPerHour what an hour of the provider's staff costs, empty when the file does not
 *     say
 */
public record CostTable(
        Map<Technology, Money> categories,
        Map<String, Money> products,
        Source source,
        String sha256,
        Map<Technology, ExtraCosts> categoryExtras,
        Map<String, ExtraCosts> productExtras,
        Optional<Money> staffCostPerHour) {

    /** A cost table with monthly costs only (as every cost file before the business case). */
    public CostTable(
            Map<Technology, Money> categories,
            Map<String, Money> products,
            Source source,
            String sha256) {
        this(categories, products, source, sha256, Map.of(), Map.of(), Optional.empty());
    }

    /**
     * The one-off cost and monitoring minutes of a product, each missing one taken from its
     * category.
     */
    public ExtraCosts extrasOf(Technology category, Optional<String> product) {
        ExtraCosts ofCategory = categoryExtras.getOrDefault(category, ExtraCosts.NONE);
        return product.map(
                        p ->
                                productExtras
                                        .getOrDefault(normalise(p), ExtraCosts.NONE)
                                        .orElse(ofCategory))
                .orElse(ofCategory);
    }

    /**
     * @param product the product named on the line; null when it names none
     */
    public Money costOf(Technology category, @Nullable String product) {
        if (product != null) {
            Money m = products.get(normalise(product));
            if (m != null) {
                return m;
            }
        }
        return categories.getOrDefault(category, Money.ZERO);
    }

    public static String normalise(String product) {
        return product.trim().toLowerCase(Locale.ROOT);
    }
}
