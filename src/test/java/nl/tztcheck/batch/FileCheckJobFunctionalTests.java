package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.FindingsCsv;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.samples.ClaimGenerator;
import nl.tztcheck.samples.GeneratorOptions;
import nl.tztcheck.samples.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.test.context.TestPropertySource;

/**
 * Every job-level test of the database engine, run on the file engine (the command line's default):
 * the same outputs byte for byte. The lines are sorted 500 at a time, so even these small exports
 * make many run files and the merge is exercised. Where the engines differ on purpose (a restarted
 * step starts again from its beginning instead of after its last committed chunk; no findings
 * history in the database yet) the test is replaced by the file engine's own.
 */
@TestPropertySource(properties = "tzt.check.sort-lines=500")
class FileCheckJobFunctionalTests extends CheckJobFunctionalTests {

    @Override
    String jobName() {
        return FileCheckJobConfiguration.JOB;
    }

    @Override
    boolean keepsFindingsInTheDatabase() {
        return false;
    }

    /** Replaced: the file engine has no partitions; the comparison with the core stays. */
    @Override
    @Test
    void aGeneratedExportGivesTheFindingsAndLinesOfTheInMemoryCore(@TempDir Path work)
            throws Exception {
        Path claims = work.resolve("generated.csv");
        ClaimGenerator.write(
                new GeneratorOptions(
                        900, java.time.YearMonth.of(2024, 1), 3, 5L, Style.EXCEL, true),
                claims);
        assertSameAsTheCore(claims, "generated");
    }

    /**
     * The hard case of issue 15: the same rows in date order and in a random order (so a client's
     * lines are spread over every run file) give exactly what the core gives for that file.
     */
    @ParameterizedTest
    @ValueSource(strings = {"date", "shuffled"})
    void anExportInDateOrRandomOrderGivesTheFindingsAndLinesOfTheInMemoryCore(
            String order, @TempDir Path work) throws Exception {
        Path generated = work.resolve("generated.csv");
        ClaimGenerator.write(
                new GeneratorOptions(
                        700, java.time.YearMonth.of(2024, 1), 3, 11L, Style.PLAIN, true),
                generated);
        List<String> rows = Files.readAllLines(generated);
        List<String> body = new ArrayList<>(rows.subList(1, rows.size()));
        if (order.equals("date")) {
            int date = java.util.Arrays.asList(rows.get(0).split(",")).indexOf("service_date");
            assertThat(date).isNotNegative();
            body.sort(Comparator.comparing((String r) -> r.split(",", -1)[date]));
        } else {
            Collections.shuffle(body, new Random(15));
        }
        body.add(0, rows.get(0));
        Path claims = Files.write(work.resolve(order + ".csv"), body);
        assertThat(Files.readAllLines(claims)).isNotEqualTo(rows);

        assertSameAsTheCore(claims, order);
    }

    private void assertSameAsTheCore(Path claims, String force) throws Exception {
        JobExecution execution =
                jobs.startJob(shippedProfiles(claims, out, force).toJobParameters());
        CheckOutcome core =
                new InMemoryCheck(
                                ProfileSet.load(Path.of("insurer-profiles")),
                                CostFileReader.read(Path.of("technology-costs.yaml")),
                                pseudonymizer)
                        .run(claims);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StringWriter findings = new StringWriter();
        findings.write('\ufeff');
        try (FindingsCsv csv = new FindingsCsv(findings)) {
            core.findings().forEach(csv::write);
        }
        assertThat(Files.readString(out.resolve("findings.csv"))).isEqualTo(findings.toString());
        StringWriter lines = new StringWriter();
        lines.write('\ufeff');
        try (nl.tztcheck.reports.LinesCsv csv =
                new nl.tztcheck.reports.LinesCsv(lines, pseudonymizer)) {
            core.lines().forEach(csv::write);
        }
        assertThat(Files.readAllLines(out.resolve("lines.csv")).stream().sorted().toList())
                .isEqualTo(lines.toString().lines().sorted().toList());
        // and the run's files are gone from the data directory
        assertThat(new RunFiles(dataDir, execution.getJobInstance().getInstanceId()).dir())
                .doesNotExist();
    }

