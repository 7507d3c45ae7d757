package nl.tztcheck.comparison;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;

/**
 * Which category each product of the cost file is used in, as an export shows it (the cost file
 * names products but not their category). Values are the cost file's key for the product.
 */
public final class ProductCategories {

    private ProductCategories() {}

    public static Map<nl.tztcheck.claims.Technology, SortedMap<String, String>> from(
            Path claims, ProfileSet profiles, CostTable costs) throws IOException {
        Map<nl.tztcheck.claims.Technology, SortedMap<String, String>> map =
                new EnumMap<>(nl.tztcheck.claims.Technology.class);
        try (ClaimSource source = ClaimSources.open(claims, profiles)) {
            RowResult row;
            while ((row = source.next()) != null) {
                if (row instanceof RowResult.Accepted a
                        && a.kind() == LineKind.TECHNOLOGY
                        && a.line().product() != null
                        && a.line().technology() != null) {
                    String key = CostTable.normalise(a.line().product());
                    SortedMap<String, String> products =
                            map.computeIfAbsent(a.line().technology(), t -> new TreeMap<>());
                    if (costs.products().containsKey(key) && !products.containsValue(key)) {
                        products.put(a.line().product().trim(), key);
                    }
                }
            }
        }
        return map;
    }
}
