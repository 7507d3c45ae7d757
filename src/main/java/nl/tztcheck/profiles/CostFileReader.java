package nl.tztcheck.profiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.tztcheck.i18n.StoredText;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;
import static java.util.Objects.requireNonNull;

/**
 * Reads the technology-cost file:
 * <pre>
 * source: {title: ..., verified: false}
 * categories: {MEDICATION: 150.00, VIDEO: 25.00, OTHER: 30.00}   # per client per month
 * products: {Medido: 200.00}
 * </pre>
 * Every category needs a cost, so every line has one.
 */
public final class CostFileReader {

    private static final Set<String> KEYS = Set.of("source", "categories", "products", "description", "currency");

    private CostFileReader() {
    }

    public static CostTable read(Path path) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        List<ProfileProblem> problems = new ArrayList<>();
        YamlFields y = new YamlFields(file, problems);
        if (!Files.isRegularFile(path)) {
            throw new InvalidProfilesException(List.of(new ProfileProblem(path.toString(), "(file)",
                    StoredText.of("costs.missing"))));
        }
        Object doc;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
            doc = YamlFields.load(path);
        } catch (Exception e) {
            throw new InvalidProfilesException(List.of(new ProfileProblem(file, "(file)", StoredText.of("yaml.unreadable", "error", YamlFields.loadError(e)))));
        }
        Map<String, Object> root = y.map(doc, "(file)");
        y.onlyKnownKeys(root, "", KEYS);
        String currency = y.string(root, "", "currency", false);
        if (currency != null && !currency.equals("EUR")) {
            y.problem("currency", StoredText.of("costs.currency", "value", "'" + currency + "'"));
        }
        Source source = source(y, root);
        Map<Technology, Money> categories = new EnumMap<>(Technology.class);
        for (Map.Entry<String, Object> e : y.map(root.getOrDefault("categories", Map.of()), "categories").entrySet()) {
            var tech = Technology.parse(String.valueOf(e.getKey()));
            if (tech.isEmpty()) {
                y.problem("categories." + e.getKey(), StoredText.of("profile.notACategory"));
                continue;
            }
            Money m = y.money(e.getValue(), "categories." + e.getKey());
            if (m != null) {
                categories.put(tech.get(), m);
            }
        }
        for (Technology t : Technology.values()) {
            if (!categories.containsKey(t) && problems.stream().noneMatch(p -> p.field().equals("categories." + t))) {
                y.problem("categories." + t, StoredText.of("costs.categoryMissing"));
            }
        }
        Map<String, Money> products = new TreeMap<>();
        for (Map.Entry<String, Object> e : y.map(root.getOrDefault("products", Map.of()), "products").entrySet()) {
            Money m = y.money(e.getValue(), "products." + e.getKey());
            if (m != null && products.put(CostTable.normalise(String.valueOf(e.getKey())), m) != null) {
                y.problem("products." + e.getKey(), StoredText.of("costs.productTwice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfilesException(problems);
        }
        // no problem: the source was read
        return new CostTable(Map.copyOf(categories), Map.copyOf(products), requireNonNull(source), sha256(bytes));
    }

    private static @Nullable Source source(YamlFields y, Map<String, Object> root) {
        Object raw = root.get("source");
        if (raw == null) {
            y.problem("source", StoredText.of("costs.noSource"));
            return null;
        }
        Map<String, Object> m = y.map(raw, "source");
        y.onlyKnownKeys(m, "source", ProfileFileReader.SOURCE_KEYS);
        String title = y.string(m, "source", "title", true);
        Boolean verified = y.bool(m, "source", "verified", true);
        return new Source(title == null ? "" : title, y.string(m, "source", "url", false), y.string(m, "source", "retrieved", false),
                y.string(m, "source", "section", false), Boolean.TRUE.equals(verified), y.string(m, "source", "note", false));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
