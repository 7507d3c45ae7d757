package nl.tztcheck.batch;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Whether a person watches the run on an interactive terminal, and where to draw for them. Detected
 * from the console, or told with {@code -Dtzt.terminal=true|false} (e.g. under a wrapper that hides
 * the terminal, and in tests).
 */
public final class Terminal {

    /** The system property that overrides the detection. */
    public static final String PROPERTY = "tzt.terminal";

    private Terminal() {}

    /**
     * True when a person watches: a console, with neither output redirected. (On JDK 22+ {@code
     * System.console()} exists even when redirected, so its {@code isTerminal()} is asked too.)
     */
    public static boolean interactive() {
        String told = System.getProperty(PROPERTY);
        if (told != null && !told.isBlank()) {
            return Boolean.parseBoolean(told.trim());
        }
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // JDK 17-21: a console exists only when both streams are a terminal
        }
    }

    /**
     * The console's writer, or standard output when there is no console (the terminal mode was
     * told, not detected).
     */
    static PrintWriter writer() {
        Console c = System.console();
        return c != null
                ? c.writer()
                : new PrintWriter(
                        new java.io.OutputStreamWriter(System.out, Charset.defaultCharset()), true);
    }
}
