package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.TztCheckApplication;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.FindingsCsv;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The check job end to end on the real embedded H2 file database, its check step in two partitions
 * (and on PostgreSQL, and with one partition, see the subclasses).
 */
@SpringBatchTest
@SpringBootTest(classes = TztCheckApplication.class)
@TestPropertySource(properties = "tzt.check.partitions=2")
class CheckJobFunctionalTests {

    static final Path FIXTURES = Path.of("src/test/resources/batch");

    @TempDir static Path dataDir;

    @TempDir Path out;

    @Autowired JobOperatorTestUtils jobs;

    @Autowired ClientPseudonymizer pseudonymizer;

    @Autowired JdbcTemplate jdbc;

    @Autowired FaultInjection faults;

    @Value("${tzt.check.partitions}")
    int partitions;

    @Autowired org.springframework.context.ApplicationContext context;

    /** The job under test: the database engine here, the file engine in a subclass. */
    String jobName() {
        return CheckJobConfiguration.JOB;
    }

    /** The database engine keeps every finding in tzt_finding; the file engine does not (yet). */
    boolean keepsFindingsInTheDatabase() {
        return true;
    }

    @org.junit.jupiter.api.BeforeEach
    void theJobUnderTest() {
        jobs.setJob(context.getBean(jobName(), org.springframework.batch.core.job.Job.class));
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tzt.data-dir", () -> dataDir.toString());
    }

    /**
     * Job instances are per parameters: a nonce per test run keeps a reused database (PostgreSQL)
     * from "already complete".
     */
    static final String RUN = java.util.UUID.randomUUID().toString();

    CheckJobParameters params(Path claims, Path outDir, String force) throws Exception {
        return params(
                claims,
                outDir,
                force,
                FIXTURES.resolve("profiles"),
                FIXTURES.resolve("costs.yaml"));
    }

    /**
     * With the shipped profiles and costs (VGZ, UZOVI 7095, requires regular care the same month).
     */
    CheckJobParameters shippedProfiles(Path claims, Path outDir, String force) throws Exception {
        return params(
                claims,
                outDir,
                force,
                Path.of("insurer-profiles"),
                Path.of("technology-costs.yaml"));
    }

    CheckJobParameters params(
            Path claims, Path outDir, String force, Path profileDir, Path costFile)
            throws Exception {
        Path profiles = profileDir.toAbsolutePath();
        Path costs = costFile.toAbsolutePath();
        return new CheckJobParameters(
                claims.toAbsolutePath(),
                InputInspection.of(claims).sha256(),
                profiles,
                ProfileSet.load(profiles).fingerprint(),
                costs,
                CostFileReader.read(costs).sha256(),
                outDir,
                force + "-" + RUN);
    }

