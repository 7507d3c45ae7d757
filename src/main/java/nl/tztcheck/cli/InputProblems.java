package nl.tztcheck.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.NotAClaimsFileException;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.claims.aw319.Aw319StructureException;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileProblem;

/**
 * Every problem of a check's inputs, gathered in one pass before anything is checked and listed
 * under the file it is in: the insurer profiles, the cost file, the export (its header, or its
 * AW319 structure), the technology and Wlz mappings and the device list. A person fixes them all in
 * one go instead of meeting them one run at a time. The validators' own words are kept; the
 * headings and the sentences around them come from {@code i18n/terminal_<nl|en>.properties}.
 */
final class InputProblems {

    /** Which input a file is; its heading names it. */
    enum Role {
        PROFILES,
        COSTS,
        EXPORT,
        TECHNOLOGY_MAP,
        WLZ_MAP,
        DEVICES
    }

    private record Where(Role role, String file) {}

    private final Map<Where, List<String>> byFile = new LinkedHashMap<>();
    private final Messages texts;

    InputProblems(Messages texts) {
        this.texts = texts;
    }

    void add(Role role, String file, String problem) {
        byFile.computeIfAbsent(new Where(role, file), w -> new ArrayList<>()).add(problem);
    }

    /** Each problem of a profile set or a cost file, under its own file. */
    void add(Role role, InvalidProfilesException e) {
        for (ProfileProblem p : e.problems()) {
            // "(file)" and "(directory)" stand for the whole file: the heading names it already
            add(
                    role,
                    p.file(),
                    p.field().startsWith("(")
                            ? p.problem(texts.language())
                            : texts.get(
                                    "problems.field",
                                    "field",
                                    p.field(),
                                    "problem",
                                    p.problem(texts.language())));
        }
    }

    void add(Role role, UnusableInputException e) {
        add(
                role,
                e.file(),
                e instanceof NotAClaimsFileException n
                        ? n.describe(texts.language())
                        : e.describe(texts.language()));
    }

    void add(Aw319StructureException e) {
        e.problems().forEach(p -> add(Role.EXPORT, e.file(), p.describe(texts.language())));
    }

    boolean isEmpty() {
        return byFile.isEmpty();
    }

    /** The problems, a heading per file, then what to do. */
    void print(PrintStream err) {
        int count = byFile.values().stream().mapToInt(List::size).sum();
        err.println(texts.get("problems.intro", "problems", count, "files", byFile.size()));
        byFile.forEach(
                (where, problems) -> {
                    err.println(
                            "  "
                                    + texts.get(
                                            "problems.role." + where.role().name(),
                                            "file",
                                            where.file()));
                    problems.forEach(p -> err.println("    - " + p.replace("\n", "\n      ")));
                });
        err.println(texts.get("check.fixAndRerun"));
    }
}
