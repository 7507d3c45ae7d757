package nl.tztcheck.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * A test that needs a program from the system (Chromium, LibreOffice): skipped where it is not
 * installed, but failed on CI (CI=true), which installs it, so a missing install step is never
 * hidden.
 */
public final class RequiredTool {

    private RequiredTool() {}

    /**
     * Fails on CI, skips elsewhere, when {@code present} is false; the message says what to
     * install.
     */
    public static void require(boolean present, String what, String install) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + " is not installed; install it with: " + install);
        }
        Assumptions.abort(what + " is not installed (" + install + ")");
    }
}
