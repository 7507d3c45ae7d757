package nl.tztcheck.comparison.wlz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.tztcheck.profiles.Source;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates every {@code *.yaml} in the zorgkantoor-profiles directory; all problems at
 * once.
 */
public final class ZorgkantoorPolicyReader {

    static final Set<String> FILE_KEYS =
            Set.of(
                    "id",
                    "name",
                    "description",
                    "validFrom",
                    "validTo",
                    "source",
                    "terms",
                    "unclear",
                    "technology");
    static final Set<String> SOURCE_KEYS =
            Set.of("title", "url", "retrieved", "section", "verified", "note");

    private ZorgkantoorPolicyReader() {}

    /**
     * @throws InvalidPolicyException listing every problem with file and field
     */
    public static List<ZorgkantoorPolicy> readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidPolicyException(
                    List.of(
                            dir
                                    + ": not a directory; pass --zorgkantoor-profiles with the directory of zorgkantoor YAML files"));
        }
        List<String> problems = new ArrayList<>();
        List<ZorgkantoorPolicy> policies = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : yamlFiles(dir)) {
            ZorgkantoorPolicy p = read(f, problems);
            if (p != null && !ids.add(p.id())) {
                problems.add(
                        f.getFileName()
                                + ", field id: '"
                                + p.id()
                                + "' is used by another file too");
            } else if (p != null) {
                policies.add(p);
            }
        }
        if (policies.isEmpty() && problems.isEmpty()) {
            problems.add(dir + ": holds no *.yaml zorgkantoor profile");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        return List.copyOf(policies);
    }

    static @Nullable ZorgkantoorPolicy read(Path path, List<String> problems) {
        String file = path.getFileName().toString();
        PolicyYaml y = new PolicyYaml(file, problems);
        Object doc;
        try {
            doc = PolicyYaml.load(path);
        } catch (IOException | RuntimeException e) {
            y.problem(
                    "(file)",
                    "not readable as YAML: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return null;
        }
        int before = problems.size();
        Map<String, Object> root = y.map(doc, "(file)");
        y.onlyKnownKeys(root, "", FILE_KEYS);
        String id = y.string(root, "", "id", true);
        String name = y.string(root, "", "name", true);
        LocalDate from = y.date(root, "", "validFrom");
        LocalDate to = y.date(root, "", "validTo");
        if (from != null && to != null && to.isBefore(from)) {
            y.problem("validTo", "validTo " + to + " lies before validFrom " + from);
        }
        Source source = source(y, root.get("source"));
        Map<Term, TermValue> terms = terms(y, root.get("terms"));
        List<String> unclear = unclear(y, root.get("unclear"));
        String technology = y.string(root, "", "technology", false);
        if (problems.size() > before) {
            return null;
        }
        // each of these is null only after a problem was recorded (required fields, source), and
        // there was none
        return new ZorgkantoorPolicy(
                Objects.requireNonNull(id),
                Objects.requireNonNull(name),
                file,
                Objects.requireNonNull(from),
                Objects.requireNonNull(to),
                Objects.requireNonNull(source),
                terms,
                unclear,
                Objects.requireNonNullElse(technology, ""));
    }

    private static @Nullable Source source(PolicyYaml y, @Nullable Object raw) {
        if (raw == null) {
            y.problem("source", "state where the policy comes from (title, verified: true|false)");
            return null;
        }
        Map<String, Object> m = y.map(raw, "source");
        y.onlyKnownKeys(m, "source", SOURCE_KEYS);
        String title = y.string(m, "source", "title", true);
        Boolean verified = y.bool(m, "source", "verified");
        // a missing title is a problem recorded above, so read() drops this policy and the "" is
        // never shown
        return new Source(
                title == null ? "" : title,
                y.string(m, "source", "url", false),
                y.string(m, "source", "retrieved", false),
                y.string(m, "source", "section", false),
                Boolean.TRUE.equals(verified),
                y.string(m, "source", "note", false));
    }

    private static Map<Term, TermValue> terms(PolicyYaml y, @Nullable Object raw) {
        Map<Term, TermValue> terms = new EnumMap<>(Term.class);
        if (raw == null) {
            y.problem("terms", "is required; at least 'base' (the richttarief percentage)");
            return terms;
        }
        y.map(raw, "terms")
                .forEach(
                        (key, value) ->
                                Term.ofKey(key)
                                        .ifPresentOrElse(
                                                t ->
                                                        terms.put(
                                                                t,
                                                                TermRules.read(
                                                                        y,
                                                                        t,
                                                                        value,
                                                                        "terms." + key)),
                                                () ->
                                                        y.problem(
                                                                "terms." + key,
                                                                "unknown term; known terms are "
                                                                        + Stream.of(Term.values())
                                                                                .map(Term::key)
                                                                                .toList())));
        if (!terms.containsKey(Term.BASE) || terms.get(Term.BASE).percentage() == null) {
            y.problem("terms.base", "is required with a percentage (the richttarief, e.g. 95.5)");
        }
        return terms;
    }

    private static List<String> unclear(PolicyYaml y, @Nullable Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof List<?> list && list.stream().allMatch(o -> o instanceof String)) {
            return list.stream().map(o -> ((String) o).trim()).toList();
        }
        y.problem("unclear", "expected a list of texts");
        return List.of();
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(
                            p ->
                                    Files.isRegularFile(p)
                                            && (p.toString().endsWith(".yaml")
                                                    || p.toString().endsWith(".yml")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
