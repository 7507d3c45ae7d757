package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.tztcheck.claims.ClaimCsvFile;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimRowParser;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.RawRow;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.claims.aw319.Aw319ExportReport;
import nl.tztcheck.claims.aw319.Aw319Format;
import nl.tztcheck.claims.aw319.Aw319Writer;
import nl.tztcheck.claims.aw319.Aw319WriterSettings;
import nl.tztcheck.claims.aw319.TimeUnit;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export-aw319}: writes a claims export (CSV) as a Vektis AW319 declaration file, its twin.
 * Pure Java, no Spring. Prints what it wrote, every line whose tariff had to be rounded, every line
 * AW319 cannot carry and every CSV row that could not be read; exits 0 when a file was written, 2
 * when the input cannot be used.
 */
@Command(
        name = "export-aw319",
        mixinStandardHelpOptions = true,
        description =
                "Writes a claims export (CSV) as a Vektis AW319 declaration file (message 428), e.g. to test"
                        + " tzt-check on both formats. Lines are written in the coarsest exact time unit; lines that need a"
                        + " rounded tariff, lines AW319 cannot carry and unreadable rows are listed.")
public final class ExportAw319Command implements Callable<Integer> {

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            required = true,
            description = "The claims export (CSV).")
    Path claims;

    // --out is a directory for every other command; here it is a file, hence --out-file (--out
    // still works, deprecated)
    @Option(
            names = {"--out-file", "--out"},
            paramLabel = "FILE",
            required = true,
            description =
                    "Het AW319-bestand dat wordt geschreven (vervangen), bijvoorbeeld claims.asc. --out is de oude, verouderde naam"
                            + " van deze optie.")
    Path out;

    @Option(
            names = "--profiles",
            paramLabel = "DIR",
            defaultValue = "insurer-profiles",
            description =
                    "Insurer profiles, to tell technology lines from others. Default: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(
            names = "--institution-agb",
            paramLabel = "CODE",
            defaultValue = Aw319WriterSettings.PLACEHOLDER_AGB,
            description =
                    "AGB code of the declaring institution (0112), 8 digits. Default: ${DEFAULT-VALUE} (placeholder)")
    String institutionAgb;

    @Option(
            names = "--performer-agb",
            paramLabel = "CODE",
            defaultValue = Aw319WriterSettings.PLACEHOLDER_AGB,
            description =
                    "AGB code of the performer on every line (0420), 8 digits. Default: ${DEFAULT-VALUE} (placeholder)")
    String performerAgb;

    @Option(
            names = "--invoice-number",
            paramLabel = "TEXT",
            description =
                    "Invoice number (0116), at most 12 characters. Default: TZT and the year and month of the last service date")
    String invoiceNumber;

    @Option(
            names = "--invoice-date",
            paramLabel = "YYYY-MM-DD",
            description =
                    "Invoice date (0117). Default: the last service date, so the same export gives the same file")
    LocalDate invoiceDate;

    @Option(
            names = "--production",
            description = "Mark the file as production (0105 = P) instead of test (T).")
    boolean production;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public ExportAw319Command() {
        this(System.out, System.err);
    }

    ExportAw319Command(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        Aw319WriterSettings settings;
        try {
            settings =
                    new Aw319WriterSettings(
                            institutionAgb,
                            performerAgb,
                            production ? 'P' : 'T',
                            invoiceNumber,
                            invoiceDate);
        } catch (IllegalArgumentException e) {
            stderr.println("Cannot export: " + e.getMessage() + ". Nothing was written.");
            return ExitCodes.UNUSABLE_INPUT;
        }
        List<ClaimLine> lines = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try {
            checkPaths();
            ProfileSet profileSet = ProfileSet.load(profiles.toAbsolutePath().normalize());
            read(profileSet, lines, rejects);
        } catch (InvalidProfilesException e) {
            stderr.println("Cannot export: " + e.getMessage());
            stderr.println(
                    "Nothing was written. Fix the file(s) above and run the same command again.");
            return ExitCodes.UNUSABLE_INPUT;
        } catch (UnusableInputException e) {
            stderr.println("Cannot export: " + e.describe());
            stderr.println("Nothing was written.");
            return ExitCodes.UNUSABLE_INPUT;
        } catch (IOException | java.io.UncheckedIOException e) {
            stderr.println("Cannot export: " + e.getMessage() + ". Nothing was written.");
            return ExitCodes.UNUSABLE_INPUT;
        }
        Aw319ExportReport report;
        try {
            report = new Aw319Writer(settings).write(lines, out);
        } catch (IOException e) {
            stderr.println(
                    "Cannot write "
                            + out
                            + ": "
                            + e.getMessage()
                            + ". Choose a file in a folder you can write to and run the same command again.");
            return ExitCodes.UNUSABLE_INPUT;
        }
        print(report, rejects);
        if (report.linesWritten() == 0) {
            stderr.println(
                    "No line of "
                            + claims
                            + " can be written as AW319 (see above); "
                            + out
                            + " was not written.");
            return ExitCodes.UNUSABLE_INPUT;
        }
        return ExitCodes.COMPLETED;
    }

    private void checkPaths() throws IOException {
        if (!Files.isRegularFile(claims) || !Files.isReadable(claims)) {
            throw new UnusableInputException(
                    claims.toString(),
                    0,
                    "",
                    "the claims file does not exist or cannot be read",
                    "pass --claims with the path of the CSV export");
        }
        if (Aw319Format.isAw319(claims)) {
            throw new UnusableInputException(
                    claims.toString(),
                    1,
                    "",
                    "the claims file is already an AW319 file",
                    "pass the CSV export; check the AW319 file itself with: check --claims "
                            + claims);
        }
        if (Files.isDirectory(out)) {
            throw new UnusableInputException(
                    out.toString(),
                    0,
                    "",
                    "--out-file is a directory",
                    "give a file name, e.g. " + out.resolve("claims.asc"));
        }
        if (Files.exists(out) && Files.isSameFile(out, claims)) {
            throw new UnusableInputException(
                    out.toString(),
                    0,
                    "",
                    "--out-file names the claims file itself",
                    "choose another file name for the AW319 file, e.g. claims.asc");
        }
    }

    private void read(ProfileSet profileSet, List<ClaimLine> lines, List<Reject> rejects)
            throws IOException {
        Path file = claims.toAbsolutePath().normalize();
        try (ClaimCsvFile csv = ClaimCsvFile.open(file, InputInspection.of(file))) {
            ClaimRowParser parser = new ClaimRowParser(csv.header(), profileSet, csv.separator());
            for (RawRow row = csv.nextRow(); row != null; row = csv.nextRow()) {
                RowResult result = parser.parse(row);
                if (result instanceof RowResult.Accepted a) {
                    lines.add(a.line());
                } else if (result instanceof RowResult.Rejected r) {
                    rejects.add(r.reject());
                }
            }
        }
    }

    private void print(Aw319ExportReport report, List<Reject> rejects) {
        if (report.linesWritten() > 0) {
            stdout.println(
                    "Wrote "
                            + report.linesWritten()
                            + " lines ("
                            + report.insuredRecords()
                            + " insured-person records, "
                            + report.commentRecords()
                            + " technology comments) to "
                            + out
                            + "; total declared EUR "
                            + Money.cents(report.totalCents()).toDutchString()
                            + " (debit minus credit).");
            stdout.println(
                    "Time units: "
                            + count(report, TimeUnit.HOUR)
                            + " per hour, "
                            + count(report, TimeUnit.FIVE_MINUTES)
                            + " per five minutes, "
                            + count(report, TimeUnit.MINUTE)
                            + " per minute ("
                            + report.roundings().size()
                            + " of them at a rounded tariff).");
        }
        if (!report.roundings().isEmpty()) {
            stdout.println(
                    "Lines whose tariff no time unit carries exactly, written per minute at the rounded tariff ("
                            + report.roundings().size()
                            + ", together "
                            + signedCents(report.totalRoundingCents())
                            + "):");
            for (Aw319ExportReport.Rounding r : report.roundings()) {
                stdout.println(
                        "  line "
                                + r.lineId()
                                + " (CSV line "
                                + r.lineNo()
                                + "): "
                                + r.minutes()
                                + " minutes at "
                                + r.hourlyTariff().toDutchString()
                                + " per hour, written at "
                                + r.unitTariff().toDutchString()
                                + " per minute (= "
                                + r.hourlyTariffAsRead().toDutchString()
                                + " per hour): "
                                + signedCents(r.differenceCents()));
            }
        }
        if (!report.notWritten().isEmpty()) {
            stdout.println(
                    "Lines not written, because AW319 cannot carry them ("
                            + report.notWritten().size()
                            + "):");
            for (Aw319ExportReport.NotWritten n : report.notWritten()) {
                stdout.println(
                        "  line " + n.lineId() + " (CSV line " + n.lineNo() + "): " + n.reason());
            }
        }
        if (!rejects.isEmpty()) {
            stdout.println("CSV rows that cannot be read, not written (" + rejects.size() + "):");
            for (Reject r : rejects) {
                stdout.println(
                        "  CSV line "
                                + r.lineNo()
                                + " ["
                                + r.field()
                                + "]: "
                                + r.reason(Language.EN)); // this command speaks English
            }
        }
    }

    private static int count(Aw319ExportReport report, TimeUnit unit) {
        return report.linesPerUnit().getOrDefault(unit, 0);
    }

    private static String signedCents(long cents) {
        return (cents > 0 ? "+" : "") + cents + " cent" + (Math.abs(cents) == 1 ? "" : "s");
    }

    /**
     * Runs the command with the given arguments and output streams, as the CLI would (for tests and
     * embedding).
     */
    public static int run(PrintStream stdout, PrintStream stderr, String... args) {
        return new CommandLine(new ExportAw319Command(stdout, stderr)).execute(args);
    }
}
