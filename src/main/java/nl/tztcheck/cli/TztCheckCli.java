package nl.tztcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar tzt-check.jar <command> [options]}. */
@Command(
        name = "tzt-check",
        mixinStandardHelpOptions = true,
        version = "tzt-check 0.1.0",
        description =
                "Checks thuiszorgtechnologie (prestatie 1062) claims against insurer profiles.",
        subcommands = {
            CheckCommand.class,
            GenerateCommand.class,
            ExportAw319Command.class,
            CompareProfilesCommand.class,
            WhatIfCommand.class,
            AggregateCommand.class,
            BreakEvenCommand.class,
            BusinessCaseCommand.class,
            CompareTariffsCommand.class,
            ProfilesCommand.class,
            ChecklistCommand.class,
            RegularCareEffectCommand.class,
            BenchCommand.class
        })
public final class TztCheckCli implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // H2 keeps a cache of recent string values, hashing every string it reads or writes: with
        // the findings' long
        // messages that was a sixth of the check step (BENCHMARKS.md); the strings are not repeated
        // enough to gain from it
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        // exit 2 and one sentence on invalid usage and on a user's mistake; 1 (with the stack
        // trace) on anything else
        // help texts in Dutch, or English with --lang en / TZT_LANG=en (HelpTexts)
        return CommandLineErrors.install(
                        HelpTexts.localise(new CommandLine(new TztCheckCli()), args))
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
