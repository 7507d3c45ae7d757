package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.opencsv.CSVReader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.tztcheck.TztCheckApplication;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.FindingsWorkbook;
import nl.tztcheck.testing.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * findings.xlsx as LibreOffice reads it: a real check of the shipped sample, the workbook converted
 * by headless LibreOffice (every sheet to its own CSV, values not as shown), and its figures
 * compared with summary.json. Skipped without LibreOffice, except on CI (CI=true), where it fails.
 */
@SpringBatchTest
@SpringBootTest(classes = TztCheckApplication.class)
class FindingsWorkbookJobTests {

    static final String CSV_FILTER =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir static Path dataDir;

    @TempDir Path out;

    @Autowired JobOperatorTestUtils jobs;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tzt.data-dir", () -> dataDir.toString());
    }

    static final String RUN = java.util.UUID.randomUUID().toString();

    static Optional<Path> soffice() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                candidates.add(Path.of(dir, "soffice"));
                candidates.add(Path.of(dir, "libreoffice"));
            }
        }
        candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
        candidates.add(Path.of("/opt/libreoffice/program/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    static Path requireSoffice() {
        Optional<Path> soffice = soffice();
        RequiredTool.require(
                soffice.isPresent(),
                "soffice (LibreOffice Calc)",
                "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui");
        return soffice.get();
    }

    @Test
    void libreOfficeReadsTheSamplesWorkbookWithTheFiguresOfSummaryJson() throws Exception {
        Path soffice = requireSoffice();
        // given a real check of the shipped sample, in Dutch (the default)
        Path xlsx = checkTheSample("libreoffice");

        // when LibreOffice converts every sheet to CSV
        Messages texts = Messages.of(FindingsWorkbook.BUNDLE, Language.NL);
        Map<String, List<String[]>> sheets = convert(soffice, xlsx, out.resolve("lo"));

        // then the four sheets are there, in Dutch
        List<String[]> summarySheet = sheets.get(texts.get("sheet.summary"));
        List<String[]> findingsSheet = sheets.get(texts.get("sheet.findings"));
        List<String[]> rejectsSheet = sheets.get(texts.get("sheet.rejects"));
        List<String[]> insurersSheet = sheets.get(texts.get("sheet.insurers"));
        assertThat(sheets).hasSize(4);
        assertThat(List.of(summarySheet, findingsSheet, rejectsSheet, insurersSheet))
                .doesNotContainNull();

        // and the totals are those of summary.json
        JsonNode json =
                JsonMapper.builder()
                        .build()
                        .readTree(Files.readString(out.resolve(ReportTasklet.SUMMARY)));
        Map<String, String> summary = new HashMap<>();
        for (String[] row : summarySheet) {
            if (row.length > 1 && !row[0].isEmpty()) {
                summary.putIfAbsent(row[0], row[1]);
            }
        }
        JsonNode lines = json.get("lines");
        assertThat(count(summary, texts.get("summary.lines.read")))
                .isEqualTo(lines.get("read").asLong());
        assertThat(count(summary, texts.get("summary.lines.technology")))
                .isEqualTo(lines.get("technology").asLong());
        assertThat(count(summary, texts.get("summary.lines.regularCare")))
                .isEqualTo(lines.get("regularCare").asLong());
        assertThat(count(summary, texts.get("summary.lines.other")))
                .isEqualTo(lines.get("other").asLong());
        assertThat(count(summary, texts.get("summary.lines.rejected")))
                .isEqualTo(lines.get("rejected").asLong());
        assertThat(count(summary, texts.get("summary.lines.blank")))
                .isEqualTo(lines.get("blankRowsSkipped").asLong());
        JsonNode money = json.get("money");
        assertThat(euro(summary.get(texts.get("summary.money.claimed"))))
                .isEqualByComparingTo(cents(money, "claimedCents"));
        assertThat(euro(summary.get(texts.get("summary.money.reimbursable"))))
                .isEqualByComparingTo(cents(money, "reimbursableCents"));
        assertThat(euro(summary.get(texts.get("summary.money.atRisk"))))
                .isEqualByComparingTo(cents(money, "atRiskCents"));
        assertThat(euro(summary.get(texts.get("summary.money.unchecked"))))
                .isEqualByComparingTo(cents(money, "uncheckedCents"));
        assertThat(euro(summary.get(texts.get("summary.money.costGap"))))
                .isEqualByComparingTo(cents(money, "costGapCents"));
        JsonNode findings = json.get("findings");
        assertThat(count(summary, texts.get("summary.findings.total")))
                .isEqualTo(findings.get("total").asLong());
        for (Severity sev : Severity.values()) {
            assertThat(count(summary, texts.get("summary.severity." + sev.name())))
                    .isEqualTo(findings.get("bySeverity").get(sev.name()).asLong());
        }
        // one row per finding and per reject
        assertThat(findingsSheet).hasSize(1 + findings.get("total").asInt());
        assertThat(rejectsSheet).hasSize(1 + lines.get("rejected").asInt());
        assertThat(findings.get("total").asLong()).isPositive();

        // and per insurer: technology lines, money and findings
        String[] head = insurersSheet.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < head.length; i++) {
            col.put(head[i], i);
        }
        JsonNode insurers = json.get("insurers");
        assertThat(insurersSheet).hasSize(1 + insurers.size());
        for (int i = 0; i < insurers.size(); i++) {
            JsonNode expected = insurers.get(i);
            String[] row = insurersSheet.get(1 + i);
            String key = expected.get("insurer").asString();
            assertThat(row[col.get(texts.get("insurers.insurer"))]).isEqualTo(key);
            assertThat(Long.parseLong(row[col.get(texts.get("insurers.technologyLines"))]))
                    .as(key)
                    .isEqualTo(expected.get("technologyLines").asLong());
            JsonNode m = expected.get("money");
            assertThat(euro(row[col.get(texts.get("insurers.claimed"))]))
                    .as(key)
                    .isEqualByComparingTo(cents(m, "claimedCents"));
            assertThat(euro(row[col.get(texts.get("insurers.reimbursable"))]))
                    .as(key)
                    .isEqualByComparingTo(cents(m, "reimbursableCents"));
            assertThat(euro(row[col.get(texts.get("insurers.atRisk"))]))
                    .as(key)
                    .isEqualByComparingTo(cents(m, "atRiskCents"));
            assertThat(euro(row[col.get(texts.get("insurers.unchecked"))]))
                    .as(key)
                    .isEqualByComparingTo(cents(m, "uncheckedCents"));
            assertThat(euro(row[col.get(texts.get("insurers.costGap"))]))
                    .as(key)
                    .isEqualByComparingTo(cents(m, "costGapCents"));
            long total = 0;
            for (var code : expected.get("findingsByCode").properties()) {
                long n = code.getValue().asLong();
                total += n;
                assertThat(Long.parseLong(row[col.get(code.getKey())]))
                        .as("%s %s", key, code.getKey())
                        .isEqualTo(n);
            }
            assertThat(Long.parseLong(row[col.get(texts.get("insurers.findings"))]))
                    .as(key)
                    .isEqualTo(total);
        }
    }

    @Test
    void theSamplesWorkbookHoldsNoBsnOrClientNumber() throws Exception {
        // given the client numbers and BSNs of the shipped sample
        Set<String> secrets = new HashSet<>();
        try (CSVReader csv =
                new com.opencsv.CSVReaderBuilder(
                                Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8))
                        .withCSVParser(
                                new com.opencsv.CSVParserBuilder().withSeparator(';').build())
                        .build()) {
            List<String> header = List.of(csv.readNext());
            String[] row;
            while ((row = csv.readNext()) != null) {
                for (String column : List.of("clientnummer", "bsn")) {
                    int i = header.indexOf(column);
                    if (i >= 0
                            && i < row.length
                            && row[i].trim().length() >= 6
                            && !row[i].trim().equals("999999999")) {
                        secrets.add(row[i].trim());
                    }
                }
            }
        }
        assertThat(secrets).hasSizeGreaterThan(10);

        // when it is checked
        Path xlsx = checkTheSample("privacy");

        // then no token of any part of the workbook (it is a zip: read inside) is one of them
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    Set<String> leaked =
                            new HashSet<>(
                                    List.of(
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                                    .split("[^A-Za-z0-9_-]+")));
                    leaked.retainAll(secrets);
                    assertThat(leaked).as("identifiers in %s", e.getName()).isEmpty();
                }
            }
        }
    }

    static final Path SAMPLE = Path.of("sample-claims/claims-small.csv");

    Path checkTheSample(String purpose) throws Exception {
        Path claims = SAMPLE.toAbsolutePath();
        Path profiles = Path.of("insurer-profiles").toAbsolutePath();
        Path costs = Path.of("technology-costs.yaml").toAbsolutePath();
        CheckJobParameters params =
                new CheckJobParameters(
                        claims,
                        InputInspection.of(claims).sha256(),
                        profiles,
                        ProfileSet.load(profiles).fingerprint(),
                        costs,
                        CostFileReader.read(costs).sha256(),
                        out,
                        "xlsx-" + purpose + "-" + RUN);
        JobExecution execution = jobs.startJob(params.toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path xlsx = out.resolve(ReportTasklet.WORKBOOK);
        assertThat(xlsx).isNotEmptyFile();
        return xlsx;
    }

    static long count(Map<String, String> summary, String label) {
        assertThat(summary).as("row '%s' on the summary sheet", label).containsKey(label);
        return Long.parseLong(summary.get(label));
    }

    static BigDecimal euro(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal cents(JsonNode money, String field) {
        return BigDecimal.valueOf(money.get(field).asLong(), 2);
    }

    /**
     * Converts each sheet to CSV with LibreOffice; the sheet name from the file name
     * findings-NAME.csv.
     */
    static Map<String, List<String[]>> convert(Path soffice, Path xlsx, Path dir)
            throws IOException, InterruptedException {
        Path csvDir = Files.createDirectories(dir.resolve("csv"));
        Path profile = Files.createDirectories(dir.resolve("profile"));
        ProcessBuilder pb =
                new ProcessBuilder(
                                soffice.toString(),
                                "-env:UserInstallation=" + profile.toUri(),
                                "--headless",
                                "--norestore",
                                "--convert-to",
                                CSV_FILTER,
                                "--outdir",
                                csvDir.toString(),
                                xlsx.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("soffice.log").toFile());
        pb.environment()
                .put(
                        "HOME",
                        profile.toString()); // a private profile: parallel runs do not share one
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("LibreOffice did not convert findings.xlsx within 180 s");
        }
        String log = Files.readString(dir.resolve("soffice.log"));
        assertThat(p.exitValue()).as("soffice: %s", log).isZero();
        String base = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Map<String, List<String[]>> sheets = new HashMap<>();
        try (Stream<Path> files = Files.list(csvDir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                assertThat(name).as("soffice: %s", log).startsWith(base + "-").endsWith(".csv");
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                        CSVReader csv = new CSVReader(r)) {
                    sheets.put(name.substring(base.length() + 1, name.length() - 4), csv.readAll());
                } catch (com.opencsv.exceptions.CsvException e) {
                    throw new IOException(e);
                }
            }
        }
        assertThat(sheets).as("soffice: %s", log).isNotEmpty();
        return sheets;
    }
}
