package nl.tztcheck.profiles;

import java.util.List;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/** The profile set (or cost file) cannot be used; the run stops before any claim is read. */
public class InvalidProfilesException extends RuntimeException {

    private final List<ProfileProblem> problems;

    public InvalidProfilesException(List<ProfileProblem> problems) {
        super(describe(problems, Language.EN));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    /** The count and one line per problem, in {@code language}. */
    public String describe(Language language) {
        return describe(problems, language);
    }

    private static String describe(List<ProfileProblem> problems, Language language) {
        StringBuilder b =
                new StringBuilder(
                        Messages.of(ProfileProblem.BUNDLE, language)
                                .get("profiles.problems", "n", problems.size()));
        for (ProfileProblem p : problems) {
            b.append("\n  - ").append(p.describe(language));
        }
        return b.toString();
    }
}
