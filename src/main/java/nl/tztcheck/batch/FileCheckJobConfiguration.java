package nl.tztcheck.batch;

import java.nio.file.Path;
import java.time.Clock;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.GroupChecker;
import nl.tztcheck.runfiles.SortedRuns;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly check on run files (the default engine): load (export sorted into run files in the
 * data directory, rejects aside) -> prepare (repeated line ids, credits) -> check (per
 * client-month, the core rules, streamed in output order) -> report (the output files) -> cleanup
 * (the run files removed). The database keeps the job's state; the lines never enter it. Every step
 * is one unit of work that starts again from its beginning after a crash. Runs with insurance
 * verification or a device list use the database engine ({@link CheckJobConfiguration}) until those
 * steps are ported. Wiring only: every step's work is in its own class.
 */
@Configuration(proxyBeanMethods = false)
public class FileCheckJobConfiguration {

    public static final String JOB = "fileCheckJob";

    @Bean
    public Job fileCheckJob(
            JobRepository jobRepository,
            Step fileLoad,
            Step filePrepare,
            Step fileCheck,
            Step fileReport,
            Step fileCleanup) {
        return new JobBuilder(JOB, jobRepository)
                .start(fileLoad)
                .next(filePrepare)
                .next(fileCheck)
                .next(fileReport)
                .next(fileCleanup)
                .build();
    }

    @Bean
    public RunFilesRoot runFilesRoot(@Value("${tzt.data-dir:./data}") String dataDir) {
        return new RunFilesRoot(Path.of(dataDir).toAbsolutePath().normalize());
    }

    @Bean
    public Step fileLoad(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            FileLoadTasklet fileLoadTasklet,
            ProgressLogger progress,
            FaultInjection faults) {
        return again(
                step(
                        CheckJobConfiguration.LOAD_STEP,
                        jobRepository,
                        tx,
                        fileLoadTasklet,
                        progress,
                        faults));
    }

    @Bean
    public Step filePrepare(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            RunFilesRoot root,
            FaultInjection faults) {
        return again(
                step(
                        CheckJobConfiguration.PREPARE_STEP,
                        jobRepository,
                        tx,
                        new FilePrepareTasklet(root),
                        faults));
    }

    @Bean
    public Step fileCheck(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            FileCheckTasklet fileCheckTasklet,
            ProgressLogger progress,
            FaultInjection faults) {
        return again(
                step(
                        CheckJobConfiguration.CHECK_STEP,
                        jobRepository,
                        tx,
                        fileCheckTasklet,
                        progress,
                        faults));
    }

    @Bean
    public Step fileReport(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            ReportTasklet fileReportTasklet,
            FaultInjection faults) {
        return step("report", jobRepository, tx, fileReportTasklet, faults);
    }

    @Bean
    public Step fileCleanup(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            RunFilesRoot root,
            FaultInjection faults) {
        return step("cleanup", jobRepository, tx, new FileCleanupTasklet(root), faults);
    }

    /**
     * A restarted run does load, prepare and check again, even where they completed before: their
     * run files are in the data directory of the host that made them, and the run may be resumed on
     * another host sharing the job repository (PostgreSQL), or after the files were lost. The steps
     * are deterministic, so the outputs are the same bytes; a restart costs the time of those steps
     * again.
     */
    private static Step again(Step step) {
        ((org.springframework.batch.core.step.AbstractStep) step).setAllowStartIfComplete(true);
        return step;
    }

    private static Step step(
            String name,
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            org.springframework.batch.core.step.tasklet.Tasklet tasklet,
            FaultInjection faults) {
        return step(name, jobRepository, tx, tasklet, new ProgressLogger(), faults);
    }

    private static Step step(
            String name,
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            org.springframework.batch.core.step.tasklet.Tasklet tasklet,
            ProgressLogger progress,
            FaultInjection faults) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, tx)
                .listener((StepExecutionListener) progress)
                .listener((StepExecutionListener) faults)
                .build();
    }

    /**
     * {@code tzt.check.sort-lines}: how many lines the load sorts in memory before it writes a run
     * file (default 0: by the heap, {@link SortedRuns#linesForHeap}); tests set it small to make
     * many run files.
     */
    @Bean
    @StepScope
    public FileLoadTasklet fileLoadTasklet(
            @Value("#{stepExecution}") StepExecution stepExecution,
            ClientPseudonymizer pseudonymizer,
            RunFilesRoot root,
            FaultInjection faults,
            ProgressLogger progress,
            ObjectProvider<Clock> clock,
            JobRepository jobRepository,
            @Value("${tzt.check.sort-lines:0}") int sortLines) {
        CheckJobParameters params = CheckJobParameters.from(stepExecution.getJobParameters());
        return new FileLoadTasklet(
                params,
                ProfileSet.load(params.profiles()),
                pseudonymizer,
                root,
                faults,
                progress,
                clock.getIfAvailable(Clock::systemUTC),
                sortLines > 0
                        ? sortLines
                        : SortedRuns.linesForHeap(Runtime.getRuntime().maxMemory()),
                jobRepository);
    }

    @Bean
    @StepScope
    public FileCheckTasklet fileCheckTasklet(
            @Value("#{stepExecution}") StepExecution stepExecution,
            RunFilesRoot root,
            FaultInjection faults,
            ProgressLogger progress) {
        CheckJobParameters params = CheckJobParameters.from(stepExecution.getJobParameters());
        // the findings' messages are in the run's language (check --lang)
        return new FileCheckTasklet(
                root,
                new GroupChecker(
                        ProfileSet.load(params.profiles()),
                        CostFileReader.read(params.costs()),
                        CheckJobConfiguration.STAGED,
                        params.language()),
                faults,
                progress);
    }

    @Bean
    @StepScope
    public ReportTasklet fileReportTasklet(
            JdbcTemplate jdbc,
            JobRepository jobRepository,
            RunFilesRoot root,
            @Value("#{stepExecution}") StepExecution stepExecution,
            @Value("${tzt.provider-name:}") String providerName) {
        CheckJobParameters params = CheckJobParameters.from(stepExecution.getJobParameters());
        ProfileSet profiles = ProfileSet.load(params.profiles());
        return new ReportTasklet(
                jdbc,
                jobRepository,
                profiles,
                CheckJobConfiguration.STAGED,
                params,
                providerName,
                new FileRunResults(root, params, profiles));
    }
}
