package nl.tztcheck.cli;

/** The process exit codes, as documented in the README. */
public final class ExitCodes {

    /** The run completed (findings or not). */
    public static final int COMPLETED = 0;

    /** Something failed inside the tool; the run can be restarted with the same command. */
    public static final int INTERNAL_FAILURE = 1;

    /** Input or configuration unusable: nothing was checked; the message says what to fix. */
    public static final int UNUSABLE_INPUT = 2;

    /** {@code --fail-on} was given and findings of that severity exist. */
    public static final int FINDINGS_AT_FAIL_LEVEL = 3;

    private ExitCodes() {}
}
