package nl.tztcheck.profiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.i18n.StoredText;
import nl.tztcheck.money.AmountParser;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Typed, checked access to a parsed YAML map that records every problem with its file and field
 * path instead of throwing at the first one, so a user sees all that is wrong at once.
 */
final class YamlFields {

    private final String file;
    private final List<ProfileProblem> problems;

    YamlFields(String file, List<ProfileProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Safe loading: see {@link SafeYaml}. */
    static Object load(Path path) throws IOException {
        return SafeYaml.load(path);
    }

    /**
     * One line saying what is wrong and where: SnakeYAML's own message starts with its context
     * ("while constructing a mapping") and puts the actual problem ("found duplicate key x") and a
     * source snippet on later lines.
     */
    static String loadError(Exception e) {
        if (e instanceof MarkedYAMLException m && m.getProblem() != null) {
            Mark mark = m.getProblemMark();
            return m.getProblem().trim()
                    + (mark == null
                            ? ""
                            : " (line "
                                    + (mark.getLine() + 1)
                                    + ", column "
                                    + (mark.getColumn() + 1)
                                    + ")");
        }
        String message =
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    void problem(String field, String what) {
        problems.add(new ProfileProblem(file, field, what));
    }

    /**
     * Keys as text: YAML reads {@code 1062:} or {@code yes:} as a number or boolean, which must not
     * break the checks.
     */
    Map<String, Object> map(@Nullable Object value, String field) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        problem(field, StoredText.of("yaml.expectedMapping", found(value)));
        return Map.of();
    }

    void onlyKnownKeys(Map<String, Object> map, String path, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problem(
                        join(path, String.valueOf(key)),
                        StoredText.of("yaml.unknownKey", "known", new java.util.TreeSet<>(known)));
            }
        }
    }

    @Nullable String string(Map<String, Object> map, String path, String key, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                problem(join(path, key), StoredText.of("yaml.required"));
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            problem(join(path, key), StoredText.of("yaml.expectedText", found(v)));
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(v).trim();
    }

    @Nullable Boolean bool(Map<String, Object> map, String path, String key, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                problem(join(path, key), StoredText.of("yaml.requiredBoolean"));
            }
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        problem(join(path, key), StoredText.of("yaml.expectedBoolean", found(v)));
        return null;
    }

    @Nullable Integer minutes(Map<String, Object> map, String path, String key) {
        return minutes(map.get(key), join(path, key));
    }

    @Nullable Integer minutes(@Nullable Object v, String field) {
        if (v == null) {
            return null;
        }
        if (v instanceof Integer i && i >= 0) {
            return i;
        }
        problem(field, StoredText.of("yaml.expectedMinutes", found(v)));
        return null;
    }

    @Nullable LocalDate date(Map<String, Object> map, String path, String key, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                problem(join(path, key), StoredText.of("yaml.requiredDate"));
            }
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v).trim());
        } catch (DateTimeParseException e) {
            problem(join(path, key), StoredText.of("yaml.expectedDate", found(v)));
            return null;
        }
    }

    @Nullable Money money(@Nullable Object v, String field) {
        if (v == null) {
            return null;
        }
        String text =
                v instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : String.valueOf(v);
        var money = AmountParser.parse(text);
        if (money.isEmpty() || money.get().cents() < 0) {
            problem(field, StoredText.of("yaml.expectedAmount", found(v)));
            return null;
        }
        return money.get();
    }

    @Nullable BigDecimal decimal(@Nullable Object v, String field) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(
                    v instanceof Double d
                            ? BigDecimal.valueOf(d).toPlainString()
                            : String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            problem(field, StoredText.of("yaml.expectedNumber", found(v)));
            return null;
        }
    }

    @Nullable List<Object> list(
            Map<String, Object> map, String path, String key, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                problem(join(path, key), StoredText.of("yaml.requiredList"));
            }
            return null;
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        problem(join(path, key), StoredText.of("yaml.expectedList", found(v)));
        return null;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * What was found, as placeholder pairs of a stored problem: a value quoted as it is ({@code
     * found}), or for nothing, a mapping or a list a key of the validation bundle that words it
     * ({@code foundKey}).
     */
    static Object[] found(@Nullable Object v) {
        if (v == null) {
            return new Object[] {"foundKey", "yaml.found.nothing"};
        }
        if (v instanceof Map) {
            return new Object[] {"foundKey", "yaml.found.mapping"};
        }
        if (v instanceof List) {
            return new Object[] {"foundKey", "yaml.found.list"};
        }
        return new Object[] {"found", describe(v)};
    }

    static String describe(@Nullable Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        return "'" + v + "'";
    }
}