    @Test
    void checksTheExportAndWritesEveryOutput() throws Exception {
        // given the fixture export with rejects, a credit pair, an orphan credit, a duplicate and a
        // Wlz line
        Path claims = FIXTURES.resolve("claims.csv");

        // when the job runs
        JobExecution execution = jobs.startJob(params(claims, out, "functional").toJobParameters());

        // then it completes, every row is accounted for and the files are there
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(readCount(execution, "load"))
                .isEqualTo(14); // 15 rows after the header, one of them blank
        assertThat(readCount(execution, "check"))
                .isEqualTo(4); // client-months C1/03, C2/03, C4/04, C5/04
        for (String file :
                List.of(
                        "findings.csv",
                        "rejects.csv",
                        "lines.csv",
                        "summary.json",
                        "report.html")) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary)
                .contains(
                        "\"read\" : 14",
                        "\"technology\" : 11",
                        "\"regularCare\" : 1",
                        "\"rejected\" : 2",
                        "\"blankRowsSkipped\" : 1",
                        "\"reconciles\" : true");
        // worked example of spec section 3 (C1); d1/c1 reversed; dup paid 35.00; w1 (Wlz, 40.00)
        // and dup2 (35.00) at risk
        assertThat(summary)
                .contains(
                        "\"reimbursableCents\" : " + (45500 + 3500),
                        "\"atRiskCents\" : " + (5416 + 4000 + 3500),
                        "\"uncheckedCents\" : 5833");
        assertThat(Files.readString(out.resolve("findings.csv")))
                .contains(
                        ";CREDIT_IN_SAME_FILE;",
                        ";ORPHAN_CREDIT;",
                        ";DUPLICATE_LINE;",
                        ";NOT_ZVW;",
                        ";COST_GAP;")
                .doesNotContain("C1;", "111222333");
        // and the staged client numbers and BSNs are gone from the database: the run's staging
        // tables are dropped
        StagingTables staging = new StagingTables(execution.getJobInstance().getInstanceId());
        assertThat(staging.exist(jdbc)).isFalse();
        for (String table :
                List.of(staging.line(), staging.tech(), staging.regular(), staging.result())) {
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = ?",
                                    Long.class,
                                    table))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void moneyLeftUnclaimedIsInEveryOutputAndApartFromTheMoneyAtRisk(@TempDir Path work)
            throws Exception {
        // given one hour at 70.00 (ceiling PV 70.00) declared as 50.00, and another declared as
        // 80.00
        Path claims =
                Files.writeString(
                        work.resolve("under.csv"),
                        "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;amount;technology\n"
                                + "u1;C1;;9664;1062;2024-03-01;60;70,00;50,00;OTHER\n"
                                + "o1;C2;;9664;1062;2024-03-01;60;70,00;80,00;OTHER\n");

        // when the job runs
        JobExecution execution =
                jobs.startJob(params(claims, out, "underclaimed").toJobParameters());

        // then u1 is reimbursed 50.00 (what it claims, not 70.00) with nothing at risk and 20.00
        // left unclaimed; o1 70.00
        // with 10.00 at risk: claimed 130.00 = reimbursable 120.00 + at risk 10.00, and 20.00 left
        // unclaimed beside it
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        tools.jackson.databind.JsonNode summary =
                tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(Files.readString(out.resolve("summary.json")));
        for (tools.jackson.databind.JsonNode money :
                List.of(summary.path("money"), summary.path("insurers").get(0).path("money"))) {
            assertThat(money.path("claimedCents").asLong()).isEqualTo(13000);
            assertThat(money.path("reimbursableCents").asLong()).isEqualTo(12000);
            assertThat(money.path("atRiskCents").asLong()).isEqualTo(1000);
            assertThat(money.path("underclaimedCents").asLong()).isEqualTo(2000);
            assertThat(money.path("underclaimed").asString()).isEqualTo("20.00");
            assertThat(money.path("reconciles").asBoolean()).isTrue();
        }
        // and findings.csv carries it on u1's AMOUNT_MISMATCH only, in cents and in euros, and says
        // so in the message
        String findings = Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8);
        List<String> header =
                cells(findings.lines().findFirst().orElseThrow().replace("\ufeff", ""));
        int cents = header.indexOf("underclaimed_cents");
        int eur = header.indexOf("underclaimed_eur");
        assertThat(header.subList(cents - 4, cents + 1))
                .containsExactly(
                        "claimed_cents",
                        "reimbursable_cents",
                        "at_risk_cents",
                        "cost_gap_cents",
                        "underclaimed_cents");
        assertThat(header.subList(eur - 4, eur + 1))
                .containsExactly(
                        "claimed_eur",
                        "reimbursable_eur",
                        "at_risk_eur",
                        "cost_gap_eur",
                        "underclaimed_eur");
        java.util.Map<String, List<String>> byLine = new java.util.HashMap<>();
        findings.lines()
                .skip(1)
                .map(CheckJobFunctionalTests::cells)
                .forEach(c -> byLine.put(c.get(header.indexOf("line_id")), c));
        assertThat(byLine.get("u1")).element(cents).isEqualTo("2000");
        assertThat(byLine.get("u1")).element(eur).isEqualTo("20,00");
        assertThat(byLine.get("u1").get(header.indexOf("at_risk_cents"))).isEqualTo("0");
        assertThat(byLine.get("u1").get(header.indexOf("message")))
                .contains("geld dat u niet hebt gedeclareerd: € 20,00");
        assertThat(byLine.get("o1")).element(cents).isEqualTo("0");
        // and the database row of the finding holds it too (the engine that keeps findings there)
        if (keepsFindingsInTheDatabase()) {
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT SUM(underclaimed) FROM tzt_finding WHERE run_id = ?",
                                    Long.class,
                                    execution.getJobInstance().getInstanceId()))
                    .isEqualTo(2000L);
        }
        // and report.html shows it as a key figure of its own
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Niet gedeclareerd</div><div class=\"v\">€ 20,00</div>");
        // and findings.xlsx in its findings column and on the summary and insurers sheets
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                        Files.newInputStream(out.resolve("findings.xlsx")))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Bevindingen");
            double sum = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sum += sheet.getRow(r).getCell(cents).getNumericCellValue();
            }
            assertThat(sheet.getRow(0).getCell(cents).getStringCellValue())
                    .isEqualTo("Niet gedeclareerd (cent)");
            assertThat(sum).isEqualTo(2000);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Samenvatting")) {
                if (row.getCell(0) != null
                        && row.getCell(0).getStringCellValue().startsWith("Niet gedeclareerd")) {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(20.00);
                    found = true;
                }
            }
            assertThat(found).as("a summary row for the money left unclaimed").isTrue();
            org.apache.poi.ss.usermodel.Sheet insurers = wb.getSheet("Verzekeraars");
            assertThat(insurers.getRow(0).getCell(9).getStringCellValue())
                    .isEqualTo("Niet gedeclareerd");
            assertThat(insurers.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(20.00);
        }
    }

    @Test
    void producesTheSameFindingsAsTheInMemoryCore() throws Exception {
        // given the fixture export
        Path claims = FIXTURES.resolve("claims.csv");

        // when the job runs and the pure-Java core checks the same file
        jobs.startJob(params(claims, out, "core-comparison").toJobParameters());
        ProfileSet profiles = ProfileSet.load(FIXTURES.resolve("profiles"));
        CostTable costs = CostFileReader.read(FIXTURES.resolve("costs.yaml"));
        CheckOutcome core = new InMemoryCheck(profiles, costs, pseudonymizer).run(claims);
        StringWriter expected = new StringWriter();
        expected.write('\ufeff');
        try (FindingsCsv csv = new FindingsCsv(expected)) {
            core.findings().forEach(csv::write);
        }

        // then the files are identical, byte for byte
        assertThat(Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8))
                .isEqualTo(expected.toString());
        assertThat(core.counts().rejected()).isEqualTo(2);
    }

    @Test
    void twoRunsOnTheSameInputGiveByteIdenticalFindings(@TempDir Path secondOut) throws Exception {
        // given one export checked twice as separate runs
        Path claims = FIXTURES.resolve("claims.csv");

        // when
        jobs.startJob(params(claims, out, "first").toJobParameters());
        jobs.startJob(params(claims, secondOut, "second").toJobParameters());

        // then
        assertThat(Files.readAllBytes(secondOut.resolve("findings.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("findings.csv")));
        assertThat(Files.readAllBytes(secondOut.resolve("rejects.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("rejects.csv")));
    }

    @Test
    void theSameRunIsRecognisedAsAlreadyComplete() throws Exception {
        // given a completed run
        Path claims = FIXTURES.resolve("claims.csv");
        var parameters = params(claims, out, "once").toJobParameters();
        assertThat(jobs.startJob(parameters).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // when the same parameters are started again, then the job repository refuses
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.startJob(parameters))
                .isInstanceOf(
                        org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
                                .class);
    }

    @Test
    void aFailedRunRestartsWhereItStoppedAndGivesTheSameFindings(@TempDir Path work)
            throws Exception {
        // given an uninterrupted run, and a second run whose output directory cannot be created
        Path claims = FIXTURES.resolve("claims.csv");
        jobs.startJob(params(claims, out, "reference").toJobParameters());
        Path blocked =
                Files.writeString(
                        work.resolve("out"), "a file where the output directory should be");
        var parameters = params(claims, blocked, "restart").toJobParameters();
        JobExecution failed = jobs.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        // when the obstacle is gone and the same run is started again
        Files.delete(blocked);
        JobExecution restarted = jobs.startJob(parameters);

        // then it completes without loading or checking again, and its findings equal the
        // uninterrupted run's
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId())
                .isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(restarted.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .containsExactly("report", "cleanup");
        assertThat(Files.readAllBytes(blocked.resolve("findings.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("findings.csv")));
    }

    @Test
    void aRunThatFailsMidCheckRestartsWithoutLosingOrDoublingAFinding(@TempDir Path work)
            throws Exception {
        // given an uninterrupted run of a generated export, and the same export failing after 450
        // client-months
        Path claims = work.resolve("generated.csv");
        ClaimGenerator.write(
                new GeneratorOptions(
                        600, java.time.YearMonth.of(2024, 1), 2, 7L, Style.PLAIN, true),
                claims);
        Path reference = work.resolve("reference");
        jobs.startJob(params(claims, reference, "uninterrupted").toJobParameters());
        var parameters = params(claims, out, "injected").toJobParameters();
        faults.arm(450); // chunks are 200 client-months: two chunks commit, the third fails
        JobExecution failed = jobs.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        // when the same run is started again
        faults.disarm();
        JobExecution restarted = jobs.startJob(parameters);

        // then it resumes the check after the committed client-months and its findings equal the
        // uninterrupted run's
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long total =
                readCount(
                        jobs.getJobRepository()
                                .getLastJobExecution(
                                        jobs.getJobRepository()
                                                .getJobInstance(
                                                        jobName(),
                                                        params(claims, reference, "uninterrupted")
                                                                .toJobParameters())),
                        "check");
        assertThat(readCount(restarted, "check")).isLessThan(total).isGreaterThan(0);
        assertThat(Files.readAllBytes(out.resolve("findings.csv")))
                .isEqualTo(Files.readAllBytes(reference.resolve("findings.csv")));
        long rows = Files.readAllLines(out.resolve("findings.csv")).size() - 1;
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM tzt_finding WHERE run_id = ?",
                                Long.class,
                                restarted.getJobInstance().getInstanceId()))
                .isEqualTo(rows);
    }

    @Test
    void aCorrectedExportForTheSamePeriodReplacesTheOldFindings(@TempDir Path work)
            throws Exception {
        // given a run on the export, and a corrected export for the same insurers and months (m2 at
        // the ceiling tariff)
        Path claims = FIXTURES.resolve("claims.csv");
        JobExecution first = jobs.startJob(params(claims, out, "original").toJobParameters());
        Path corrected =
                Files.writeString(
                        work.resolve("claims.csv"),
                        Files.readString(claims)
                                .replace(
                                        "m2;C1;111222333;9664;1062;2024-03-08;90;75,00",
                                        "m2;C1;111222333;9664;1062;2024-03-08;90;70,00"));

        // when the corrected export is checked
        JobExecution second =
                jobs.startJob(
                        params(corrected, work.resolve("out"), "corrected").toJobParameters());

        // then it is a new run, and the database keeps only its findings for that scope
        assertThat(second.getJobInstance().getInstanceId())
                .isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM tzt_finding WHERE run_id = ?",
                                first.getJobInstance().getInstanceId()))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM tzt_finding WHERE run_id = ? AND code = 'TARIFF_ABOVE_CEILING'",
                                second.getJobInstance().getInstanceId()))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM tzt_finding WHERE run_id = ?",
                                second.getJobInstance().getInstanceId()))
                .isEqualTo(Files.readAllLines(work.resolve("out/findings.csv")).size() - 1);
    }

    @Test
    void repeatedLineIdsAndCreditsAreSettledAsTheInMemoryCoreSettlesThem() throws Exception {
        // given an export whose ids repeat across kinds (a technology id, a regular-care id reused
        // by a technology line,
        // a repeated credit, a repeated regular-care debit in another month) and a regular-care
        // debit reversed by a credit
        Path claims = FIXTURES.resolve("repeated-ids.csv");

        // when the job checks it with the shipped profiles (VGZ wants regular care in the same
        // month)
        JobExecution execution =
                jobs.startJob(shippedProfiles(claims, out, "repeated-ids").toJobParameters());

        // then the later rows of each repeated id are rejected, naming the first, and nothing else
        // is
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"));
        assertThat(rejects).hasSize(1 + 5);
        assertThat(String.join("\n", rejects))
                .contains(
                        "regel-id 't1' staat al op regel 2",
                        "regel-id 'r1' staat al op regel 3",
                        "regel-id 'r3' staat al op regel 7",
                        "regel-id 'ct1' staat al op regel 12",
                        "regel-id 'r4' staat al op regel 15");
        // and a client-month whose only regular-care debit was reversed (C2) or rejected (C3,
        // April) has none left;
        // C4 keeps the first r4
        String findings = Files.readString(out.resolve("findings.csv"));
        assertThat(
                        findings.lines()
                                .filter(l -> l.contains(";NO_REGULAR_CARE;"))
                                .map(l -> l.split(";")[4]))
                .containsExactlyInAnyOrder("t2", "t3");
        assertThat(findings).contains(";CREDIT_IN_SAME_FILE;").doesNotContain(";ORPHAN_CREDIT;");
        // and findings.csv and rejects.csv are those of the in-memory core, byte for byte
        CheckOutcome core =
                new InMemoryCheck(
                                ProfileSet.load(Path.of("insurer-profiles")),
                                CostFileReader.read(Path.of("technology-costs.yaml")),
                                pseudonymizer)
                        .run(claims);
        assertThat(findings).isEqualTo(findingsCsv(core));
        assertThat(core.counts().rejected()).isEqualTo(5);
        assertThat(Files.readString(out.resolve("summary.json")))
                .contains("\"read\" : 15", "\"rejected\" : 5", "\"reconciles\" : true");
    }

    @Test
    void aGeneratedExportGivesTheFindingsAndLinesOfTheInMemoryCore(@TempDir Path work)
            throws Exception {
        // given a generated export (credits, duplicates, unreadable rows, several insurers: more
        // than one partition)
        Path claims = work.resolve("generated.csv");
        ClaimGenerator.write(
                new GeneratorOptions(
                        900, java.time.YearMonth.of(2024, 1), 3, 5L, Style.EXCEL, true),
                claims);

        // when the job checks it and the core checks it in memory
        JobExecution execution =
                jobs.startJob(shippedProfiles(claims, out, "generated").toJobParameters());
        CheckOutcome core =
                new InMemoryCheck(
                                ProfileSet.load(Path.of("insurer-profiles")),
                                CostFileReader.read(Path.of("technology-costs.yaml")),
                                pseudonymizer)
                        .run(claims);

        // then the findings are the same, byte for byte, and lines.csv has the same rows (the job
        // writes them in the order
        // of the findings, the core in file order)
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(
                        execution.getStepExecutions().stream()
                                .filter(
                                        s ->
                                                s.getStepName()
                                                        .startsWith(
                                                                CheckJobConfiguration
                                                                        .CHECK_WORKER_STEP)))
                .hasSize(partitions);
        assertThat(Files.readString(out.resolve("findings.csv"))).isEqualTo(findingsCsv(core));
        StringWriter lines = new StringWriter();
        lines.write('\ufeff');
        try (nl.tztcheck.reports.LinesCsv csv =
                new nl.tztcheck.reports.LinesCsv(lines, pseudonymizer)) {
            core.lines().forEach(csv::write);
        }
        assertThat(Files.readAllLines(out.resolve("lines.csv")).stream().sorted().toList())
                .isEqualTo(lines.toString().lines().sorted().toList());
    }

    @Test
    void aLoadThatFailsMidWayRestartsAndStillRejectsIdsRepeatedAcrossTheFailure(@TempDir Path work)
            throws Exception {
        // given a generated export of some 5,000 rows whose last ten rows repeat the ids of rows in
        // its first chunk
        Path claims = work.resolve("generated.csv");
        ClaimGenerator.write(
                new GeneratorOptions(
                        300, java.time.YearMonth.of(2024, 1), 3, 9L, Style.PLAIN, false),
                claims);
        List<String> rows = Files.readAllLines(claims);
        List<String> repeats = rows.subList(100, 110);
        Files.write(claims, repeats, java.nio.file.StandardOpenOption.APPEND);
        Path reference = work.resolve("reference");
        jobs.startJob(shippedProfiles(claims, reference, "load-uninterrupted").toJobParameters());

        // when the same export's load fails at its third chunk (4,000 rows committed) and the run
        // is started again
        var parameters = shippedProfiles(claims, out, "load-injected").toJobParameters();
        faults.armLoad(5_000);
        JobExecution failed = jobs.startJob(parameters);
        faults.disarm();
        JobExecution restarted = jobs.startJob(parameters);

        // then the restart loaded only the rest, rejected the ten repeated rows, and gives the
        // uninterrupted run's outputs
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(readCount(restarted, "load")).isEqualTo(rows.size() - 1 + 10 - 4_000);
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"));
        assertThat(rejects.stream().filter(r -> r.contains("staat al op regel"))).hasSize(10);
        for (String file : List.of("findings.csv", "rejects.csv", "lines.csv")) {
            assertThat(Files.readAllBytes(out.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
        // and the line counts, kept across the restart in the load step's context, still add up to
        // the lines read
        assertThat(lineCounts(out))
                .isEqualTo(lineCounts(reference))
                .contains("\"read\" : " + (rows.size() - 1 + 10), "\"reconciles\" : true");
    }

    /** The "lines" block of a run's summary.json. */
    static String lineCounts(Path outDir) throws java.io.IOException {
        String summary = Files.readString(outDir.resolve("summary.json"));
        int start = summary.indexOf("\"lines\"");
        return summary.substring(start, summary.indexOf('}', start) + 1);
    }

    /** findings.csv as the job writes it, from the in-memory core's findings. */
    private static String findingsCsv(CheckOutcome core) throws java.io.IOException {
        StringWriter expected = new StringWriter();
        expected.write('\ufeff');
        try (FindingsCsv csv = new FindingsCsv(expected)) {
            core.findings().forEach(csv::write);
        }
        return expected.toString();
    }

    @Test
    void theFindingsAreWordedInTheRunsLanguageDutchByDefault(@TempDir Path englishOut)
            throws Exception {
        // given the fixture export, checked with the default language and with lang=en
        Path claims = FIXTURES.resolve("claims.csv");
        CheckJobParameters dutch = params(claims, out, "lang-default");
        CheckJobParameters english =
                params(claims, englishOut, "lang-en").withLanguage(nl.tztcheck.i18n.Language.EN);

        // when both run
        JobExecution nlRun = jobs.startJob(dutch.toJobParameters());
        JobExecution enRun = jobs.startJob(english.toJobParameters());

        // then the language is a parameter of each run, and the messages in findings.csv are in it
        assertThat(nlRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(enRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(nlRun.getJobParameters().getString(CheckJobParameters.LANG)).isEqualTo("nl");
        assertThat(enRun.getJobParameters().getString(CheckJobParameters.LANG)).isEqualTo("en");
        String nlFindings = Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8);
        String enFindings =
                Files.readString(englishOut.resolve("findings.csv"), StandardCharsets.UTF_8);
        assertThat(nlFindings)
                .contains("Regel ", "het hele bedrag loopt risico", "Creditregel ", "€ ")
                .doesNotContain("Line ", "whole amount");
        assertThat(enFindings)
                .contains("Line ", "the whole amount is at risk", "Credit line ", "€")
                .doesNotContain("Regel ", "zorgverzekeraar");
        // and the wording around the citations too, the titles of the sources staying as published
        assertThat(nlFindings)
                .contains(
                        "landelijke regel geldt (CZ stelt geen eigen waarde): NZa (geverifieerd)",
                        "(niet geverifieerd)",
                        "Vektis retourcode 0587: prestatie al gedeclareerd")
                .doesNotContain("(verified)");
        assertThat(enFindings)
                .contains(
                        "national rule applies (CZ sets no own value): NZa (verified)",
                        "(unverified)",
                        "Vektis retourcode 0587: prestatie already declared")
                .doesNotContain("geverifieerd");
        // and only the words differ: the same findings and figures (the CSV's columns are a
        // contract)
        assertThat(withoutMessages(enFindings)).isEqualTo(withoutMessages(nlFindings));
        assertThat(enFindings.lines().findFirst()).isEqualTo(nlFindings.lines().findFirst());
    }

    @Test
    void theLanguageIsPartOfTheRunsIdentityAndAnOlderRunWithoutItIsDutch() throws Exception {
        // given
        CheckJobParameters p = params(FIXTURES.resolve("claims.csv"), out, "identity");

        // then
        assertThat(CheckJobParameters.from(p.toJobParameters())).isEqualTo(p);
        assertThat(
                        CheckJobParameters.from(
                                        p.withLanguage(nl.tztcheck.i18n.Language.EN)
                                                .toJobParameters())
                                .language())
                .isEqualTo(nl.tztcheck.i18n.Language.EN);
        assertThat(p.toJobParameters().getParameter(CheckJobParameters.LANG).identifying())
                .isTrue();
        assertThat(
                        CheckJobParameters.language(
                                new org.springframework.batch.core.job.parameters
                                                .JobParametersBuilder()
                                        .addString(CheckJobParameters.CLAIMS, "x")
                                        .toJobParameters()))
                .isEqualTo(nl.tztcheck.i18n.Language.NL);
    }

    /**
     * findings.csv without its message and source columns (the words of each finding), as ordered
     * rows.
     */
    private static java.util.List<String> withoutMessages(String csv) {
        String[] header =
                csv.lines().findFirst().orElseThrow().replace("\ufeff", "").split(";", -1);
        int message = java.util.Arrays.asList(header).indexOf("message");
        int source = java.util.Arrays.asList(header).indexOf("source");
        assertThat(message).isNotNegative().isLessThan(source);
        return csv.lines()
                .skip(1)
                .map(
                        l -> {
                            java.util.List<String> cells = cells(l);
                            cells.remove(source);
                            cells.remove(message);
                            return String.join(";", cells);
                        })
                .sorted()
                .toList();
    }

    /**
     * One row's cells: ';'-separated, a cell with ';' or '"' in double quotes (no line breaks in
     * these files).
     */
    private static java.util.List<String> cells(String row) {
        java.util.List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private long count(String sql, long runId) {
        return jdbc.queryForObject(sql, Long.class, runId);
    }

    /**
     * (Not returning a StepExecution: the step-scope test listener would take such a method for its
     * factory.)
     */
    static long readCount(JobExecution execution, String step) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(step))
                .mapToLong(StepExecution::getReadCount)
                .findFirst()
                .orElseThrow();
    }
}
