package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.comparison.wlz.InvalidPolicyException;
import nl.tztcheck.profiles.InvalidProfilesException;

/**
 * The comparison commands' one place that turns broken input into a message and exit code 2
 * (nothing written); an unexpected failure is exit 1.
 */
final class ComparisonFailures {

    /** A command body that may fail on its input. */
    @FunctionalInterface
    interface Body {
        int run() throws IOException;
    }

    private ComparisonFailures() {
    }

    static int run(PrintWriter err, String command, Body body) {
        try {
            return body.run();
        } catch (InvalidProfilesException | InvalidPolicyException e) {
            return fail(err, command, e.getMessage());
        } catch (UnusableInputException e) {
            return fail(err, command, e.describe());
        } catch (IllegalArgumentException e) {
            return fail(err, command, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return fail(err, command, e.getMessage() + ". Check the path and that you may read (and write to --out) there");
        } catch (RuntimeException e) {
            err.println(command + " failed: " + e);
            err.flush();
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    private static int fail(PrintWriter err, String command, String message) {
        err.println("Cannot run " + command + ": " + message);
        err.println("Nothing was written.");
        err.flush();
        return ExitCodes.UNUSABLE_INPUT;
    }
}
