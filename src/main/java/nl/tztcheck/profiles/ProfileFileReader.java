package nl.tztcheck.profiles;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.StoredText;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/** Reads one profile YAML file into an {@link InsurerProfile}, recording every problem it sees. */
final class ProfileFileReader {

    static final Set<String> FILE_KEYS = Set.of("id", "name", "labels", "versions", "description");
    static final Set<String> LABEL_KEYS = Set.of("uzovi", "name", "verified", "note");
    static final Set<String> SOURCE_KEYS =
            Set.of(
                    "title",
                    "url",
                    "retrieved",
                    "section",
                    "verified",
                    "note",
                    "verifiedDimensions",
                    "illustrative",
                    "illustrativeDimensions",
                    "quotes");
    static final Set<String> QUOTE_KEYS = Set.of("dimensions", "quote");
    static final Set<String> CEILING_KEYS = Set.of("basis", "percentage", "amount");

    /** The dimensions a version may set: the fields of {@link ProfileSettings}. */
    static final Set<String> SETTING_KEYS = Set.copyOf(ProfileSettings.DIMENSIONS);

    static final Set<String> VERSION_KEYS;

    static {
        Set<String> keys = new LinkedHashSet<>(SETTING_KEYS);
        keys.addAll(
                Set.of(
                        "version",
                        "validFrom",
                        "validTo",
                        "source",
                        "notes",
                        "carriedForwardFrom",
                        "conditionsNotChecked"));
        VERSION_KEYS = Set.copyOf(keys);
    }

    private final YamlFields y;
    private final String file;

    ProfileFileReader(String file, List<ProfileProblem> problems) {
        this.file = file;
        this.y = new YamlFields(file, problems);
    }

    @Nullable InsurerProfile read(Path path, boolean national) {
        Object doc;
        try {
            doc = YamlFields.load(path);
        } catch (Exception e) {
            y.problem("(file)", StoredText.of("yaml.unreadable", "error", YamlFields.loadError(e)));
            return null;
        }
        Map<String, Object> root = y.map(doc, "(file)");
        y.onlyKnownKeys(root, "", FILE_KEYS);
        String id = y.string(root, "", "id", true);
        String name = y.string(root, "", "name", true);
        List<InsurerLabel> labels = national ? List.of() : labels(root);
        if (national && root.containsKey("labels")) {
            y.problem("labels", StoredText.of("profile.nationalLabels"));
        }
        List<ProfileVersion> versions = new ArrayList<>();
        List<Object> raw = y.list(root, "", "versions", true);
        if (raw != null) {
            if (raw.isEmpty()) {
                y.problem("versions", StoredText.of("profile.noVersions"));
            }
            for (int i = 0; i < raw.size(); i++) {
                ProfileVersion v = version(raw.get(i), "versions[" + i + "]", national);
                if (v != null) {
                    versions.add(v);
                }
            }
        }
        versions.sort(java.util.Comparator.comparing(ProfileVersion::validFrom));
        if (id == null || name == null) {
            return null; // the missing field is a problem already
        }
        return new InsurerProfile(id, name, file, labels, List.copyOf(versions));
    }

    private List<InsurerLabel> labels(Map<String, Object> root) {
        List<InsurerLabel> labels = new ArrayList<>();
        List<Object> raw = y.list(root, "", "labels", true);
        if (raw == null) {
            return labels;
        }
        if (raw.isEmpty()) {
            y.problem("labels", StoredText.of("profile.noLabels"));
        }
        for (int i = 0; i < raw.size(); i++) {
            String path = "labels[" + i + "]";
            Map<String, Object> m = y.map(raw.get(i), path);
            y.onlyKnownKeys(m, path, LABEL_KEYS);
            String uzovi = y.string(m, path, "uzovi", true);
            if (uzovi != null && !uzovi.matches("\\d{4}")) {
                y.problem(
                        path + ".uzovi",
                        StoredText.of("profile.uzovi", "value", "'" + uzovi + "'"));
                uzovi = null;
            }
            String name = y.string(m, path, "name", true);
            Boolean verified = y.bool(m, path, "verified", true);
            if (uzovi != null && name != null) { // a missing name is a problem already
                labels.add(new InsurerLabel(uzovi, name, Boolean.TRUE.equals(verified)));
            }
        }
        return labels;
    }

