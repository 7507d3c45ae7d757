package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import nl.tztcheck.comparison.EvidenceAggregator;
import nl.tztcheck.comparison.EvidenceReader;
import nl.tztcheck.comparison.InsurerAggregate;
import nl.tztcheck.comparison.NationalEvidence;
import nl.tztcheck.comparison.ProviderEvidence;
import nl.tztcheck.comparison.report.AggregateReport;

import static nl.tztcheck.comparison.output.Texts.eur;

/**
 * {@code aggregate}: adds up the evidence.json of many providers (every evidence file under a
 * directory) into one national report. No Spring.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Combines the evidence.json files of many providers (searched under --evidence, any depth) into one"
                + " national report per insurer and dimension: national-evidence.html (with charts) and national-evidence.csv.")
public final class AggregateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--evidence", paramLabel = "DIR", required = true,
            description = "Directory holding the providers' evidence files (*.json), in subdirectories or not.")
    Path evidence;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/aggregate", description = "Output directory. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(spec.commandLine().getErr(), "aggregate", () -> {
            List<Path> files = evidenceFiles(evidence);
            if (files.isEmpty()) {
                throw new IllegalArgumentException(evidence + " holds no evidence file (JSON with \"format\": \""
                        + ProviderEvidence.FORMAT + "\"); run check for each provider and collect their evidence.json here");
            }
            List<ProviderEvidence> parts = new ArrayList<>();
            for (Path f : files) {
                parts.add(EvidenceReader.read(f));
            }
            NationalEvidence n = EvidenceAggregator.aggregate(parts);
            AggregateReport.write(out, n);
            stdout.println("National evidence: " + AggregateReport.providersLine(n));
            stdout.printf("  %-24s %9s %10s %13s %14s %14s %14s%n", "insurer", "providers", "suppressed", "client-months",
                    "at risk", "cost gap", "euro gap");
            for (InsurerAggregate i : n.insurers()) {
                stdout.printf("  %-24s %9d %10d %,13d %14s %14s %14s%n", i.name(), i.providers(), i.suppressedProviders(),
                        i.figures().clientMonths(), eur(i.figures().atRiskCents()), eur(i.costGapCents()), eur(i.euroGapCents()));
            }
            stdout.println("Wrote " + out.resolve(AggregateReport.HTML) + ", " + AggregateReport.CSV);
            stdout.flush();
            return ExitCodes.COMPLETED;
        });
    }

    static List<Path> evidenceFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory; pass --evidence with the folder of evidence files");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .filter(EvidenceReader::isEvidence).sorted().toList();
        }
    }
}
