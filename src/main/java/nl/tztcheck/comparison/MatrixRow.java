package nl.tztcheck.comparison;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.TariffCeiling;
import nl.tztcheck.profiles.Terms;
import org.jspecify.annotations.Nullable;

/**
 * The dimensions of the national rule as rows of the interpretation matrix, each with the profile
 * keys it reads, the finding code that shows it in claims, and a canonical text of its value (two
 * profiles interpret a row alike exactly when the texts are equal).
 */
public enum MatrixRow {
    CONTRACTED(
            "Contracted (1062 agreed at all)",
            List.of("contracted"),
            FindingCode.NOT_CONTRACTED,
            (s, w) -> s.contracted() ? w.word("yes") : w.word("notContracted")),
    MONTHLY_CAP(
            "Monthly cap per client",
            List.of("monthlyCapMinutes"),
            FindingCode.MONTHLY_CAP_EXCEEDED,
            (s, w) -> w.minutes(s.monthlyCapMinutes())),
    CATEGORY_CAPS(
            "Category caps",
            List.of("categoryCapsMinutes"),
            FindingCode.CATEGORY_CAP_EXCEEDED,
            MatrixRow::caps),
    COVERED_TECHNOLOGY(
            "Covered technology",
            List.of("coveredCategories", "excludedProducts"),
            FindingCode.TECHNOLOGY_NOT_COVERED,
            MatrixRow::covered),
    TARIFF_CEILING(
            "Tariff basis and percentage",
            List.of("tariffCeiling"),
            FindingCode.TARIFF_ABOVE_CEILING,
            (s, w) -> ceiling(s.tariffCeiling(), w)),
    TARIFFS("Agreed tariffs V / PV", List.of("tariffs"), null, MatrixRow::tariffs),
    APPROVAL(
            "Prior approval",
            List.of("requiresApproval"),
            FindingCode.APPROVAL_MISSING,
            (s, w) -> s.requiresApproval() ? w.word("required") : w.word("notRequired")),
    REGULAR_CARE(
            "Regular V/PV care the same month",
            List.of("requiresRegularCareSameMonth"),
            FindingCode.NO_REGULAR_CARE,
            (s, w) ->
                    s.requiresRegularCareSameMonth() ? w.word("required") : w.word("notRequired")),
    ZVW(
            "Zvw care only",
            List.of("requiresZvw"),
            FindingCode.NOT_ZVW,
            (s, w) -> s.requiresZvw() ? w.word("required") : w.word("notRequired")),
    WLZ(
            "Clients with a Wlz indication",
            List.of("excludesWlzIndication"),
            FindingCode.WLZ_CLIENT,
            (s, w) -> s.excludesWlzIndication() ? w.word("excluded") : w.word("allowed")),
    CODES(
            "Prestatiecodes (technology; regular care)",
            List.of("technologyCodes", "regularCareCodes"),
            null,
            (s, w) ->
                    String.join(", ", new java.util.TreeSet<>(s.technologyCodes()))
                            + "; "
                            + String.join(", ", new java.util.TreeSet<>(s.regularCareCodes())));

    private final String label;
    private final List<String> dimensions;
    private final @Nullable FindingCode code;
    private final BiFunction<Terms, ValueWords, String> text;

    MatrixRow(
            String label,
            List<String> dimensions,
            @Nullable FindingCode code,
            BiFunction<Terms, ValueWords, String> text) {
        this.label = label;
        this.dimensions = dimensions;
        this.code = code;
        this.text = text;
    }

    /** The English label (CSV of other commands, profile sync). */
    public String label() {
        return label;
    }

    /**
     * The label in the reader's language ({@code row.<NAME>} in {@code
     * i18n/matrix_<nl|en>.properties}).
     */
    public String label(Wording w) {
        return w.get("row." + name());
    }

    /** The profile keys this row reads, as in {@code verifiedDimensions}. */
    public List<String> dimensions() {
        return dimensions;
    }

    /** The value of a complete (merged) profile, as canonical text: what deviation is judged on. */
    public String text(Terms effective) {
        return text.apply(effective, ValueWords.CANONICAL);
    }

    /** The text shown: the canonical text, for the ceiling with what it comes to per hour. */
    public String display(Terms effective) {
        return display(effective, ValueWords.CANONICAL);
    }

    /** The text shown, in the reader's language. */
    public String display(Terms effective, Wording w) {
        return display(effective, ValueWords.of(w));
    }

    private String display(Terms effective, ValueWords w) {
        String value = text.apply(effective, w);
        if (this != TARIFF_CEILING) {
            return value;
        }
        return value
                + effective
                        .tariffCeiling()
                        .perHour(effective.tariffs())
                        .map(m -> w.word("perHour", w.eur(m.cents())))
                        .orElse("");
    }

    /** The row whose interpretation a finding code shows in claims, if any. */
    public static Optional<MatrixRow> of(FindingCode code) {
        for (MatrixRow r : values()) {
            if (r.code == code) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String caps(Terms s, ValueWords w) {
        if (s.categoryCapsMinutes().isEmpty()) {
            return w.word("noCategoryCaps");
        }
        return java.util.Arrays.stream(Technology.values())
                .filter(s.categoryCapsMinutes()::containsKey)
                .map(t -> w.technology(t) + " " + s.categoryCapsMinutes().get(t) + " min")
                .collect(Collectors.joining(", "));
    }

    private static String covered(Terms s, ValueWords w) {
        String cats =
                java.util.Arrays.stream(Technology.values())
                        .filter(s.coveredCategories()::contains)
                        .map(w::technology)
                        .collect(Collectors.joining(", "));
        return s.excludedProducts().isEmpty()
                ? cats
                : cats
                        + "; "
                        + w.word("excludedProducts")
                        + String.join(", ", new java.util.TreeSet<>(s.excludedProducts()));
    }

    private static String ceiling(TariffCeiling c, ValueWords w) {
        String basis =
                w.word(
                        "basis." + c.basis().name(),
                        c.fixed() == null ? "" : w.eur(c.fixed().cents()));
        return basis + " x " + w.percent(c.percentage());
    }

    private static String tariffs(Terms s, ValueWords w) {
        StringBuilder sb = new StringBuilder();
        java.util.List<String> keys = new java.util.ArrayList<>(s.tariffs().keySet());
        keys.sort(
                java.util.Comparator.comparing((String k) -> !k.equals("V")).thenComparing(k -> k));
        // keys are the tariffs' own keys, so each has a tariff
        keys.forEach(
                k ->
                        sb.append(sb.length() == 0 ? "" : " / ")
                                .append(k)
                                .append(' ')
                                .append(
                                        w.eur(
                                                java.util.Objects.requireNonNull(s.tariffs().get(k))
                                                        .cents())));
        return sb.toString();
    }
}
