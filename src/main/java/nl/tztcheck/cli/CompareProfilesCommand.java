package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import nl.tztcheck.comparison.InterpretationMatrix;
import nl.tztcheck.comparison.MatrixColumn;
import nl.tztcheck.comparison.MatrixRow;
import nl.tztcheck.comparison.ProfileDiff;
import nl.tztcheck.comparison.report.DiffReport;
import nl.tztcheck.comparison.report.MatrixReport;
import nl.tztcheck.profiles.ProfileSet;

/**
 * {@code compare-profiles}: the interpretation matrix on a date (matrix.html/.csv/.md) and, with
 * {@code --insurer --from --to}, what changed in one insurer's profile between two dates. No Spring.
 */
@Command(name = "compare-profiles", mixinStandardHelpOptions = true,
        description = "Interpretation matrix: per dimension of the national rule, how each insurer interprets it on a date,"
                + " deviations marked with their source. With --insurer/--from/--to also what changed between two dates.")
public final class CompareProfilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profiles", paramLabel = "DIR", defaultValue = "insurer-profiles",
            description = "Directory with national.yaml and one file per insurer. Default: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the versions must be valid on. Default: today")
    LocalDate date;

    @Option(names = "--insurer", paramLabel = "ID", description = "An insurer id (e.g. vgz) to diff between --from and --to.")
    String insurer;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "With --insurer: the earlier date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "With --insurer: the later date.")
    LocalDate to;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/compare-profiles", description = "Output directory. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(spec.commandLine().getErr(), "compare-profiles", () -> {
            if ((insurer != null || from != null || to != null) && (insurer == null || from == null || to == null)) {
                throw new IllegalArgumentException("a diff needs all three of --insurer, --from and --to");
            }
            ProfileSet set = ProfileSet.load(profiles.toAbsolutePath().normalize());
            LocalDate on = date == null ? LocalDate.now() : date;
            InterpretationMatrix matrix = InterpretationMatrix.of(set, on);
            ProfileDiff diff = insurer == null ? null : ProfileDiff.between(set, insurer, from, to);
            MatrixReport.write(out, matrix);
            stdout.println("Interpretation matrix on " + on + ": " + matrix.deviations() + " deviation(s) from the national rule ("
                    + matrix.national().version() + ") across " + matrix.insurers().size() + " insurers");
            for (MatrixColumn c : matrix.insurers()) {
                stdout.printf("  %-22s %-6s %d: %s%n", c.name(), c.version(), c.deviatingRows().size(),
                        c.deviatingRows().stream().map(MatrixRow::label).collect(Collectors.joining(", ")));
            }
            stdout.println("Wrote " + out.resolve(MatrixReport.HTML) + ", " + MatrixReport.CSV + ", " + MatrixReport.MARKDOWN);
            if (diff != null) {
                DiffReport.write(out, diff);
                stdout.println(diff.insurerName() + " from " + diff.from() + " (" + diff.fromVersion() + ") to " + diff.to() + " ("
                        + diff.toVersion() + "): " + diff.changes().size() + " change(s)");
                diff.changes().forEach(c -> stdout.println("  " + c.row().label() + ": " + c.before() + " -> " + c.after()
                        + " [" + c.changedBy() + "]"));
                stdout.println("Wrote " + out.resolve(DiffReport.baseName(diff) + ".html") + ", .csv, .md");
            }
            stdout.flush();
            return ExitCodes.COMPLETED;
        });
    }
}
