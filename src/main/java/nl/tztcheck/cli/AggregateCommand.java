package nl.tztcheck.cli;

import static nl.tztcheck.comparison.output.Texts.eur;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.tztcheck.comparison.EvidenceAggregator;
import nl.tztcheck.comparison.EvidenceGroup;
import nl.tztcheck.comparison.EvidenceReader;
import nl.tztcheck.comparison.InsurerAggregate;
import nl.tztcheck.comparison.NationalEvidence;
import nl.tztcheck.comparison.ProviderEvidence;
import nl.tztcheck.comparison.report.AggregateReport;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aggregate}: adds up the evidence.json of many providers (every evidence file under a
 * directory) into one national report, in Dutch unless {@code --lang en}. Refuses (exit 2, one
 * sentence) files that judge one insurer by sample terms in one profile set and real terms in
 * another. No Spring.
 */
@Command(
        name = "aggregate",
        mixinStandardHelpOptions = true,
        description =
                "Telt de evidence.json-bestanden van veel aanbieders (gezocht onder --evidence, op elke diepte) op tot"
                        + " een landelijk rapport per zorgverzekeraar en dimensie: national-evidence.html (met grafieken) en"
                        + " national-evidence.csv. Weigert bestanden die voorbeeldvoorwaarden en echte voorwaarden mengen.")
public final class AggregateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--evidence",
            paramLabel = "DIR",
            required = true,
            description =
                    "Map met de evidence-bestanden (*.json) van de aanbieders, in submappen of niet.")
    Path evidence;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/aggregate",
            description = "Uitvoermap. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "nl",
            description =
                    "Taal van rapport, CSV-teksten en scherm: nl (Nederlands, standaard) of en (Engels).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        return ComparisonFailures.run(
                stderr,
                "aggregate",
                () -> {
                    Language language = Language.parse(lang);
                    Messages t = Messages.of("aggregate", language);
                    List<Path> files = evidenceFiles(evidence, t);
                    if (files.isEmpty()) {
                        return mistake(
                                stderr,
                                t.get(
                                        "error.noEvidence",
                                        "dir",
                                        evidence,
                                        "format",
                                        ProviderEvidence.FORMAT));
                    }
                    List<ProviderEvidence> parts = new ArrayList<>();
                    for (Path f : files) {
                        parts.add(EvidenceReader.read(f));
                    }
                    Optional<EvidenceAggregator.TermsMix> mix =
                            EvidenceAggregator.mixOfTerms(parts);
                    if (mix.isPresent()) {
                        EvidenceAggregator.TermsMix m = mix.get();
                        return mistake(
                                stderr,
                                t.get(
                                        "error.mix",
                                        "insurer",
                                        m.insurerName(),
                                        "sampleSet",
                                        shortPrint(m.sampleFingerprint()),
                                        "sampleFile",
                                        files.get(m.sampleFile()),
                                        "realSet",
                                        shortPrint(m.realFingerprint()),
                                        "realFile",
                                        files.get(m.realFile())));
                    }
                    NationalEvidence n = EvidenceAggregator.aggregate(parts);
                    AggregateReport.write(out, n, language);
                    print(stdout, n, language, t);
                    return ExitCodes.COMPLETED;
                });
    }

    /** One sentence, nothing written, exit 2 (the message is already in the user's language). */
    private static int mistake(PrintWriter err, String sentence) {
        err.println(sentence);
        err.flush();
        return ExitCodes.UNUSABLE_INPUT;
    }

    private void print(PrintWriter stdout, NationalEvidence n, Language language, Messages t) {
        stdout.println(AggregateReport.providersLine(n, language));
        for (NationalEvidence.ProfileSetUse s : n.profileSets()) {
            stdout.println(
                    t.get(
                            "terminal.sets",
                            "fingerprint",
                            shortPrint(s.fingerprint()),
                            "trust",
                            s.trust().label(language),
                            "providers",
                            t.get(
                                    "terminal.setProviders",
                                    "named",
                                    s.namedProviders().isEmpty()
                                            ? ""
                                            : String.join(", ", s.namedProviders()) + ", ",
                                    "anonymous",
                                    s.anonymousProviders())));
        }
        stdout.printf(
                "  %-24s %-12s %-18s %14s %16s %14s %16s%n",
                t.get("terminal.insurer"),
                t.get("terminal.providers"),
                t.get("terminal.trust"),
                t.get("terminal.atRisk"),
                t.get("terminal.atRiskInsurer"),
                t.get("terminal.costGap"),
                t.get("terminal.beyond"));
        String hidden = "< " + nl.tztcheck.comparison.EvidenceBuilder.MIN_CLIENTS;
        for (InsurerAggregate i : n.insurers()) {
            String providers =
                    i.providers()
                            + (i.suppressedProviders() > 0
                                    ? " (+" + i.suppressedProviders() + ")"
                                    : "");
            boolean none = i.providers() == 0;
            var ins = i.cause(EvidenceGroup.INSURER_CONDITIONS);
            var gap = i.costGap();
            stdout.printf(
                    "  %-24s %-12s %-18s %14s %16s %14s %16s%n",
                    i.name(),
                    providers,
                    i.trust().label(language),
                    none ? hidden : eur(i.figures().atRiskCents()),
                    none || ins.onlySuppressed() ? hidden : eur(ins.total().cents()),
                    none || gap.onlySuppressed() ? hidden : eur(gap.total().cents()),
                    none || gap.onlySuppressed() ? hidden : eur(gap.total().beyondOverlapCents()));
        }
        stdout.println(
                t.get(
                        "terminal.wrote",
                        "html",
                        out.resolve(AggregateReport.HTML),
                        "csv",
                        out.resolve(AggregateReport.CSV)));
        stdout.flush();
    }

    private static String shortPrint(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }

    static List<Path> evidenceFiles(Path dir, Messages t) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(t.get("error.notDirectory", "dir", dir));
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(
                            p ->
                                    Files.isRegularFile(p)
                                            && p.getFileName().toString().endsWith(".json"))
                    .filter(EvidenceReader::isEvidence)
                    .sorted()
                    .toList();
        }
    }
}
