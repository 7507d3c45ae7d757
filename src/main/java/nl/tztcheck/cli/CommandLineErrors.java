package nl.tztcheck.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.samples.ExportOrder;
import nl.tztcheck.samples.Mix;
import nl.tztcheck.samples.Style;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What every command says when the user got the command line wrong (an unknown option, a missing
 * one, a value that is no number, date or choice) or when a command stops on a {@link UserMistake}
 * or a full disk: exit 2 and one sentence, Dutch unless {@code --lang en} (or {@code TZT_LANG=en}),
 * pointing to {@code --help} instead of printing the whole usage and never a stack trace. Anything
 * else thrown by a command stays an internal failure (exit 1, with its stack trace).
 */
final class CommandLineErrors
        implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    /** Option types and the key of what a value of them looks like. */
    private static final Map<Class<?>, String> EXPECTED =
            Map.ofEntries(
                    Map.entry(int.class, "usage.expected.wholeNumber"),
                            Map.entry(Integer.class, "usage.expected.wholeNumber"),
                    Map.entry(long.class, "usage.expected.wholeNumber"),
                            Map.entry(Long.class, "usage.expected.wholeNumber"),
                    Map.entry(BigDecimal.class, "usage.expected.number"),
                            Map.entry(double.class, "usage.expected.number"),
                    Map.entry(Double.class, "usage.expected.number"),
                            Map.entry(LocalDate.class, "usage.expected.date"),
                    Map.entry(YearMonth.class, "usage.expected.month"),
                            Map.entry(Path.class, "usage.expected.path"));

    private final PrintStream err;

    CommandLineErrors(PrintStream err) {
        this.err = err;
    }

    /**
     * Registers both handlers on {@code cli}, and the converters every command shares: choices in
     * any case, with or without accents, in English or Dutch ({@code --fail-on
     * error|fout|warning|waarschuwing}, {@link Choices}); dates as {@code 2024-03-01} or {@code
     * 01-03-2024} and months as {@code 2024-03} or {@code 03-2024} ({@link DateValues}).
     */
    static CommandLine install(CommandLine cli) {
        CommandLineErrors errors = new CommandLineErrors(System.err);
        return cli.setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Severity.class, Choices.SEVERITY)
                .registerConverter(Style.class, Choices.STYLE)
                .registerConverter(Mix.class, Choices.MIX)
                .registerConverter(ExportOrder.class, Choices.ORDER)
                .registerConverter(LocalDate.class, new DateValues.Dates())
                .registerConverter(YearMonth.class, new DateValues.Months());
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Messages texts = Messages.of(CheckCommand.TERMINAL, language(args));
        err.println(sentence(ex, texts));
        return ExitCodes.UNUSABLE_INPUT;
    }

    @Override
    public int handleExecutionException(
            Exception ex, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (ex instanceof UserMistake mistake) {
            err.println(mistake.getMessage());
            return ExitCodes.UNUSABLE_INPUT;
        }
        Messages texts =
                Messages.of(
                        CheckCommand.TERMINAL,
                        language(parseResult.originalArgs().toArray(String[]::new)));
        Optional<String> diskFull =
                DiskFull.describe(List.of(ex), texts, Path.of("").toAbsolutePath());
        if (diskFull.isPresent()) {
            err.println(diskFull.get());
            return ExitCodes.UNUSABLE_INPUT;
        }
        throw ex;
    }

    static String sentence(ParameterException ex, Messages texts) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String suggestions =
                    unmatched.getSuggestions().isEmpty()
                            ? ""
                            : " "
                                    + texts.get(
                                            "usage.didYouMean",
                                            "options",
                                            String.join(", ", unmatched.getSuggestions()));
            return texts.get(
                    "usage.unknownOption",
                    "args",
                    quoted(unmatched.getUnmatched()),
                    "command",
                    command,
                    "didYouMean",
                    suggestions);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return texts.get(
                    "usage.missingOption",
                    "options",
                    missing.getMissing().stream()
                            .map(CommandLineErrors::name)
                            .collect(Collectors.joining(", ")),
                    "command",
                    command);
        }
        ArgSpec arg = ex.getArgSpec();
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (arg != null && ex.getValue() != null && message.startsWith("Invalid value")) {
            String expected = expected(arg, texts);
            if (expected != null) {
                return texts.get(
                        "usage.invalidValue",
                        "value",
                        ex.getValue(),
                        "option",
                        name(arg),
                        "expected",
                        expected,
                        "command",
                        command);
            }
        }
        return texts.get("usage.other", "problem", stripPeriod(message), "command", command);
    }

    /**
     * What a value of {@code arg}'s type looks like, or null when only the converter's own message
     * can say.
     */
    private static String expected(ArgSpec arg, Messages texts) {
        Class<?> type = arg.type();
        if ((Collection.class.isAssignableFrom(type) || type.isArray())
                && arg.auxiliaryTypes().length > 0) {
            type = arg.auxiliaryTypes()[0];
        }
        if (Choices.of(type) != null) {
            return texts.get("usage.expected.choice", "choices", Choices.of(type).describe());
        }
        if (type.isEnum()) {
            String choices =
                    Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
            return texts.get("usage.expected.choice", "choices", choices);
        }
        String key = EXPECTED.get(type);
        return key == null ? null : texts.get(key);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String quoted(List<String> args) {
        return args.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" "));
    }

    private static String stripPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * {@code --lang} on the command line (any command), else {@code TZT_LANG}, else Dutch; an
     * unknown code is Dutch too.
     */
    static Language language(String[] args) {
        String code = System.getenv("TZT_LANG");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                code = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                code = args[i].substring("--lang=".length());
            }
        }
        try {
            return code == null ? Language.NL : Language.parse(code);
        } catch (IllegalArgumentException e) {
            return Language.NL;
        }
    }
}
