package nl.tztcheck.batch;

import java.time.Clock;
import javax.sql.DataSource;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.GroupChecker;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.MonthGroup;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly check job: load (export to staging, rejects aside) -> prepare (indexes, repeated line
 * ids, credits) -> verify (insurance, when a service is configured) -> check (per client-month, the
 * core rules; partitioned by insurer, {@code tzt.check.partitions} at a time) -> devices (the
 * device list's COST_GAP findings, when {@code --devices} is given) -> report (the output files) ->
 * cleanup. Wiring only: every step's work is in its own class.
 */
@Configuration(proxyBeanMethods = false)
public class CheckJobConfiguration {

    public static final String JOB = "checkJob";
    public static final String LOAD_STEP = "load";
    public static final String PREPARE_STEP = "prepare";
    public static final String VERIFY_STEP = "verify";
    public static final String CHECK_STEP = "check";
    public static final String DEVICES_STEP = "devices";

    /**
     * The partitions of the check step are executions of this step, named {@code
     * checkWorker:partition<n>}.
     */
    public static final String CHECK_WORKER_STEP = "checkWorker";

    static final int LOAD_CHUNK = 2000;
    static final int CHECK_CHUNK = 200;

    /**
     * What everything after the load pseudonymises with: staged rows carry the client's staging
     * key, not the client number (see {@link StagingWriter}), and a staging key's pseudonym needs
     * no key and no second HMAC. Only the load uses the keyed pseudonymizer.
     */
    static final ClientPseudonymizer STAGED = ClientPseudonymizer.ofStagingKeys();

    /**
     * Primary: the database engine is the one a bare {@code Job} means (the job-level tests); the
     * command line picks its job by name.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    public Job checkJob(
            JobRepository jobRepository,
            Step load,
            Step prepare,
            Step verify,
            Step check,
            Step devices,
            Step report,
            Step cleanup) {
        return new JobBuilder(JOB, jobRepository)
                .start(load)
                .next(prepare)
                .next(verify)
                .next(check)
                .next(devices)
                .next(report)
                .next(cleanup)
                .build();
    }

    @Bean
    public Step load(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            ClaimExportReader claimExportReader,
            StagingWriter stagingWriter,
            ProgressLogger progress,
            FaultInjection faults) {
        return new StepBuilder(LOAD_STEP, jobRepository)
                .<RowResult, RowResult>chunk(LOAD_CHUNK)
                .transactionManager(tx)
                .reader(claimExportReader)
                .writer(stagingWriter)
                .listener((StepExecutionListener) progress)
                .listener((ChunkListener<Object, Object>) progress)
                .listener((StepExecutionListener) faults)
                .build();
    }

    @Bean
    public Step prepare(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            JdbcTemplate jdbc,
            FaultInjection faults) {
        return new StepBuilder(PREPARE_STEP, jobRepository)
                .tasklet(new PrepareTasklet(jdbc), tx)
                .listener((StepExecutionListener) new ProgressLogger())
                .listener((StepExecutionListener) faults)
                .build();
    }

    @Bean
    public Step verify(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            JdbcTemplate jdbc,
            VerificationServiceFactory verification,
            ClientPseudonymizer pseudonymizer,
            FaultInjection faults) {
        return new StepBuilder(VERIFY_STEP, jobRepository)
                .tasklet(
                        new VerifyInsuranceTasklet(
                                jdbc, verification.supplierOrNull(), new BsnSeal(pseudonymizer)),
                        tx)
                .listener((StepExecutionListener) new ProgressLogger())
                .listener((StepExecutionListener) faults)
                .build();
    }

    @Bean
    public Step check(
            JobRepository jobRepository,
            CheckPartitioner checkPartitioner,
            Step checkWorker,
            ProgressLogger progress,
            @Value("${tzt.check.partitions:0}") int partitions,
            FaultInjection faults) {
        int gridSize = partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
        SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("tzt-check-");
        workers.setConcurrencyLimit(gridSize);
        return new StepBuilder(CHECK_STEP, jobRepository)
                .partitioner(CHECK_WORKER_STEP, checkPartitioner)
                .step(checkWorker)
                .gridSize(gridSize)
                .taskExecutor(workers)
                .listener((StepExecutionListener) progress)
                .listener((StepExecutionListener) faults)
                .build();
    }

    @Bean
    public Step checkWorker(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            MonthGroupReader monthGroupReader,
            GroupCheckProcessor groupCheckProcessor,
            CheckResultWriter checkResultWriter,
            ProgressLogger progress) {
        return new StepBuilder(CHECK_WORKER_STEP, jobRepository)
                .<MonthGroup, GroupResult>chunk(CHECK_CHUNK)
                .transactionManager(tx)
                .reader(monthGroupReader)
                .processor(groupCheckProcessor)
                .writer(checkResultWriter)
                .listener((StepExecutionListener) progress)
                .listener((ChunkListener<Object, Object>) progress)
                .build();
    }

    @Bean
    public Step devices(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            DevicesTasklet devicesTasklet,
            FaultInjection faults) {
        return new StepBuilder(DEVICES_STEP, jobRepository)
                .tasklet(devicesTasklet, tx)
                .listener((StepExecutionListener) new ProgressLogger())
                .listener((StepExecutionListener) faults)
                .build();
    }

    @Bean
    @StepScope
    public DevicesTasklet devicesTasklet(
            JdbcTemplate jdbc,
            ClientPseudonymizer pseudonymizer,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new DevicesTasklet(
                jdbc, pseudonymizer, CheckJobParameters.from(stepExecution.getJobParameters()));
    }

    @Bean
    public Step report(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            ReportTasklet reportTasklet,
            FaultInjection faults) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, tx)
                .listener((StepExecutionListener) new ProgressLogger())
                .listener((StepExecutionListener) faults)
                .build();
    }

    @Bean
    public Step cleanup(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            JdbcTemplate jdbc,
            FaultInjection faults) {
        return new StepBuilder("cleanup", jobRepository)
                .tasklet(new CleanupTasklet(jdbc), tx)
                .listener((StepExecutionListener) new ProgressLogger())
                .listener((StepExecutionListener) faults)
                .build();
    }

    /**
     * Step-scoped: each step gets its own progress counter; on an interactive terminal, a progress
     * line in the run's language for the load, and one line the check step's partitions share.
     */
    @Bean
    @StepScope
    public ProgressLogger progress(
            JdbcTemplate jdbc,
            ObjectProvider<TerminalLine> terminal,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        if (!ProgressLogger.interactive()) {
            return new ProgressLogger();
        }
        CheckJobParameters params = CheckJobParameters.from(stepExecution.getJobParameters());
        return new ProgressLogger(
                new ProgressLogger.Console(
                        terminal.getObject(),
                        params.language(),
                        s ->
                                LOAD_STEP.equals(s.getStepName())
                                        ? ProgressLine.estimateDataLines(params.claims())
                                        : FileCheckJobConfiguration.JOB.equals(
                                                        s.getJobExecution()
                                                                .getJobInstance()
                                                                .getJobName())
                                                ? -1
                                                : new StagingTables(RunId.of(s)).clientMonths(jdbc),
                        System::nanoTime));
    }

    /** The terminal's progress line, one for the whole run (made only when a person watches). */
    @Bean
    @org.springframework.context.annotation.Lazy
    public TerminalLine terminalLine() {
        return new TerminalLine(Terminal.writer());
    }

    @Bean
    @StepScope
    public ClaimExportReader claimExportReader(
            @Value("#{stepExecution}") StepExecution stepExecution, ObjectProvider<Clock> clock) {
        CheckJobParameters params = CheckJobParameters.from(stepExecution.getJobParameters());
        return new ClaimExportReader(
                params.claims(),
                ProfileSet.load(params.profiles()),
                params.mapping(),
                params.wlzMapping(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @StepScope
    public StagingWriter stagingWriter(
            JdbcTemplate jdbc,
            ClientPseudonymizer pseudonymizer,
            FaultInjection faults,
            VerificationServiceFactory verification,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        // the BSN itself is staged (encrypted) only for the insurance verification
        return new StagingWriter(
                jdbc,
                new StagingTables(RunId.of(stepExecution)),
                pseudonymizer,
                verification.enabled(),
                faults);
    }

    @Bean
    @StepScope
    public CheckPartitioner checkPartitioner(
            JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution stepExecution) {
        return new CheckPartitioner(jdbc, new StagingTables(RunId.of(stepExecution)));
    }

    @Bean
    @StepScope
    public MonthGroupReader monthGroupReader(
            DataSource dataSource,
            @Value("#{stepExecution}") StepExecution stepExecution,
            @Value("#{stepExecutionContext['uzovi']}") String uzovi) {
        return new MonthGroupReader(
                dataSource,
                new StagingTables(RunId.of(stepExecution)),
                CheckPartitioner.codes(uzovi));
    }

    @Bean
    @StepScope
    public GroupCheckProcessor groupCheckProcessor(
            @Value("#{stepExecution}") StepExecution stepExecution, FaultInjection faults) {
        CheckJobParameters params = CheckJobParameters.from(stepExecution.getJobParameters());
        CostTable costs = CostFileReader.read(params.costs());
        // the findings' messages are stored in the run's language (check --lang)
        return new GroupCheckProcessor(
                new GroupChecker(
                        ProfileSet.load(params.profiles()), costs, STAGED, params.language()),
                faults);
    }

    @Bean
    @StepScope
    public CheckResultWriter checkResultWriter(
            JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution stepExecution) {
        return new CheckResultWriter(jdbc, new StagingTables(RunId.of(stepExecution)), STAGED);
    }

    @Bean
    @StepScope
    public ReportTasklet reportTasklet(
            JdbcTemplate jdbc,
            JobRepository jobRepository,
            @Value("#{stepExecution}") StepExecution stepExecution,
            @Value("${tzt.provider-name:}") String providerName) {
        CheckJobParameters params = CheckJobParameters.from(stepExecution.getJobParameters());
        return new ReportTasklet(
                jdbc,
                jobRepository,
                ProfileSet.load(params.profiles()),
                STAGED,
                params,
                providerName);
    }
}
