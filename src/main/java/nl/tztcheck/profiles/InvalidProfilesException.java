package nl.tztcheck.profiles;

import java.util.List;
import java.util.stream.Collectors;

/** The profile set (or cost file) cannot be used; the run stops before any claim is read. */
public class InvalidProfilesException extends RuntimeException {

    private final List<ProfileProblem> problems;

    public InvalidProfilesException(List<ProfileProblem> problems) {
        super(problems.size() + " problem(s) in the insurer profiles:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
