package nl.tztcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.tztcheck.comparison.InterpretationMatrix;
import nl.tztcheck.comparison.MatrixColumn;
import nl.tztcheck.comparison.ProfileDiff;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.comparison.report.DiffReport;
import nl.tztcheck.comparison.report.MatrixReport;
import nl.tztcheck.profiles.ProfileSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare-profiles}: the interpretation matrix on a date (matrix.html/.csv/.md) and, with
 * {@code --insurer --from --to}, what changed in one insurer's profile between two dates. No
 * Spring.
 */
@Command(
        name = "compare-profiles",
        mixinStandardHelpOptions = true,
        description =
                "Interpretatiematrix: per dimensie van de landelijke regel hoe elke zorgverzekeraar die op een datum uitlegt,"
                        + " afwijkingen gemarkeerd met hun bron en betrouwbaarheid. Met --insurer/--from/--to ook wat er tussen twee data veranderde.")
public final class CompareProfilesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--profiles",
            paramLabel = "DIR",
            defaultValue = "insurer-profiles",
            description =
                    "Map met national.yaml en een bestand per zorgverzekeraar. Standaard: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "De datum waarop de versies moeten gelden. Standaard: vandaag")
    LocalDate date;

    @Option(
            names = "--insurer",
            paramLabel = "ID",
            description = "Een verzekeraar (bijv. vgz) om tussen --from en --to te vergelijken.")
    String insurer;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "Met --insurer: de eerdere datum.")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            description = "Met --insurer: de latere datum.")
    LocalDate to;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/compare-profiles",
            description = "Map voor de uitvoer. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "${env:TZT_LANG:-nl}",
            description =
                    "Taal van de pagina's, de CSV-teksten en de terminal: nl (Nederlands, de standaard) of en (Engels).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(
                spec.commandLine().getErr(),
                "compare-profiles",
                lang,
                language -> {
                    Wording w = Wording.of(InterpretationMatrix.BUNDLE, language);
                    if ((insurer != null || from != null || to != null)
                            && (insurer == null || from == null || to == null)) {
                        throw new IllegalArgumentException(w.get("terminal.needsAll"));
                    }
                    ProfileSet set = ProfileSet.load(profiles.toAbsolutePath().normalize());
                    LocalDate on = date == null ? LocalDate.now() : date;
                    InterpretationMatrix matrix = InterpretationMatrix.of(set, on, language);
                    ProfileDiff diff =
                            insurer == null
                                    ? null
                                    : ProfileDiff.between(set, insurer, from, to, language);
                    MatrixReport.write(out, matrix, language);
                    stdout.println(
                            w.get(
                                    "terminal.matrix",
                                    "date",
                                    on,
                                    "n",
                                    matrix.deviations(),
                                    "version",
                                    matrix.national().version(),
                                    "insurers",
                                    matrix.insurers().size()));
                    for (MatrixColumn c : matrix.insurers()) {
                        stdout.printf(
                                "  %-22s %-6s %-18s %d: %s%n",
                                c.name(),
                                c.version(),
                                w.trust(c.trust()),
                                c.deviatingRows().size(),
                                c.deviatingRows().stream()
                                        .map(r -> r.label(w))
                                        .collect(Collectors.joining(", ")));
                    }
                    stdout.println(
                            w.get(
                                    "wrote",
                                    "files",
                                    out.resolve(MatrixReport.HTML)
                                            + ", "
                                            + MatrixReport.CSV
                                            + ", "
                                            + MatrixReport.MARKDOWN));
                    if (diff != null) {
                        DiffReport.write(out, diff, language);
                        stdout.println(
                                w.get(
                                        "terminal.diff",
                                        "insurer",
                                        diff.insurerName(),
                                        "from",
                                        diff.from(),
                                        "fromVersion",
                                        diff.fromVersion(),
                                        "to",
                                        diff.to(),
                                        "toVersion",
                                        diff.toVersion(),
                                        "n",
                                        diff.changes().size()));
                        diff.changes()
                                .forEach(
                                        c ->
                                                stdout.println(
                                                        "  "
                                                                + c.row().label(w)
                                                                + ": "
                                                                + c.before()
                                                                + " -> "
                                                                + c.after()
                                                                + " ["
                                                                + c.changedBy()
                                                                + "]"));
                        stdout.println(
                                w.get(
                                        "wrote",
                                        "files",
                                        out.resolve(DiffReport.baseName(diff) + ".html")
                                                + ", .csv, .md"));
                    }
                    stdout.flush();
                    return ExitCodes.COMPLETED;
                });
    }
}
