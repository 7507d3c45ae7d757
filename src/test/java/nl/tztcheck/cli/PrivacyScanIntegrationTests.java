package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReaderBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the check as a real process on both shipped samples and scans every output file and the
 * whole log for the BSNs and client numbers of the input: none may appear.
 */
class PrivacyScanIntegrationTests {

    @TempDir Path dir;

    @Test
    void noBsnOrClientNumberOfTheInputAppearsInAnyOutputOrTheLog() throws Exception {
        for (String sample : List.of("claims-small.csv", "claims-realistic.csv")) {
            // given the identifiers in the input
            Path claims = Path.of("sample-claims", sample);
            Set<String> secrets = identifiers(claims);
            assertThat(secrets).hasSizeGreaterThan(10);

            // when it is checked, as a user runs it
            Path out = dir.resolve(sample + "-out");
            Path log = dir.resolve(sample + ".log");
            Process p =
                    new ProcessBuilder(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    TztCheckCli.class.getName(),
                                    "check",
                                    "--claims",
                                    claims.toString(),
                                    "--out",
                                    out.toString(),
                                    "--data-dir",
                                    dir.resolve("data").toString())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(log)).isZero();

            // then no output token is one of them
            List<Path> scanned = new ArrayList<>();
            try (Stream<Path> files = Files.list(out)) {
                files.forEach(scanned::add);
            }
            scanned.add(log);
            assertThat(scanned).hasSizeGreaterThanOrEqualTo(6);
            for (Path file : scanned) {
                Set<String> leaked = new HashSet<>(tokens(file));
                leaked.retainAll(secrets);
                assertThat(leaked).as("identifiers in " + file.getFileName()).isEmpty();
            }
        }
    }

    /** Every client number and BSN (other than the "no BSN" 999999999) of the export. */
    private static Set<String> identifiers(Path claims) throws IOException {
        Set<String> ids = new HashSet<>();
        try (var reader =
                new CSVReaderBuilder(Files.newBufferedReader(claims, StandardCharsets.ISO_8859_1))
                        .withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                        .build()) {
            List<String> header = List.of(reader.readNext());
            int client =
                    header.indexOf("clientnummer") >= 0
                            ? header.indexOf("clientnummer")
                            : header.indexOf("client_id");
            int bsn = header.indexOf("bsn");
            String[] row;
            while ((row = reader.readNext()) != null) {
                if (row.length > client && !row[client].isBlank()) {
                    ids.add(row[client].trim());
                }
                if (bsn >= 0
                        && row.length > bsn
                        && row[bsn].trim().length() >= 8
                        && !row[bsn].trim().equals("999999999")) {
                    ids.add(row[bsn].trim());
                }
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        return ids;
    }

    private static List<String> tokens(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return List.of(text.split("[^A-Za-z0-9_-]+"));
    }
}
