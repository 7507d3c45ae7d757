package nl.tztcheck.cli;

/**
 * A mistake the user can fix (a wrong option value, an output folder that is a file, a full disk):
 * the command ends with {@link ExitCodes#UNUSABLE_INPUT} and the message, one sentence saying what,
 * where and what to do, without a stack trace ({@link CommandLineErrors}). The message is already
 * in the user's language.
 */
public final class UserMistake extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserMistake(String sentence) {
        super(sentence, null, false, false);
    }
}
