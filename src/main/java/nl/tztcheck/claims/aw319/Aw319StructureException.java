package nl.tztcheck.claims.aw319;

import java.util.List;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * An AW319 file that breaks the format: it is refused as a whole, nothing in it is checked, and the
 * command exits with 2. It carries every problem of the file, found in one pass.
 */
public class Aw319StructureException extends RuntimeException {

    private final String file;
    private final List<StructuralProblem> problems;

    public Aw319StructureException(String file, List<StructuralProblem> problems) {
        super(
                file
                        + " is not a valid AW319 file: "
                        + problems.size()
                        + " structural problem(s)"
                        + (problems.isEmpty() ? "" : ", the first: " + problems.get(0).describe()));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<StructuralProblem> problems() {
        return problems;
    }

    /**
     * One line per problem (file, record, position, field, retourcode, what is wrong and what to
     * do), then one line saying what happens now; in English.
     */
    public String describe() {
        return describe(Language.EN);
    }

    /** {@link #describe()} in {@code language}. */
    public String describe(Language language) {
        Messages texts = Messages.of(StructuralProblem.BUNDLE, language);
        StringBuilder sb =
                new StringBuilder(texts.get("aw319.refused", "file", file, "n", problems.size()));
        for (StructuralProblem p : problems) {
            sb.append(System.lineSeparator())
                    .append("  ")
                    .append(file)
                    .append(", ")
                    .append(p.describe(language));
        }
        sb.append(System.lineSeparator()).append(texts.get("aw319.refused.whatToDo"));
        return sb.toString();
    }
}
