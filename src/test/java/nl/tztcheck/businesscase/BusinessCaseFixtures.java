package nl.tztcheck.businesscase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The worked example of issue 16 point 2 as files: one insurer ({@code example}, 1234) that caps
 * MEDICATION at 150 minutes with the ceiling PV 65.00 at 100% (regular tariffs V 80.00, PV 65.00)
 * over a national rule of 390 pooled minutes; Medido costs 150.00 once, 45.00 a month and 20
 * monitoring minutes, staff 50.00 an hour. More insurers can be added as overlays ({@link
 * #insurer}).
 */
public final class BusinessCaseFixtures {

    private static final String ALL_DIMENSIONS =
            "[contracted, monthlyCapMinutes, categoryCapsMinutes, coveredCategories,"
                    + " excludedProducts, tariffs, tariffCeiling, requiresApproval, requiresRegularCareSameMonth, excludesWlzIndication,"
                    + " requiresZvw, technologyCodes, regularCareCodes]";

    static final String NATIONAL =
            """
            id: national
            name: National
            versions:
              - version: "2024"
                validFrom: 2024-01-01
                source: {title: NZa 2024, verified: true, quotes: [{dimensions: %s, quote: "test source text"}]}
                contracted: true
                monthlyCapMinutes: 390
                categoryCapsMinutes: {}
                coveredCategories: [MEDICATION, VIDEO, OTHER]
                excludedProducts: []
                tariffs: {V: 80.00, PV: 70.00}
                tariffCeiling: {basis: HIGHER_OF_V_PV}
                requiresApproval: false
                requiresRegularCareSameMonth: false
                excludesWlzIndication: true
                requiresZvw: true
                technologyCodes: ["1062"]
                regularCareCodes: ["1000"]
            """
                    .formatted(ALL_DIMENSIONS);

    /** The worked example's insurer: MEDICATION cap 150, ceiling PV 65.00 at 100%. */
    public static final String EXAMPLE_TERMS =
            """
            categoryCapsMinutes: {MEDICATION: 150}
            tariffs: {V: 80.00, PV: 65.00}
            tariffCeiling: {basis: PV, percentage: 100}""";

    public static final String COSTS =
            """
            source: {title: worked example costs, verified: false}
            staffCostPerHour: 50.00
            categories:
              MEDICATION: {monthly: 45.00, oneOff: 150.00, monitoringMinutes: 20}
              VIDEO: 25.00
              OTHER: 30.00
            products:
              Medido: {monthly: 45.00, oneOff: 150.00, monitoringMinutes: 20}
            """;

    private BusinessCaseFixtures() {}

    /** A profile directory with the national rule and the worked example's insurer. */
    public static Path profiles(Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("profiles"));
        write(p.resolve("national.yaml"), NATIONAL);
        insurer(p, "example", "1234", EXAMPLE_TERMS);
        return p;
    }

    /**
     * Adds an insurer overlay (one open version from 2024, illustrative) to a profile directory.
     */
    public static void insurer(Path profiles, String id, String uzovi, String terms)
            throws IOException {
        write(
                profiles.resolve(id + ".yaml"),
                """
                id: %s
                name: %s
                labels: [{uzovi: "%s", name: %s, verified: false}]
                versions:
                  - version: "2024"
                    validFrom: 2024-01-01
                    source: {title: %s terms, verified: false, illustrative: true}
                %s
                """
                        .formatted(id, id, uzovi, id, id, terms.indent(4)));
    }

    public static Path costs(Path dir, String text) throws IOException {
        return write(dir.resolve("costs.yaml"), text);
    }

    static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
