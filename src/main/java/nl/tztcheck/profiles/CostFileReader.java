package nl.tztcheck.profiles;

import static java.util.Objects.requireNonNull;

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
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.StoredText;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads the technology-cost file:
 *
 * <pre>
 * source: {title: ..., verified: false}
 * categories: {MEDICATION: 150.00, VIDEO: 25.00, OTHER: 30.00}   # per client per month
 * products: {Medido: 200.00}
 * </pre>
 *
 * Every category needs a cost, so every line has one. For the business case (issue 16) an entry may
 * instead be a mapping {@code {monthly: 45.00, oneOff: 150.00, monitoringMinutes: 20}} (only {@code
 * monthly} required), and {@code staffCostPerHour: 50.00} may sit at the top; a file without them
 * reads as before.
 */
public final class CostFileReader {

    private static final Set<String> KEYS =
            Set.of(
                    "source",
                    "categories",
                    "products",
                    "description",
                    "currency",
                    "staffCostPerHour");
    private static final Set<String> ENTRY_KEYS = Set.of("monthly", "oneOff", "monitoringMinutes");

    /** Minutes in a 31-day month: more monitoring per client is a typing error. */
    private static final int MAX_MONITORING_MINUTES = 31 * 24 * 60;

    private CostFileReader() {}

    public static CostTable read(Path path) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        List<ProfileProblem> problems = new ArrayList<>();
        YamlFields y = new YamlFields(file, problems);
        if (!Files.isRegularFile(path)) {
            throw new InvalidProfilesException(
                    List.of(
                            new ProfileProblem(
                                    path.toString(), "(file)", StoredText.of("costs.missing"))));
        }
        Object doc;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
            doc = YamlFields.load(path);
        } catch (Exception e) {
            throw new InvalidProfilesException(
                    List.of(
                            new ProfileProblem(
                                    file,
                                    "(file)",
                                    StoredText.of(
                                            "yaml.unreadable", "error", YamlFields.loadError(e)))));
        }
        Map<String, Object> root = y.map(doc, "(file)");
        y.onlyKnownKeys(root, "", KEYS);
        String currency = y.string(root, "", "currency", false);
        if (currency != null && !currency.equals("EUR")) {
            y.problem("currency", StoredText.of("costs.currency", "value", "'" + currency + "'"));
        }
        Source source = source(y, root);
        Map<Technology, Money> categories = new EnumMap<>(Technology.class);
        Map<Technology, ExtraCosts> categoryExtras = new EnumMap<>(Technology.class);
        for (Map.Entry<String, Object> e :
                y.map(root.getOrDefault("categories", Map.of()), "categories").entrySet()) {
            var tech = Technology.parse(String.valueOf(e.getKey()));
            if (tech.isEmpty()) {
                y.problem("categories." + e.getKey(), StoredText.of("profile.notACategory"));
                continue;
            }
            Money m = monthly(y, e.getValue(), "categories." + e.getKey());
            if (m != null) {
                categories.put(tech.get(), m);
            }
            categoryExtras.put(tech.get(), extras(y, e.getValue(), "categories." + e.getKey()));
        }
        for (Technology t : Technology.values()) {
            if (!categories.containsKey(t)
                    && problems.stream().noneMatch(p -> p.field().startsWith("categories." + t))) {
                y.problem("categories." + t, StoredText.of("costs.categoryMissing"));
            }
        }
        Map<String, Money> products = new TreeMap<>();
        Map<String, ExtraCosts> productExtras = new TreeMap<>();
        for (Map.Entry<String, Object> e :
                y.map(root.getOrDefault("products", Map.of()), "products").entrySet()) {
            Money m = monthly(y, e.getValue(), "products." + e.getKey());
            String key = CostTable.normalise(String.valueOf(e.getKey()));
            if (m != null && products.put(key, m) != null) {
                y.problem("products." + e.getKey(), StoredText.of("costs.productTwice"));
            }
            productExtras.put(key, extras(y, e.getValue(), "products." + e.getKey()));
        }
        Money staff = y.money(root.get("staffCostPerHour"), "staffCostPerHour");
        if (!problems.isEmpty()) {
            throw new InvalidProfilesException(problems);
        }
        // no problem: the source was read
        return new CostTable(
                Map.copyOf(categories),
                Map.copyOf(products),
                requireNonNull(source),
                sha256(bytes),
                Map.copyOf(categoryExtras),
                Map.copyOf(productExtras),
                java.util.Optional.ofNullable(staff));
    }

    /** The monthly cost of an entry: the amount itself, or the {@code monthly} of its mapping. */
    private static @Nullable Money monthly(YamlFields y, Object entry, String field) {
        if (!(entry instanceof Map)) {
            return y.money(entry, field);
        }
        Map<String, Object> m = y.map(entry, field);
        y.onlyKnownKeys(m, field, ENTRY_KEYS);
        if (m.get("monthly") == null) {
            y.problem(field + ".monthly", StoredText.of("costs.monthlyMissing"));
            return null;
        }
        return y.money(m.get("monthly"), field + ".monthly");
    }

    /**
     * The one-off cost and monitoring minutes of an entry written as a mapping; none for a bare
     * amount.
     */
    private static ExtraCosts extras(YamlFields y, Object entry, String field) {
        if (!(entry instanceof Map<?, ?> raw)) {
            return ExtraCosts.NONE;
        }
        Money oneOff = y.money(raw.get("oneOff"), field + ".oneOff");
        Integer minutes = y.minutes(raw.get("monitoringMinutes"), field + ".monitoringMinutes");
        if (minutes != null && minutes > MAX_MONITORING_MINUTES) {
            y.problem(
                    field + ".monitoringMinutes",
                    StoredText.of(
                            "costs.monitoringTooMany",
                            "value",
                            minutes,
                            "max",
                            MAX_MONITORING_MINUTES));
            minutes = null;
        }
        return new ExtraCosts(
                java.util.Optional.ofNullable(oneOff),
                minutes == null
                        ? java.util.OptionalInt.empty()
                        : java.util.OptionalInt.of(minutes));
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
        return new Source(
                title == null ? "" : title,
                y.string(m, "source", "url", false),
                y.string(m, "source", "retrieved", false),
                y.string(m, "source", "section", false),
                Boolean.TRUE.equals(verified),
                y.string(m, "source", "note", false));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
