package nl.tztcheck.claims;

import java.util.List;

/**
 * Every problem of a device list ({@code check --devices}), each naming its file, line and column:
 * nothing is checked.
 */
public class InvalidDeviceListException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<UnusableInputException> problems;

    public InvalidDeviceListException(List<UnusableInputException> problems) {
        super(problems.get(0).getMessage(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<UnusableInputException> problems() {
        return problems;
    }
}