    /**
     * Replaced: a restarted run does load, prepare and check again (their run files may be on
     * another host), then the report it could not write, and gives the same findings.
     */
    @Override
    @Test
    void aFailedRunRestartsWhereItStoppedAndGivesTheSameFindings(@TempDir Path work)
            throws Exception {
        Path claims = FIXTURES.resolve("claims.csv");
        jobs.startJob(params(claims, out, "reference").toJobParameters());
        Path blocked =
                Files.writeString(
                        work.resolve("out"), "a file where the output directory should be");
        var parameters = params(claims, blocked, "restart").toJobParameters();
        JobExecution failed = jobs.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        Files.delete(blocked);
        JobExecution restarted = jobs.startJob(parameters);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId())
                .isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(restarted.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .containsExactly("load", "prepare", "check", "report", "cleanup");
        assertThat(Files.readAllBytes(blocked.resolve("findings.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("findings.csv")));
    }

    /**
     * Replaced: a run whose load was done on another host (its run files are not in this data
     * directory) is done again from the load here, with the outputs of an uninterrupted run.
     */
    @Test
    void aRunWhoseRunFilesAreGoneIsDoneAgainFromTheLoad(@TempDir Path work) throws Exception {
        Path claims = FIXTURES.resolve("claims.csv");
        jobs.startJob(params(claims, out, "reference-gone").toJobParameters());
        Path second = work.resolve("out");
        var parameters = params(claims, second, "gone").toJobParameters();
        faults.arm(1);
        JobExecution failed = jobs.startJob(parameters);
        faults.disarm();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        new RunFiles(dataDir, failed.getJobInstance().getInstanceId()).delete();

        JobExecution restarted = jobs.startJob(parameters);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (String file : List.of("findings.csv", "lines.csv", "rejects.csv")) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(out.resolve(file)));
        }
    }

    /**
     * Replaced: a failed check step starts again from its first client-month (the load's run files
     * stay), and the findings equal the uninterrupted run's.
     */
    @Override
    @Test
    void aRunThatFailsMidCheckRestartsWithoutLosingOrDoublingAFinding(@TempDir Path work)
            throws Exception {
        Path claims = work.resolve("generated.csv");
        ClaimGenerator.write(
                new GeneratorOptions(
                        600, java.time.YearMonth.of(2024, 1), 2, 7L, Style.PLAIN, true),
                claims);
        Path reference = work.resolve("reference");
        jobs.startJob(params(claims, reference, "uninterrupted").toJobParameters());
        var parameters = params(claims, out, "injected").toJobParameters();
        faults.arm(450);
        JobExecution failed = jobs.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        faults.disarm();
        JobExecution restarted = jobs.startJob(parameters);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .containsExactly("load", "prepare", "check", "report", "cleanup");
        assertThat(readCount(restarted, "check")).isGreaterThan(450);
        for (String file : List.of("findings.csv", "lines.csv", "rejects.csv")) {
            assertThat(Files.readAllBytes(out.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
    }

    /**
     * Replaced: a failed load starts again from the first row (nothing of it was kept), still
     * rejects the ids repeated across the failure, and gives the uninterrupted run's outputs.
     */
    @Override
    @Test
    void aLoadThatFailsMidWayRestartsAndStillRejectsIdsRepeatedAcrossTheFailure(@TempDir Path work)
            throws Exception {
        Path claims = work.resolve("generated.csv");
        ClaimGenerator.write(
                new GeneratorOptions(
                        300, java.time.YearMonth.of(2024, 1), 3, 9L, Style.PLAIN, false),
                claims);
        List<String> rows = Files.readAllLines(claims);
        Files.write(claims, rows.subList(100, 110), java.nio.file.StandardOpenOption.APPEND);
        Path reference = work.resolve("reference");
        jobs.startJob(shippedProfiles(claims, reference, "load-uninterrupted").toJobParameters());

        var parameters = shippedProfiles(claims, out, "load-injected").toJobParameters();
        faults.armLoad(5_000);
        JobExecution failed = jobs.startJob(parameters);
        faults.disarm();
        JobExecution restarted = jobs.startJob(parameters);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(readCount(restarted, "load")).isEqualTo(rows.size() - 1 + 10);
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"));
        assertThat(rejects.stream().filter(r -> r.contains("staat al op regel"))).hasSize(10);
        for (String file : List.of("findings.csv", "rejects.csv", "lines.csv")) {
            assertThat(Files.readAllBytes(out.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
        assertThat(lineCounts(out))
                .isEqualTo(lineCounts(reference))
                .contains("\"read\" : " + (rows.size() - 1 + 10), "\"reconciles\" : true");
    }

    /**
     * Not run on the file engine: it keeps no findings in the database yet (BENCHMARKS.md, issue
     * 15's closing note), so there is no history for a corrected export to replace.
     */
    @Override
    void aCorrectedExportForTheSamePeriodReplacesTheOldFindings(Path work) {}
}
