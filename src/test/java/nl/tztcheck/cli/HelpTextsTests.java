package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every --help text, of every command and every option, exists in Dutch and in English; Dutch
 * unless --lang en.
 */
class HelpTextsTests {

    /** Every command of the tool, subcommands included. */
    private static List<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new TztCheckCli()), all);
        return all;
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        c.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    /**
     * The key picocli looks an option's description up by: the command's qualified name and the
     * option's longest name.
     */
    private static String key(CommandSpec command, OptionSpec option) {
        return command.qualifiedName(".") + "." + option.longestName().replaceFirst("^-+", "");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void everyCommandAndEveryOptionHasAHelpText(Language language) {
        ResourceBundle texts = HelpTexts.bundle(language);
        List<String> missing = new ArrayList<>();
        for (CommandLine c : commands()) {
            CommandSpec spec = c.getCommandSpec();
            String description = spec.qualifiedName(".") + ".usage.description";
            if (!texts.containsKey(description) || texts.getString(description).isBlank()) {
                missing.add(description);
            }
            for (OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue; // the shared "help" and "version" keys
                }
                if (!texts.containsKey(key(spec, o)) || texts.getString(key(spec, o)).isBlank()) {
                    missing.add(key(spec, o));
                }
            }
        }
        assertThat(texts.getString("help")).isNotBlank();
        assertThat(texts.getString("version")).isNotBlank();
        assertThat(missing)
                .as("help texts missing from i18n/help_%s.properties", language.code())
                .isEmpty();
    }

    @Test
    void helpIsDutchByDefaultAndEnglishWithLangEnWhereverItStands() {
        // given the check command's help as a user asks for it
        String dutch = usage("check", "--help");
        String english = usage("check", "--help", "--lang", "en");
        String englishFirst = usage("--lang=en", "check", "--help");

        // then the default is Dutch, headings and option texts alike; --lang en anywhere gives
        // English
        assertThat(dutch)
                .startsWith("Gebruik: tzt-check check")
                .contains("Map voor de uitvoer. Standaard: out")
                .contains("Toon deze hulp en stop.")
                .doesNotContain("Output directory");
        assertThat(english)
                .startsWith("Usage: tzt-check check")
                .contains("Output directory. Default: out")
                .contains("Show this help message and exit.");
        assertThat(englishFirst).isEqualTo(english);
        // and the top-level help lists the commands under a Dutch heading
        assertThat(usage("--help"))
                .contains("Opdrachten:")
                .contains("Controleert een declaratie-export");
    }

    /**
     * The usage text of the command named by the arguments, in the language they (or TZT_LANG) ask
     * for.
     */
    private static String usage(String... args) {
        CommandLine cli = HelpTexts.localise(new CommandLine(new TztCheckCli()), args);
        CommandLine target = cli;
        for (String a : args) {
            if (target.getSubcommands().containsKey(a)) {
                target = target.getSubcommands().get(a);
            }
        }
        return target.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
