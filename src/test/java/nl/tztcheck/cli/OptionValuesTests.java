package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.samples.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option values as a Dutch finance employee types them: choices in any case and in Dutch, dates
 * day-first as in the export, one meaning of {@code --out}, and a description for every option.
 * Parsing only: nothing runs.
 */
class OptionValuesTests {

    private final CommandLine cli = CommandLineErrors.install(new CommandLine(new TztCheckCli()));

    /**
     * The command as parsed, on a command line of its own (picocli fills the same command objects
     * on every parse).
     */
    @SuppressWarnings("unchecked")
    private static <T> T parsed(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command.split(" ")));
        all.addAll(List.of(args));
        CommandLine fresh = CommandLineErrors.install(new CommandLine(new TztCheckCli()));
        List<CommandLine> parsed = fresh.parseArgs(all.toArray(String[]::new)).asCommandLineList();
        return (T) parsed.get(parsed.size() - 1).getCommand();
    }

    @ParameterizedTest(name = "--fail-on {0}")
    @CsvSource({
        "ERROR, ERROR",
        "error, ERROR",
        "Fout, ERROR",
        "FOUT, ERROR",
        "warning, WARNING",
        "waarschuwing, WARNING",
        "WAARSCHUWING, WARNING",
        "Info, INFO",
        "informatie, INFO"
    })
    void failOnTakesTheSeverityInAnyCaseInEnglishOrDutch(String typed, Severity meant) {
        CheckCommand check = parsed("check", "--fail-on", typed);
        assertThat(check.failOn).isEqualTo(meant);
    }

    @Test
    void theStyleAndTheLanguageTakeDutchWordsToo() {
        GenerateCommand generate =
                parsed("generate", "--out-file", "x.csv", "--style", "Eenvoudig");
        assertThat(generate.style).isEqualTo(Style.PLAIN);
        assertThat(Language.parse("Nederlands")).isEqualTo(Language.NL);
        assertThat(Language.parse("ENGELS")).isEqualTo(Language.EN);
    }

    @ParameterizedTest(name = "--date {0}")
    @CsvSource({"2024-03-01", "01-03-2024", "1-3-2024", "01/03/2024", "20240301"})
    void everyDateOptionTakesIsoAndDayFirst(String typed) {
        CompareProfilesCommand compare =
                parsed("compare-profiles", "--date", typed, "--from", typed);
        BreakEvenCommand breakEven = parsed("break-even", "--date", typed);
        ExportAw319Command export =
                parsed(
                        "export-aw319",
                        "--claims",
                        "c.csv",
                        "--out-file",
                        "c.asc",
                        "--invoice-date",
                        typed);
        assertThat(List.of(compare.date, compare.from, breakEven.date, export.invoiceDate))
                .containsOnly(LocalDate.of(2024, 3, 1));
    }

    @Test
    void monthsTakeIsoAndMonthFirst() {
        GenerateCommand iso = parsed("generate", "--out-file", "x.csv", "--first-month", "2024-03");
        GenerateCommand dutch =
                parsed("generate", "--out-file", "x.csv", "--first-month", "03-2024");
        assertThat(List.of(iso.firstMonth, dutch.firstMonth)).containsOnly(YearMonth.of(2024, 3));
    }

    @Test
    void theCommandsThatWriteOneFileNameItOutFileAndStillTakeTheOldOut() {
        GenerateCommand generate = parsed("generate", "--out-file", "new.csv");
        GenerateCommand old = parsed("generate", "--out", "old.csv");
        ExportAw319Command export =
                parsed("export-aw319", "--claims", "c.csv", "--out-file", "c.asc");
        assertThat(generate.out).isEqualTo(Path.of("new.csv"));
        assertThat(old.out).isEqualTo(Path.of("old.csv"));
        assertThat(export.out).isEqualTo(Path.of("c.asc"));
        // everywhere else --out is a directory
        assertThat(outOptions(cli.getCommandSpec()))
                .allSatisfy(o -> assertThat(o.paramLabel()).isEqualTo("DIR"));
    }

    private static List<OptionSpec> outOptions(CommandSpec spec) {
        List<OptionSpec> found = new ArrayList<>();
        spec.options().stream().filter(o -> o.longestName().equals("--out")).forEach(found::add);
        spec.subcommands().values().forEach(sub -> found.addAll(outOptions(sub.getCommandSpec())));
        return found;
    }

    @Test
    void everyOptionOfEveryCommandHasADescription() {
        List<String> undescribed = new ArrayList<>();
        undescribed(cli.getCommandSpec(), undescribed);
        assertThat(undescribed).isEmpty();
    }

    private static void undescribed(CommandSpec spec, List<String> found) {
        for (OptionSpec o : spec.options()) {
            if (String.join("", o.description()).isBlank()) {
                found.add(spec.qualifiedName() + " " + o.longestName());
            }
        }
        spec.subcommands().values().forEach(sub -> undescribed(sub.getCommandSpec(), found));
    }
}
