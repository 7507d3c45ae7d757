package nl.tztcheck.profiles;

import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.i18n.StoredText;

/**
 * One thing wrong in a profile or cost file: where, which field, what, and the fix. The problem is
 * found without a language ({@link StoredText}, keys of {@code i18n/validation_<nl|en>.properties})
 * and worded by the command line in the user's: {@link #describe(Language)}. {@link #problem()} and
 * {@link #toString()} word it in English.
 */
public record ProfileProblem(String file, String field, String problem) {

    public static final String BUNDLE = "validation";

    /** The problem in English. */
    @Override
    public String problem() {
        return problem(Language.EN);
    }

    public String problem(Language language) {
        return StoredText.render(problem, BUNDLE, language);
    }

    /**
     * "file, field f: problem" (Dutch: "file, veld f: ..."); "(file)" and "(directory)" worded too.
     */
    public String describe(Language language) {
        Messages texts = Messages.of(BUNDLE, language);
        String where =
                switch (field) {
                    case "(file)" -> texts.get("where.file");
                    case "(directory)" -> texts.get("where.directory");
                    default -> field;
                };
        return texts.get(
                "where.fileField", "file", file, "field", where, "problem", problem(language));
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
