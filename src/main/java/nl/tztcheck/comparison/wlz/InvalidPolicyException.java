package nl.tztcheck.comparison.wlz;

import java.util.List;

/** The zorgkantoor profiles cannot be used: every problem with its file and field. */
public class InvalidPolicyException extends RuntimeException {

    private final List<String> problems;

    public InvalidPolicyException(List<String> problems) {
        super(
                problems.size()
                        + " problem(s) in the zorgkantoor profiles:\n  - "
                        + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
