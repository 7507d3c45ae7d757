package nl.tztcheck.comparison;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.findings.ClientPseudonymizer;

/**
 * A tiny profile set whose figures are easy to compute by hand, written into a temp directory.
 *
 * <p>National 2024 (2024-01-01..2024-12-31): 390 minutes pooled, no category caps, everything
 * covered, V 80.00 / PV 70.00, ceiling the higher of both (80.00), regular care "1000". National
 * 2025 (open): the same but a VIDEO cap of 240 and regular care "1000", "1001". Insurers (one open
 * version from 2024 unless said): {@code pooled} 1111 sets only the ceiling to PV (70.00); {@code
 * strict} 2222 requires approval (verified) and sets the monthly cap to 390, the national value;
 * {@code closed} 3333 is not contracted; {@code split} 4444 in 2024 caps MEDICATION at 60 minutes
 * with PV 60.00 as the ceiling, in 2025 caps the month at 300 and requires approval. Costs:
 * MEDICATION 100.00, VIDEO 20.00, OTHER 0.00.
 */
final class ComparisonFixtures {

    static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;amount;"
                    + "technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    private static final String NATIONAL_DIMENSIONS =
            """
                contracted: true
                monthlyCapMinutes: 390
                coveredCategories: [MEDICATION, VIDEO, OTHER]
                excludedProducts: []
                tariffs: {V: 80.00, PV: 70.00}
                tariffCeiling: {basis: HIGHER_OF_V_PV}
                requiresApproval: false
                requiresRegularCareSameMonth: false
                excludesWlzIndication: true
                requiresZvw: true
                technologyCodes: ["1062"]
            """;

    static final String NATIONAL =
            """
            id: national
            name: National
            versions:
              - version: "2024"
                validFrom: 2024-01-01
                validTo: 2024-12-31
                source: {title: NZa 2024, verified: true, quotes: [{dimensions: [contracted, monthlyCapMinutes, categoryCapsMinutes, coveredCategories, excludedProducts, tariffs, tariffCeiling, requiresApproval, requiresRegularCareSameMonth, excludesWlzIndication, requiresZvw, technologyCodes, regularCareCodes], quote: "test source text"}]}
                categoryCapsMinutes: {}
                regularCareCodes: ["1000"]
            %s
              - version: "2025"
                validFrom: 2025-01-01
                source: {title: NZa 2025, verified: true, quotes: [{dimensions: [contracted, monthlyCapMinutes, categoryCapsMinutes, coveredCategories, excludedProducts, tariffs, tariffCeiling, requiresApproval, requiresRegularCareSameMonth, excludesWlzIndication, requiresZvw, technologyCodes, regularCareCodes], quote: "test source text"}]}
                categoryCapsMinutes: {VIDEO: 240}
                regularCareCodes: ["1000", "1001"]
            %s"""
                    .formatted(NATIONAL_DIMENSIONS, NATIONAL_DIMENSIONS);

    private ComparisonFixtures() {}

    static Path profiles(Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("profiles"));
        write(p.resolve("national.yaml"), NATIONAL);
        write(
                p.resolve("pooled.yaml"),
                insurer(
                        "pooled",
                        "1111",
                        "tariffCeiling: {basis: PV}",
                        "{title: Pooled doc, verified: false, illustrative: true}"));
        write(
                p.resolve("strict.yaml"),
                insurer(
                        "strict",
                        "2222",
                        "requiresApproval: true\nmonthlyCapMinutes: 390",
                        "{title: Strict doc, verified: false, illustrativeDimensions: [monthlyCapMinutes], verifiedDimensions: [requiresApproval],"
                                + " quotes: [{dimensions: [requiresApproval], quote: \"approval first\"}]}"));
        write(
                p.resolve("closed.yaml"),
                insurer(
                        "closed",
                        "3333",
                        "contracted: false",
                        "{title: Closed doc, verified: false, illustrative: true}"));
        write(
                p.resolve("split.yaml"),
                """
                id: split
                name: split
                labels: [{uzovi: "4444", name: split, verified: false}]
                versions:
                  - version: "2024"
                    validFrom: 2024-01-01
                    validTo: 2024-12-31
                    source: {title: Split 2024, verified: false, illustrative: true}
                    categoryCapsMinutes: {MEDICATION: 60}
                    tariffs: {PV: 60.00}
                    tariffCeiling: {basis: PV}
                  - version: "2025"
                    validFrom: 2025-01-01
                    source: {title: Split 2025, verified: false, illustrative: true}
                    monthlyCapMinutes: 300
                    requiresApproval: true
                """);
        return p;
    }

    static Path costs(Path dir) throws IOException {
        Path c = dir.resolve("costs.yaml");
        write(
                c,
                """
                source: {title: test costs, verified: false}
                categories: {MEDICATION: 100.00, VIDEO: 20.00, OTHER: 0.00}
                products: {}
                """);
        return c;
    }

    private static String insurer(String id, String uzovi, String lines, String source) {
        return """
                id: %s
                name: %s
                labels: [{uzovi: "%s", name: %s, verified: false}]
                versions:
                  - version: "2024"
                    validFrom: 2024-01-01
                    source: %s
                %s"""
                .formatted(id, id, uzovi, id, source, lines.indent(4));
    }

    static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static ClientPseudonymizer pseudonymizer() {
        return new ClientPseudonymizer("comparison-test-key-16+".getBytes(StandardCharsets.UTF_8));
    }
}
