package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.ExportOrder;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.GeneratorSummary;
import nl.tztcheck.samples.Mix;
import nl.tztcheck.samples.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes a seeded, reproducible sample claims export. Pure Java, no Spring: the
 * same options always give the same bytes.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description =
                "Writes a seeded, reproducible sample claims export (the same options give a byte-identical file).")
public final class GenerateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    // --out is a directory for every other command; here it is a file, hence --out-file (--out
    // still works, deprecated)
    @Option(
            names = {"--out-file", "--out"},
            paramLabel = "FILE",
            required = true,
            description =
                    "Het CSV-bestand dat wordt geschreven (overschreven). --out is de oude, verouderde naam van deze optie.")
    Path out;

    @Option(
            names = "--clients",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Number of clients. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(
            names = "--months",
            paramLabel = "N",
            defaultValue = "3",
            description = "Number of consecutive months. Default: ${DEFAULT-VALUE}")
    int months;

    @Option(
            names = "--first-month",
            paramLabel = "YYYY-MM",
            defaultValue = "2024-01",
            description = "The first month of service dates. Default: ${DEFAULT-VALUE}")
    YearMonth firstMonth;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Seed of every random choice. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--style",
            paramLabel = "excel|plain",
            defaultValue = "excel",
            description =
                    "excel: ';', decimal commas, dd-mm-yyyy, Dutch headers, Windows-1252; "
                            + "plain: ',', decimal points, ISO dates, English headers, UTF-8. Default: ${DEFAULT-VALUE}")
    Style style;

    @Option(
            names = "--no-bad-rows",
            description = "Leave out the few deliberately unreadable rows (about 1 in 2,500).")
    boolean noBadRows;

    @Option(
            names = "--mix",
            paramLabel = "light|heavy",
            defaultValue = "light",
            description =
                    "light: de realistische mix (ongeveer een bevinding per zeven regels); heavy: bevindingen op de"
                            + " meeste regels (veel 1062-regels per maand, plafonds overschreden, tarieven boven het"
                            + " maximum). Standaard: ${DEFAULT-VALUE}")
    Mix mix;

    @Option(
            names = "--order",
            paramLabel = "client|date|shuffled",
            defaultValue = "client",
            description =
                    "Volgorde van de regels: client (per cliënt, zoals gegenereerd), date (op zorgdatum; regels van"
                            + " dezelfde dag in de volgorde per cliënt) of shuffled (willekeurig, vast per seed)."
                            + " Standaard: ${DEFAULT-VALUE}")
    ExportOrder order;

    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;

    @Override
    public Integer call() {
        if (clients < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--clients must be at least 1, not " + clients);
        }
        if (months < 1 || months > 1200) {
            throw new ParameterException(
                    spec.commandLine(), "--months must be between 1 and 1200, not " + months);
        }
        if (Files.isDirectory(out)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--out-file "
                            + out
                            + " is a directory; give a file name, e.g. "
                            + out.resolve("claims.csv"));
        }
        GeneratorOptions options;
        try {
            options =
                    new GeneratorOptions(
                            clients, firstMonth, months, seed, style, !noBadRows, mix, order);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        GeneratorSummary summary;
        try {
            summary = ClaimGenerator.write(options, out);
        } catch (IOException e) {
            stderr.println(
                    "Cannot write "
                            + out
                            + ": "
                            + e.getMessage()
                            + ". Choose a file in a folder you can write to and run the same command again.");
            return ExitCodes.UNUSABLE_INPUT;
        }
        stdout.println(
                "Wrote "
                        + summary.lines()
                        + " lines ("
                        + summary.technologyLines()
                        + " technology, "
                        + summary.regularCareLines()
                        + " regular care, "
                        + summary.badRows()
                        + " unreadable on purpose) for "
                        + summary.clients()
                        + " clients, "
                        + options.firstMonth()
                        + " to "
                        + options.lastMonth()
                        + ", seed "
                        + seed
                        + ", "
                        + style.name().toLowerCase(Locale.ROOT)
                        + " style, "
                        + mix.name().toLowerCase(Locale.ROOT)
                        + " mix, "
                        + order.name().toLowerCase(Locale.ROOT)
                        + " order, to "
                        + out);
        return ExitCodes.COMPLETED;
    }
}
