package nl.tztcheck.comparison;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.Style;

/**
 * Provider evidence made the way a branch organisation would collect it: a generated export,
 * checked, fed to the builder.
 */
final class EvidenceSamples {

    static final ProfileSet SHIPPED = ProfileSet.load(Path.of("insurer-profiles"));

    private EvidenceSamples() {}

    /**
     * A generated provider export of {@code clients} clients, Jan-Mar 2024, with the given seed.
     */
    static Path export(Path dir, long seed, int clients) throws IOException {
        Path file = dir.resolve("provider-" + seed + ".csv");
        ClaimGenerator.write(
                new GeneratorOptions(clients, YearMonth.of(2024, 1), 3, seed, Style.EXCEL, true),
                file);
        return file;
    }

    static CheckOutcome check(Path export, ClientPseudonymizer pseudonyms) throws IOException {
        return new InMemoryCheck(
                        SHIPPED, CostFileReader.read(Path.of("technology-costs.yaml")), pseudonyms)
                .run(export);
    }

    static ProviderEvidence evidence(
            CheckOutcome outcome, ClientPseudonymizer pseudonyms, String provider) {
        EvidenceBuilder builder = new EvidenceBuilder(SHIPPED, pseudonyms, provider);
        // the order of the report step: findings first, then lines
        outcome.findings().forEach((Finding f) -> builder.add(f));
        outcome.lines().forEach((LineResult l) -> builder.add(l));
        return builder.build();
    }

    static String json(ProviderEvidence e) throws IOException {
        StringWriter w = new StringWriter();
        EvidenceJson.write(w, e);
        return w.toString();
    }
}
