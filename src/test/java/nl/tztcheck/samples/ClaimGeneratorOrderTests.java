package nl.tztcheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.InMemoryCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports in date and shuffled order, and the heavy mix (issue 15). */
class ClaimGeneratorOrderTests {

    private static final GeneratorOptions HEAVY =
            GeneratorOptions.defaults().withClients(300).withMix(Mix.HEAVY).withSeed(17);
    private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    @TempDir Path dir;

    private String generate(GeneratorOptions options, long rowsPerBucket) throws IOException {
        StringWriter out = new StringWriter();
        new ClaimGenerator(options, dir, rowsPerBucket).writeTo(out);
        return out.toString();
    }

    private static List<String> rows(String export) {
        List<String> lines = new ArrayList<>(List.of(export.split("\r\n")));
        lines.remove(0); // the header
        return lines;
    }

    private static String cell(String row, int column) {
        return row.split(";", -1)[column];
    }

    @Test
    void theSameSeedGivesTheSameBytesInEveryOrder() throws IOException {
        for (ExportOrder order : ExportOrder.values()) {
            GeneratorOptions options = HEAVY.withOrder(order);
            Path first = dir.resolve("first-" + order + ".csv");
            Path second = dir.resolve("second-" + order + ".csv");
            ClaimGenerator.write(options, first);
            ClaimGenerator.write(options, second);
            assertThat(Files.readAllBytes(second))
                    .as(order.name())
                    .isEqualTo(Files.readAllBytes(first));
        }
        GeneratorOptions otherSeed = HEAVY.withOrder(ExportOrder.SHUFFLED).withSeed(18);
        assertThat(generate(otherSeed, RowReorder.ROWS_PER_BUCKET))
                .isNotEqualTo(
                        generate(
                                HEAVY.withOrder(ExportOrder.SHUFFLED), RowReorder.ROWS_PER_BUCKET));
    }

    @Test
    void dateOrderIsByServiceDateAndKeepsTheClientOrderWithinADay() throws IOException {
        String client = generate(HEAVY, RowReorder.ROWS_PER_BUCKET);
        // many small buckets and one: the same file, as the order is fully defined
        String date = generate(HEAVY.withOrder(ExportOrder.DATE), 500);
        assertThat(generate(HEAVY.withOrder(ExportOrder.DATE), RowReorder.ROWS_PER_BUCKET))
                .isEqualTo(date);

        List<String> rows = rows(date);
        LocalDate previous = LocalDate.MIN;
        int previousLineNo = 0;
        int checked = 0;
        for (String row : rows) {
            LocalDate d;
            try {
                d = LocalDate.parse(cell(row, 5), EXCEL_DATE);
            } catch (DateTimeParseException e) {
                continue; // the few rows with an impossible date on purpose
            }
            int lineNo = Integer.parseInt(cell(row, 0).substring(1));
            assertThat(d).as(row).isAfterOrEqualTo(previous);
            if (d.equals(previous)) {
                assertThat(lineNo)
                        .as("generation order within a day: " + row)
                        .isGreaterThan(previousLineNo);
            }
            previous = d;
            previousLineNo = lineNo;
            checked++;
        }
        assertThat(checked).isGreaterThan(rows.size() * 99 / 100);
        assertThat(date.substring(0, date.indexOf("\r\n")))
                .isEqualTo(client.substring(0, client.indexOf("\r\n")));
        assertThat(sorted(rows)).isEqualTo(sorted(rows(client)));
    }

    @Test
    void shuffledOrderIsAPermutationOfTheClientOrderRows() throws IOException {
        List<String> client = rows(generate(HEAVY, RowReorder.ROWS_PER_BUCKET));
        for (long rowsPerBucket : new long[] {RowReorder.ROWS_PER_BUCKET, 700}) {
            List<String> shuffled =
                    rows(generate(HEAVY.withOrder(ExportOrder.SHUFFLED), rowsPerBucket));
            assertThat(sorted(shuffled)).isEqualTo(sorted(client));
            assertThat(shuffled).isNotEqualTo(client);
            // no longer grouped by client: most neighbours belong to different clients
            int sameClientNeighbours = 0;
            for (int i = 1; i < shuffled.size(); i++) {
                if (cell(shuffled.get(i), 1).equals(cell(shuffled.get(i - 1), 1))) {
                    sameClientNeighbours++;
                }
            }
            assertThat(sameClientNeighbours).isLessThan(shuffled.size() / 20);
        }
    }

    @Test
    void lineIdsStayUniqueAndCreditsNameLinesOfTheFileOrAnEarlierExport() throws IOException {
        List<String> rows = rows(generate(HEAVY.withOrder(ExportOrder.SHUFFLED), 700));
        Set<String> ids = new HashSet<>();
        for (String row : rows) {
            assertThat(ids.add(cell(row, 0))).as("unique id " + row).isTrue();
        }
        int credits = 0;
        for (String row : rows) {
            String corrects = cell(row, 13);
            if (cell(row, 12).equals("C") && corrects.startsWith("R")) {
                assertThat(ids).contains(corrects);
                credits++;
            }
        }
        assertThat(credits).isPositive();
    }

    @Test
    void theTemporaryBucketFilesAreRemoved() throws IOException {
        Path export = dir.resolve("out").resolve("claims.csv");
        ClaimGenerator.write(HEAVY.withOrder(ExportOrder.SHUFFLED), export);
        generate(HEAVY.withOrder(ExportOrder.DATE), 500);
        try (var files = Files.list(export.getParent())) {
            assertThat(files.toList()).containsExactly(export);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(dir.resolve("out"));
        }
    }

    @Test
    void theHeavyMixGivesMostLinesAFindingAsTheCheckCountsThem() throws IOException {
        InMemoryCheck check =
                new InMemoryCheck(
                        ProfileSet.load(Path.of("insurer-profiles")),
                        CostFileReader.read(Path.of("technology-costs.yaml")),
                        new ClientPseudonymizer(new byte[32]));
        Path heavy = dir.resolve("heavy.csv");
        Path light = dir.resolve("light.csv");
        GeneratorSummary heavyLines =
                ClaimGenerator.write(HEAVY.withOrder(ExportOrder.SHUFFLED), heavy);
        GeneratorSummary lightLines = ClaimGenerator.write(HEAVY.withMix(Mix.LIGHT), light);

        CheckOutcome heavyOutcome = check.run(heavy);
        CheckOutcome lightOutcome = check.run(light);

        double heavyRate = heavyOutcome.findings().size() / (double) heavyLines.lines();
        double lightRate = lightOutcome.findings().size() / (double) lightLines.lines();
        assertThat(heavyRate).isGreaterThan(0.7);
        assertThat(lightRate).isLessThan(0.3);
        // most lines are technology lines, in several per client-month
        assertThat(heavyLines.technologyLines()).isGreaterThan(heavyLines.lines() / 2);
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }
}
