package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which numbers each term takes, and their ranges; records every problem with its field. */
final class TermRules {

    static final Set<String> KEYS =
            Set.of("percentage", "change", "min", "max", "unclear", "direction", "condition");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TermRules() {}

    static TermValue read(PolicyYaml y, Term term, Object raw, String path) {
        Map<String, Object> m = y.map(raw, path);
        y.onlyKnownKeys(m, path, KEYS);
        TermValue v =
                new TermValue(
                        y.decimal(m, path, "percentage"),
                        y.decimal(m, path, "change"),
                        y.decimal(m, path, "min"),
                        y.decimal(m, path, "max"),
                        Objects.requireNonNullElse(y.string(m, path, "unclear", false), ""),
                        direction(y, m, path),
                        Objects.requireNonNullElse(y.string(m, path, "condition", false), ""));
        if (v.direction() != TermValue.Direction.NONE && v.stated()) {
            y.problem(
                    path + ".direction",
                    "only for a term without a number (the number says the direction)");
        }
        if (!v.stated() && !v.isUnclear()) {
            y.problem(
                    path,
                    "has no number; a term the table mentions without one must say so in 'unclear'");
        }
        switch (term) {
            case BASE, ESSENTIAL_FACILITIES, CEILING -> only(y, path, v, true, false, false);
            case NEW_PROVIDER -> {
                only(y, path, v, true, true, false);
                if (v.percentage() != null && v.change() != null) {
                    y.problem(path, "give either a fixed 'percentage' or a 'change', not both");
                }
            }
            case DIFFERENTIATION -> {
                only(y, path, v, false, false, true);
                if ((v.min() == null) != (v.max() == null)) {
                    y.problem(path, "give both 'min' and 'max' (percentage points, e.g. -2 and 1)");
                } else if (v.min() != null && (v.min().signum() > 0 || v.max().signum() < 0)) {
                    y.problem(
                            path,
                            "min must be at most 0 and max at least 0, found "
                                    + v.min()
                                    + " .. "
                                    + v.max());
                }
            }
            default -> only(y, path, v, false, true, false);
        }
        if (v.percentage() != null
                && (v.percentage().signum() <= 0 || v.percentage().compareTo(HUNDRED) > 0)) {
            y.problem(
                    path + ".percentage",
                    "is "
                            + v.percentage().toPlainString()
                            + "; it must be above 0 and at most 100");
        }
        if (v.change() != null && v.change().abs().compareTo(HUNDRED) >= 0) {
            y.problem(
                    path + ".change",
                    "is "
                            + v.change().toPlainString()
                            + " percentage points; that cannot be meant");
        }
        return v;
    }

    private static TermValue.Direction direction(PolicyYaml y, Map<String, Object> m, String path) {
        String d = y.string(m, path, "direction", false);
        if (d == null) {
            return TermValue.Direction.NONE;
        }
        return switch (d) {
            case "lower" -> TermValue.Direction.LOWER;
            case "higher" -> TermValue.Direction.HIGHER;
            default -> {
                y.problem(path + ".direction", "expected lower or higher, found '" + d + "'");
                yield TermValue.Direction.NONE;
            }
        };
    }

    private static void only(
            PolicyYaml y,
            String path,
            TermValue v,
            boolean percentage,
            boolean change,
            boolean range) {
        if (!percentage && v.percentage() != null) {
            y.problem(path + ".percentage", "not used by this term");
        }
        if (!change && v.change() != null) {
            y.problem(path + ".change", "not used by this term");
        }
        if (!range && (v.min() != null || v.max() != null)) {
            y.problem(path, "'min'/'max' are used only by differentiation");
        }
    }
}
