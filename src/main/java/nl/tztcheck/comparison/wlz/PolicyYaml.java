package nl.tztcheck.comparison.wlz;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Safe YAML loading (plain maps, lists and scalars; no duplicate keys; at most 20 aliases; dates
 * kept as text and parsed strictly) and typed access that records every problem as "file, field
 * path: what is wrong" instead of stopping at the first.
 */
final class PolicyYaml {

    private final String file;
    private final List<String> problems;

    PolicyYaml(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    static Object load(Path path) throws IOException {
        return nl.tztcheck.profiles.SafeYaml.load(path);
    }

    void problem(String field, String what) {
        problems.add(file + ", field " + field + ": " + what);
    }

    Map<String, Object> map(@Nullable Object value, String field) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        problem(field, "expected a mapping of keys to values, found " + describe(value));
        return Map.of();
    }

    void onlyKnownKeys(Map<String, Object> map, String path, Set<String> known) {
        map.keySet().stream()
                .filter(k -> !known.contains(k))
                .forEach(
                        k ->
                                problem(
                                        join(path, k),
                                        "unknown key; known keys here are "
                                                + new java.util.TreeSet<>(known)));
    }

    @Nullable String string(Map<String, Object> map, String path, String key, boolean required) {
        Object v = map.get(key);
        if (v == null || v instanceof Map || v instanceof List) {
            if (v != null || required) {
                problem(
                        join(path, key),
                        v == null ? "is required" : "expected text, found " + describe(v));
            }
            return null;
        }
        return String.valueOf(v).trim();
    }

    @Nullable Boolean bool(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        problem(
                join(path, key),
                v == null
                        ? "is required (true or false)"
                        : "expected true or false, found " + describe(v));
        return null;
    }

    @Nullable LocalDate date(Map<String, Object> map, String path, String key) {
        String text = string(map, path, key, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(join(path, key), "expected a date such as 2024-01-01, found '" + text + "'");
            return null;
        }
    }

    @Nullable BigDecimal decimal(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        try {
            if (v instanceof Number || v instanceof String) {
                return new BigDecimal(
                        v instanceof Double d
                                ? BigDecimal.valueOf(d).toPlainString()
                                : String.valueOf(v).trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(join(path, key), "expected a number such as 95.5, found " + describe(v));
        return null;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String describe(@Nullable Object v) {
        return v == null
                ? "nothing"
                : v instanceof Map ? "a mapping" : v instanceof List ? "a list" : "'" + v + "'";
    }
}
