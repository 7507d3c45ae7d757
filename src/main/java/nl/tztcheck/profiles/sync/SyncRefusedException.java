package nl.tztcheck.profiles.sync;

/**
 * A profile set was not taken over (or rolled back); the local set is untouched. The message says
 * why and what to do.
 */
public class SyncRefusedException extends RuntimeException {

    public SyncRefusedException(String message) {
        super(message);
    }

    public SyncRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
