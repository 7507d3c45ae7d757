package nl.tztcheck.claims;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.i18n.StoredText;

/**
 * The input as a whole cannot be checked (no header, missing column, unreadable file): nothing is
 * checked and the command exits with 2. Individual bad rows are rejects, never this. The problem
 * and what to do may be {@link StoredText}s of {@code i18n/validation_<nl|en>.properties}, worded
 * by {@link #describe(Language)}; {@link #getMessage()}, {@link #whatToDo()} and {@link
 * #describe()} word them in English.
 */
public class UnusableInputException extends RuntimeException {

    static final String BUNDLE = "validation";

    private final String file;
    private final long line;
    private final String field;
    private final String problem;
    private final String whatToDo;

    public UnusableInputException(
            String file, long line, String field, String problem, String whatToDo) {
        super(problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
        this.whatToDo = whatToDo;
    }

    @Override
    public String getMessage() {
        return StoredText.render(problem, BUNDLE, Language.EN);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String whatToDo() {
        return StoredText.render(whatToDo, BUNDLE, Language.EN);
    }

    /** One message naming file, line, field, the problem and the fix, in English. */
    public String describe() {
        return describe(Language.EN);
    }

    /** One message naming file, line, field, the problem and the fix, in {@code language}. */
    public String describe(Language language) {
        Messages texts = Messages.of(BUNDLE, language);
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", ").append(texts.get("where.line", "line", line));
        }
        if (field != null && !field.isBlank()) {
            sb.append(", ").append(texts.get("where.field", "field", field));
        }
        return sb.append(": ")
                .append(StoredText.render(problem, BUNDLE, language))
                .append(". ")
                .append(
                        texts.get(
                                "whatToDo",
                                "whatToDo",
                                StoredText.render(whatToDo, BUNDLE, language)))
                .toString();
    }
}