    private @Nullable ProfileVersion version(
            @Nullable Object rawVersion, String path, boolean national) {
        Map<String, Object> m = y.map(rawVersion, path);
        y.onlyKnownKeys(m, path, VERSION_KEYS);
        String version = y.string(m, path, "version", true);
        LocalDate from = y.date(m, path, "validFrom", true);
        LocalDate to = y.date(m, path, "validTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            y.problem(
                    path + ".validTo",
                    StoredText.of("profile.validToBeforeFrom", "to", to, "from", from));
            return null;
        }
        Source source = source(m.get("source"), path + ".source");
        ProfileSettings settings = settings(m, path);
        if (national) {
            requireAllForNational(settings, path);
        }
        if (version == null || from == null || source == null) {
            return null;
        }
        verifiedOnlyWithQuotes(source, settings, path + ".source");
        String carried = y.string(m, path, "carriedForwardFrom", false);
        Set<String> notChecked =
                strings(m.get("conditionsNotChecked"), path + ".conditionsNotChecked");
        return new ProfileVersion(
                version,
                from,
                to,
                settings,
                source,
                carried,
                notChecked == null
                        ? List.of()
                        : List.copyOf(rawStrings(m.get("conditionsNotChecked"))));
    }

    /**
     * A dimension is verified only where a quote of the source names it; verified and illustrative
     * exclude each other.
     */
    private void verifiedOnlyWithQuotes(Source source, ProfileSettings settings, String path) {
        java.util.Collection<String> verified =
                source.verified()
                        ? ProfileSettings.DIMENSIONS.stream().filter(settings::sets).toList()
                        : source.verifiedDimensions();
        String field = source.verified() ? path + ".verified" : path + ".verifiedDimensions";
        for (String d : verified) {
            if (!source.quotes(d)) {
                y.problem(
                        field,
                        d
                                + " is marked verified but no quote in source.quotes names it; add the source's words"
                                + " (quotes: [{dimensions: ["
                                + d
                                + "], quote: \"...\"}]) or mark it unverified");
            }
            if (source.illustrativeDimensions().contains(d)) {
                y.problem(
                        path + ".illustrativeDimensions",
                        d + " is marked both verified and illustrative; it is one or the other");
            }
        }
        if (source.illustrative()
                && (source.verified() || !source.verifiedDimensions().isEmpty())) {
            y.problem(
                    path + ".illustrative",
                    "an illustrative version cannot also be verified; list the verified dimensions"
                            + " in verifiedDimensions and the invented ones in illustrativeDimensions instead");
        }
    }

    /** The entries of a list in their own order (conditions are read as written). */
    private static List<String> rawStrings(@Nullable Object raw) {
        return raw instanceof List<?> list
                ? list.stream().map(o -> String.valueOf(o).trim()).toList()
                : List.of();
    }

    private @Nullable Source source(@Nullable Object raw, String path) {
        if (raw == null) {
            y.problem(path, StoredText.of("profile.noSource"));
            return null;
        }
        Map<String, Object> m = y.map(raw, path);
        y.onlyKnownKeys(m, path, SOURCE_KEYS);
        String title = y.string(m, path, "title", true);
        Boolean verified = y.bool(m, path, "verified", true);
        if (title == null || verified == null) {
            return null;
        }
        Set<String> dims = dimensions(m.get("verifiedDimensions"), path + ".verifiedDimensions");
        Set<String> invented =
                dimensions(m.get("illustrativeDimensions"), path + ".illustrativeDimensions");
        Boolean illustrative = y.bool(m, path, "illustrative", false);
        return new Source(
                title,
                y.string(m, path, "url", false),
                y.string(m, path, "retrieved", false),
                y.string(m, path, "section", false),
                verified,
                y.string(m, path, "note", false),
                dims,
                Boolean.TRUE.equals(illustrative),
                invented,
                quotes(m.get("quotes"), path + ".quotes"));
    }

    private Set<String> dimensions(@Nullable Object raw, String path) {
        Set<String> dims = strings(raw, path);
        if (dims == null) {
            return Set.of();
        }
        for (String d : dims) {
            if (!SETTING_KEYS.contains(d)) {
                y.problem(
                        path,
                        StoredText.of(
                                "profile.notADimension",
                                "value",
                                "'" + d + "'",
                                "known",
                                new java.util.TreeSet<>(SETTING_KEYS)));
            }
        }
        return dims;
    }

    private List<Quote> quotes(@Nullable Object raw, String path) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            y.problem(
                    path, "expected a list of {dimensions: [...], quote: \"the source's words\"}");
            return List.of();
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            Map<String, Object> q = y.map(list.get(i), at);
            y.onlyKnownKeys(q, at, QUOTE_KEYS);
            String text = y.string(q, at, "quote", true);
            Set<String> dims = dimensions(q.get("dimensions"), at + ".dimensions");
            if (dims.isEmpty()) {
                y.problem(at + ".dimensions", "name the dimension(s) this quote backs");
            }
            if (text != null && !text.isBlank() && !dims.isEmpty()) {
                quotes.add(new Quote(List.copyOf(new java.util.TreeSet<>(dims)), text.trim()));
            } else if (text != null && text.isBlank()) {
                y.problem(at + ".quote", "an empty quote backs nothing; copy the source's words");
            }
        }
        return List.copyOf(quotes);
    }

    private ProfileSettings settings(Map<String, Object> m, String path) {
        return new ProfileSettings(
                y.bool(m, path, "contracted", false),
                y.minutes(m, path, "monthlyCapMinutes"),
                categoryCaps(
                        m.get("categoryCapsMinutes"), YamlFields.join(path, "categoryCapsMinutes")),
                categories(m.get("coveredCategories"), YamlFields.join(path, "coveredCategories")),
                products(m.get("excludedProducts"), YamlFields.join(path, "excludedProducts")),
                tariffs(m.get("tariffs"), YamlFields.join(path, "tariffs")),
                ceiling(m.get("tariffCeiling"), YamlFields.join(path, "tariffCeiling")),
                y.bool(m, path, "requiresApproval", false),
                y.bool(m, path, "requiresRegularCareSameMonth", false),
                y.bool(m, path, "excludesWlzIndication", false),
                y.bool(m, path, "requiresZvw", false),
                codes(m.get("technologyCodes"), YamlFields.join(path, "technologyCodes")),
                codes(m.get("regularCareCodes"), YamlFields.join(path, "regularCareCodes")));
    }

    private @Nullable Map<Technology, Integer> categoryCaps(@Nullable Object raw, String path) {
        if (raw == null) {
            return null;
        }
        Map<Technology, Integer> caps = new EnumMap<>(Technology.class);
        for (Map.Entry<String, Object> e : y.map(raw, path).entrySet()) {
            var tech = Technology.parse(String.valueOf(e.getKey()));
            if (tech.isEmpty()) {
                y.problem(path + "." + e.getKey(), StoredText.of("profile.notACategory"));
                continue;
            }
            Integer minutes = y.minutes(e.getValue(), path + "." + e.getKey());
            if (minutes != null) {
                caps.put(tech.get(), minutes);
            }
        }
        return Map.copyOf(caps);
    }

    private @Nullable Set<Technology> categories(@Nullable Object raw, String path) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list)) {
            y.problem(path, StoredText.of("profile.expectedCategoryList"));
            return null;
        }
        Set<Technology> set = java.util.EnumSet.noneOf(Technology.class);
        for (Object o : list) {
            var tech = Technology.parse(String.valueOf(o));
            if (tech.isEmpty()) {
                y.problem(path, StoredText.of("profile.notACategoryValue", "value", "'" + o + "'"));
            } else {
                set.add(tech.get());
            }
        }
        return Set.copyOf(set);
    }

    private @Nullable Set<String> products(@Nullable Object raw, String path) {
        Set<String> names = strings(raw, path);
        if (names == null) {
            return null;
        }
        Set<String> lower = new java.util.TreeSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(lower);
    }

    private @Nullable Set<String> codes(@Nullable Object raw, String path) {
        return strings(raw, path);
    }

    private @Nullable Set<String> strings(@Nullable Object raw, String path) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list)) {
            y.problem(path, StoredText.of("profile.expectedList"));
            return null;
        }
        Set<String> set = new java.util.TreeSet<>();
        for (Object o : list) {
            if (o == null || o instanceof Map || o instanceof List || String.valueOf(o).isBlank()) {
                y.problem(path, StoredText.of("profile.expectedNames", YamlFields.found(o)));
            } else {
                set.add(String.valueOf(o).trim());
            }
        }
        return Set.copyOf(set);
    }

    private @Nullable Map<String, Money> tariffs(@Nullable Object raw, String path) {
        if (raw == null) {
            return null;
        }
        Map<String, Money> tariffs = new TreeMap<>();
        for (Map.Entry<String, Object> e : y.map(raw, path).entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!key.equals("V") && !key.equals("PV")) {
                y.problem(path + "." + key, StoredText.of("profile.unknownTariff"));
                continue;
            }
            Money m = y.money(e.getValue(), path + "." + key);
            if (m != null) {
                if (m.isZero()) {
                    y.problem(path + "." + key, StoredText.of("profile.zeroTariff"));
                } else {
                    tariffs.put(key, m);
                }
            }
        }
        return Map.copyOf(tariffs);
    }

    private @Nullable TariffCeiling ceiling(@Nullable Object raw, String path) {
        if (raw == null) {
            return null;
        }
        Map<String, Object> m = y.map(raw, path);
        y.onlyKnownKeys(m, path, CEILING_KEYS);
        String basisText = y.string(m, path, "basis", true);
        TariffBasis basis = null;
        if (basisText != null) {
            try {
                basis = TariffBasis.valueOf(basisText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                y.problem(
                        path + ".basis",
                        StoredText.of("profile.notABasis", "value", "'" + basisText + "'"));
            }
        }
        BigDecimal pct = y.decimal(m.get("percentage"), path + ".percentage");
        if (pct == null) {
            pct = TariffCeiling.HUNDRED;
        } else if (pct.signum() <= 0 || pct.compareTo(TariffCeiling.HUNDRED) > 0) {
            y.problem(
                    path + ".percentage",
                    StoredText.of("profile.percentage", "value", pct.toPlainString()));
        }
        Money amount = y.money(m.get("amount"), path + ".amount");
        if (basis == TariffBasis.FIXED && amount == null && !m.containsKey("amount")) {
            y.problem(path + ".amount", StoredText.of("profile.fixedNeedsAmount"));
        }
        if (basis != null && basis != TariffBasis.FIXED && m.containsKey("amount")) {
            y.problem(path + ".amount", StoredText.of("profile.amountOnlyFixed"));
        }
        return basis == null ? null : new TariffCeiling(basis, pct, amount);
    }

    private void requireAllForNational(ProfileSettings s, String path) {
        String[] names = {
            "contracted",
            "monthlyCapMinutes",
            "categoryCapsMinutes",
            "coveredCategories",
            "excludedProducts",
            "tariffs",
            "tariffCeiling",
            "requiresApproval",
            "requiresRegularCareSameMonth",
            "excludesWlzIndication",
            "requiresZvw",
            "technologyCodes",
            "regularCareCodes"
        };
        Object[] values = {
            s.contracted(),
            s.monthlyCapMinutes(),
            s.categoryCapsMinutes(),
            s.coveredCategories(),
            s.excludedProducts(),
            s.tariffs(),
            s.tariffCeiling(),
            s.requiresApproval(),
            s.requiresRegularCareSameMonth(),
            s.excludesWlzIndication(),
            s.requiresZvw(),
            s.technologyCodes(),
            s.regularCareCodes()
        };
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null) {
                y.problem(path + "." + names[i], StoredText.of("profile.nationalSetsAll"));
            }
        }
    }
}
