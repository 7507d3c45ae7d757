package nl.tztcheck.profiles;

import java.util.Locale;
import java.util.Map;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the provider pays for technology per client per month, per product, with a cost per
 * category for lines that name no product or a product not listed (spec 3.7).
 *
 * @param products keyed by lower-case product name: "Medido" and "medido" are the same product
 */
public record CostTable(Map<Technology, Money> categories, Map<String, Money> products, Source source, String sha256) {

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
