package nl.tztcheck.comparison;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.comparison.output.Texts;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.ProfileSettings;
import nl.tztcheck.profiles.TariffCeiling;

/**
 * The dimensions of the national rule as rows of the interpretation matrix, each with the profile
 * keys it reads, the finding code that shows it in claims, and a canonical text of its value (two
 * profiles interpret a row alike exactly when the texts are equal).
 */
public enum MatrixRow {
    CONTRACTED("Contracted (1062 agreed at all)", List.of("contracted"), FindingCode.NOT_CONTRACTED,
            s -> s.contracted() ? "yes" : "no (0 hours)"),
    MONTHLY_CAP("Monthly cap per client", List.of("monthlyCapMinutes"), FindingCode.MONTHLY_CAP_EXCEEDED,
            s -> Texts.minutes(s.monthlyCapMinutes())),
    CATEGORY_CAPS("Category caps", List.of("categoryCapsMinutes"), FindingCode.CATEGORY_CAP_EXCEEDED, MatrixRow::caps),
    COVERED_TECHNOLOGY("Covered technology", List.of("coveredCategories", "excludedProducts"),
            FindingCode.TECHNOLOGY_NOT_COVERED, MatrixRow::covered),
    TARIFF_CEILING("Tariff basis and percentage", List.of("tariffCeiling"), FindingCode.TARIFF_ABOVE_CEILING,
            s -> ceiling(s.tariffCeiling())),
    TARIFFS("Agreed tariffs V / PV", List.of("tariffs"), null, MatrixRow::tariffs),
    APPROVAL("Prior approval", List.of("requiresApproval"), FindingCode.APPROVAL_MISSING,
            s -> s.requiresApproval() ? "required" : "not required"),
    REGULAR_CARE("Regular V/PV care the same month", List.of("requiresRegularCareSameMonth"), FindingCode.NO_REGULAR_CARE,
            s -> s.requiresRegularCareSameMonth() ? "required" : "not required"),
    ZVW("Zvw care only", List.of("requiresZvw"), FindingCode.NOT_ZVW, s -> s.requiresZvw() ? "required" : "not required"),
    WLZ("Clients with a Wlz indication", List.of("excludesWlzIndication"), FindingCode.WLZ_CLIENT,
            s -> s.excludesWlzIndication() ? "excluded" : "allowed"),
    CODES("Prestatiecodes (technology; regular care)", List.of("technologyCodes", "regularCareCodes"), null,
            s -> String.join(", ", new java.util.TreeSet<>(s.technologyCodes())) + "; "
                    + String.join(", ", new java.util.TreeSet<>(s.regularCareCodes())));

    private final String label;
    private final List<String> dimensions;
    private final FindingCode code;
    private final Function<ProfileSettings, String> text;

    MatrixRow(String label, List<String> dimensions, FindingCode code, Function<ProfileSettings, String> text) {
        this.label = label;
        this.dimensions = dimensions;
        this.code = code;
        this.text = text;
    }

    public String label() {
        return label;
    }

    /** The profile keys this row reads, as in {@code verifiedDimensions}. */
    public List<String> dimensions() {
        return dimensions;
    }

    /** The value of a complete (merged) profile, as canonical text: what deviation is judged on. */
    public String text(ProfileSettings effective) {
        return text.apply(effective);
    }

    /** The text shown: the canonical text, for the ceiling with what it comes to per hour. */
    public String display(ProfileSettings effective) {
        if (this != TARIFF_CEILING) {
            return text(effective);
        }
        return text(effective) + effective.tariffCeiling().perHour(effective.tariffs())
                .map(m -> " = " + Texts.eur(m.cents()) + " per hour").orElse("");
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

    private static String caps(ProfileSettings s) {
        if (s.categoryCapsMinutes().isEmpty()) {
            return "none (monthly cap only)";
        }
        return java.util.Arrays.stream(Technology.values()).filter(s.categoryCapsMinutes()::containsKey)
                .map(t -> t + " " + s.categoryCapsMinutes().get(t) + " min").collect(Collectors.joining(", "));
    }

    private static String covered(ProfileSettings s) {
        String cats = java.util.Arrays.stream(Technology.values()).filter(s.coveredCategories()::contains)
                .map(Technology::name).collect(Collectors.joining(", "));
        return s.excludedProducts().isEmpty() ? cats
                : cats + "; excluded products: " + String.join(", ", new java.util.TreeSet<>(s.excludedProducts()));
    }

    private static String ceiling(TariffCeiling c) {
        String basis = switch (c.basis()) {
            case V -> "V tariff";
            case PV -> "PV tariff";
            case LOWER_OF_V_PV -> "lower of V and PV";
            case HIGHER_OF_V_PV -> "higher of V and PV";
            case FIXED -> "fixed " + Texts.eur(c.fixed().cents()) + " per hour";
        };
        return basis + " x " + Texts.percent(c.percentage());
    }

    private static String tariffs(ProfileSettings s) {
        StringBuilder sb = new StringBuilder();
        java.util.List<String> keys = new java.util.ArrayList<>(s.tariffs().keySet());
        keys.sort(java.util.Comparator.comparing((String k) -> !k.equals("V")).thenComparing(k -> k));
        keys.forEach(k -> sb.append(sb.length() == 0 ? "" : " / ").append(k).append(' ').append(Texts.eur(s.tariffs().get(k).cents())));
        return sb.toString();
    }
}
