package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.comparison.wlz.InvalidPolicyException;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.profiles.InvalidProfilesException;

/**
 * The comparison commands' one place that turns broken input into a message and exit code 2
 * (nothing written); an unexpected failure is exit 1. The sentence around the problem is in the
 * command's language ({@code i18n/comparisoncli_<nl|en>.properties}).
 */
final class ComparisonFailures {

    static final String BUNDLE = "comparisoncli";

    /** A command body that may fail on its input. */
    @FunctionalInterface
    interface Body {
        int run() throws IOException;
    }

    /** A command body that speaks the language given with --lang. */
    @FunctionalInterface
    interface LocalizedBody {
        int run(Language language) throws IOException;
    }

    private ComparisonFailures() {}

    /** In English: for the comparison commands without --lang. */
    static int run(PrintWriter err, String command, Body body) {
        return run(err, command, Language.EN, body);
    }

    /**
     * With --lang (nl, en); an unknown language is exit 2, said in both languages, before anything
     * is read.
     */
    static int run(PrintWriter err, String command, String lang, LocalizedBody body) {
        Language language;
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            for (Language l : Language.values()) {
                err.println(Messages.of(BUNDLE, l).get("unknownLanguage", "value", lang));
            }
            err.flush();
            return ExitCodes.UNUSABLE_INPUT;
        }
        return run(err, command, language, () -> body.run(language));
    }

    static int run(PrintWriter err, String command, Language language, Body body) {
        Messages texts = Messages.of(BUNDLE, language);
        try {
            return body.run();
        } catch (InvalidProfilesException | InvalidPolicyException e) {
            return fail(err, texts, command, e.getMessage());
        } catch (UnusableInputException e) {
            return fail(err, texts, command, e.describe());
        } catch (IllegalArgumentException e) {
            return fail(err, texts, command, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return fail(err, texts, command, texts.get("io", "problem", e.getMessage()));
        } catch (RuntimeException e) {
            err.println(texts.get("internal", "command", command, "problem", e));
            err.flush();
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    private static int fail(PrintWriter err, Messages texts, String command, String message) {
        err.println(texts.get("failed", "command", command, "problem", message));
        err.println(texts.get("nothingWritten"));
        err.flush();
        return ExitCodes.UNUSABLE_INPUT;
    }
}
