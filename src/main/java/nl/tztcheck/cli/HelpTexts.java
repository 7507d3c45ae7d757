package nl.tztcheck.cli;

import java.util.ResourceBundle;
import nl.tztcheck.i18n.Language;
import picocli.CommandLine;

/**
 * The {@code --help} texts of every command and option in the user's language: Dutch by default,
 * English when the command line holds {@code --lang en} (anywhere, also before {@code --help}) or
 * {@code TZT_LANG=en} is set ({@link CommandLineErrors#language}). The texts are in {@code
 * i18n/help_<nl|en>.properties} under picocli's keys; an option without a key there shows the
 * description in its annotation (a fallback, HelpTextsTests keeps it unused).
 */
final class HelpTexts {

    static final String BUNDLE = "i18n.help";

    private HelpTexts() {}

    /** The help bundle of {@code language}, without falling back to the JVM's locale. */
    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * {@code cli} and all its subcommands with their help in the language the arguments (or
     * TZT_LANG) ask for.
     */
    static CommandLine localise(CommandLine cli, String... args) {
        return cli.setResourceBundle(bundle(CommandLineErrors.language(args)));
    }
}
