package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import nl.tztcheck.TztCheckApplication;
import nl.tztcheck.batch.AbandonedRuns;
import nl.tztcheck.batch.CheckJobConfiguration;
import nl.tztcheck.batch.CheckJobParameters;
import nl.tztcheck.batch.CleanupTasklet;
import nl.tztcheck.batch.DataDirectory;
import nl.tztcheck.batch.DataDirectoryGate;
import nl.tztcheck.batch.EmbeddedDatabase;
import nl.tztcheck.batch.ReportTasklet;
import nl.tztcheck.batch.RunLock;
import nl.tztcheck.batch.Terminal;
import nl.tztcheck.claims.ClaimCsvFile;
import nl.tztcheck.claims.DeviceList;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.InvalidDeviceListException;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.claims.aw319.Aw319Format;
import nl.tztcheck.claims.aw319.Aw319StructureException;
import nl.tztcheck.claims.aw319.Aw319Validator;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.claims.aw319.WlzMapping;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.i18n.StoredText;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InvalidProfilesException;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.AtomicFile;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check}: validates profiles, costs and the export's header before Spring starts (exit 2,
 * nothing checked), then runs the batch job and prints a one-screen summary. Speaks Dutch by
 * default, English with {@code --lang en} ({@code i18n/terminal_<nl|en>.properties}); the problems
 * the validators find are worded in the same language ({@code i18n/validation_<nl|en>.properties}).
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Checks a claims export (CSV, or a Vektis AW319 file recognised by its header) against the insurer"
                        + " profiles and writes findings.csv, findings.xlsx, rejects.csv, lines.csv, summary.json and report.html.")
public final class CheckCommand implements Callable<Integer> {

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            defaultValue = "sample-claims/claims-small.csv",
            description = "The claims export (CSV). Default: ${DEFAULT-VALUE}")
    Path claims;

    @Option(
            names = "--profiles",
            paramLabel = "DIR",
            defaultValue = "insurer-profiles",
            description =
                    "Directory with national.yaml and one file per insurer. Default: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(
            names = "--costs",
            paramLabel = "FILE",
            defaultValue = "technology-costs.yaml",
            description = "Technology costs per client per month. Default: ${DEFAULT-VALUE}")
    Path costs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "Output directory. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "${env:TZT_DATA_DIR:-data}",
            description =
                    "Job state (H2 database) and the pseudonym key. Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description =
                    "Exit with 3 when findings of this severity (ERROR or WARNING, which includes ERROR) exist.")
    Severity failOn;

    @Option(
            names = "--force",
            description =
                    "Check again even when this export was already checked with these profiles.")
    boolean force;

    @Option(
            names = "--abandon",
            description =
                    "Give up an interrupted run of this export for good (its staged rows and findings"
                            + " are deleted); the same command without --abandon then checks the export afresh.")
    boolean abandon;

    @Option(
            names = "--provider-name",
            paramLabel = "NAME",
            defaultValue = "${env:TZT_PROVIDER_NAME}",
            description =
                    "Opt in to be named in evidence.json (national aggregates); anonymous when absent.")
    String providerName;

    @Option(
            names = "--verification-url",
            paramLabel = "URL",
            defaultValue = "${env:TZT_VERIFICATION_URL}",
            description =
                    "Insurance verification service (HTTPS, JSON contract in docs/verification.md); off when absent.")
    String verificationUrl;

    @Option(
            names = "--technology-map",
            paramLabel = "FILE",
            description =
                    "AW319 only: client -> technology (client_id;technology;product) for lines without a TZT comment record.")
    Path technologyMap;

    @Option(
            names = "--wlz-map",
            paramLabel = "FILE",
            description =
                    "Alleen AW319: de Wlz-indicaties van uw cliënten (client_id;wlz_from;wlz_to). Zonder dit bestand"
                            + " toetst de controle alleen regels waarvan het bestand de velden 0408-0413 vult en meldt WLZ_NOT_CHECKED.")
    Path wlzMap;

    @Option(
            names = "--devices",
            paramLabel = "FILE",
            description =
                    "Apparatenlijst: welke technologie uw cliënten in gebruik hebben (clientnummer;uzovi;product;van;tot,"
                            + " tot leeg = nog in gebruik). Maanden met een apparaat en zonder vergoede 1062-regel krijgen een COST_GAP met de reden.")
    Path devices;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "${env:TZT_LANG:-nl}",
            description =
                    "Language of the messages, findings and terminal output: nl (Dutch) or en (English)."
                            + " Default: ${DEFAULT-VALUE} (or $TZT_LANG)")
    String lang;

    /** Where the log lines go when a person watches on a terminal (in the data directory). */
    static final String LOG_FILE = "tzt-check.log";

    /** The bundle of this command's own messages and the summary. */
    static final String TERMINAL = "terminal";

    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private Language language = Language.NL;
    private Messages texts = Messages.of(TERMINAL, Language.NL);

    @Override
    public Integer call() {
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            // said in both languages: whoever typed a wrong language may read either
            stderr.println(
                    Messages.of(TERMINAL, Language.NL).get("check.unknownLanguage", "value", lang));
            stderr.println(
                    Messages.of(TERMINAL, Language.EN).get("check.unknownLanguage", "value", lang));
            return ExitCodes.UNUSABLE_INPUT;
        }
        texts = Messages.of(TERMINAL, language);
        CheckJobParameters params;
        try {
            params = validate();
        } catch (InvalidInputs e) {
            e.problems.print(stderr);
            return ExitCodes.UNUSABLE_INPUT;
        } catch (UnusableInputException e) {
            stderr.println(texts.get("check.cannot", "reason", e.describe(language)));
            stderr.println(texts.get("check.nothingChecked"));
            return ExitCodes.UNUSABLE_INPUT;
        } catch (Aw319StructureException e) {
            stderr.println(texts.get("check.cannot", "reason", e.describe(language)));
            return ExitCodes.UNUSABLE_INPUT;
        } catch (IOException e) {
            stderr.println(
                    texts.get("check.cannot", "reason", e.getMessage())
                            + " "
                            + texts.get("check.nothingChecked"));
            return ExitCodes.UNUSABLE_INPUT;
        }
        return run(params);
    }

    /**
     * Profiles, costs, the export (header or AW319 structure), the technology mapping and the Wlz
     * mapping, each validated whatever the others hold, so that one run lists every problem of them
     * all ({@link InputProblems}); then --out and --data-dir.
     */
    private CheckJobParameters validate() throws IOException {
        VerificationUrl.check(verificationUrl, texts);
        InputProblems problems = new InputProblems(texts);
        Path claimsFile = claims.toAbsolutePath().normalize();
        ProfileSet profileSet = null;
        try {
            profileSet = ProfileSet.load(profiles.toAbsolutePath().normalize());
        } catch (InvalidProfilesException e) {
            problems.add(InputProblems.Role.PROFILES, e);
        }
        CostTable costTable = null;
        try {
            costTable = CostFileReader.read(costs.toAbsolutePath().normalize());
        } catch (InvalidProfilesException e) {
            problems.add(InputProblems.Role.COSTS, e);
        }
        InputInspection inspection = null;
        boolean aw319 = false;
        if (!Files.isRegularFile(claimsFile) || !Files.isReadable(claimsFile)) {
            problems.add(
                    InputProblems.Role.EXPORT,
                    new UnusableInputException(
                            claims.toString(),
                            0,
                            "",
                            StoredText.of("claims.unreadable"),
                            StoredText.of("claims.unreadable.whatToDo")));
        } else {
            inspection = InputInspection.of(claimsFile);
            aw319 = validateExport(claimsFile, inspection, problems);
        }
        Path mapFile = technologyMap == null ? null : technologyMap.toAbsolutePath().normalize();
        String mapSha = null;
        if (mapFile != null) {
            try {
                TechnologyMapping.load(mapFile); // validates it now, with its line numbers
                mapSha = InputInspection.of(mapFile).sha256();
            } catch (UnusableInputException e) {
                problems.add(InputProblems.Role.TECHNOLOGY_MAP, e);
            }
        }
        Path wlzFile = wlzMap == null ? null : wlzMap.toAbsolutePath().normalize();
        String wlzSha = null;
        if (wlzFile != null) {
            try {
                if (inspection != null && !aw319) {
                    throw new UnusableInputException(
                            wlzMap.toString(),
                            0,
                            "--wlz-map",
                            "--wlz-map applies to AW319 files only",
                            "leave --wlz-map out: a CSV export carries the Wlz indication in its wlz_indication column");
                }
                WlzMapping.load(wlzFile); // validates it now, with its line numbers
                wlzSha = InputInspection.of(wlzFile).sha256();
            } catch (UnusableInputException e) {
                problems.add(InputProblems.Role.WLZ_MAP, e);
            }
        }
        Path devicesFile = devices == null ? null : devices.toAbsolutePath().normalize();
        String devicesSha = null;
        if (devicesFile != null) {
            try {
                // validated now, every problem with its line; the UZOVI codes against the profiles
                // when they could be read
                ProfileSet known = profileSet;
                DeviceList.load(devicesFile, u -> known == null || known.insurerFor(u).isPresent());
                devicesSha = InputInspection.of(devicesFile).sha256();
            } catch (InvalidDeviceListException e) {
                e.problems().forEach(p -> problems.add(InputProblems.Role.DEVICES, p));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
        Path outDir = WritableDirectory.require(out, "--out", texts);
        WritableDirectory.require(dataDir, "--data-dir", texts);
        removeLeftoverParts(outDir);
        return new CheckJobParameters(
                claimsFile,
                inspection.sha256(),
                profiles.toAbsolutePath().normalize(),
                profileSet.fingerprint(),
                costs.toAbsolutePath().normalize(),
                costTable.sha256(),
                outDir,
                force ? Instant.now().toString() : null,
                mapFile,
                mapSha,
                language,
                wlzFile,
                wlzSha,
                devicesFile,
                devicesSha);
    }

    /**
     * The export's header (CSV) or its structure (AW319); the rows are read by the job. True when
     * it is AW319.
     */
    private static boolean validateExport(
            Path claimsFile, InputInspection inspection, InputProblems problems)
            throws IOException {
        boolean aw319 = false;
        try {
            aw319 = Aw319Format.isAw319(claimsFile);
            if (aw319) {
                // VECOZO refuses a structurally broken file as a whole: so do we, listing every
                // problem
                Aw319Validator.requireValid(claimsFile);
            } else {
                try (ClaimCsvFile file = ClaimCsvFile.open(claimsFile, inspection)) {
                    file.header();
                }
            }
        } catch (UnusableInputException e) {
            problems.add(InputProblems.Role.EXPORT, e);
        } catch (Aw319StructureException e) {
            problems.add(e);
        }
        return aw319;
    }

    /** The inputs' problems, all of them, to be listed before exit 2. */
    private static final class InvalidInputs extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InputProblems problems;

        InvalidInputs(InputProblems problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /**
     * The part files of runs killed while writing this --out (only those whose writer is gone:
     * AtomicFile#removeLeftovers).
     */
    private void removeLeftoverParts(Path outDir) {
        try {
            AtomicFile.removeLeftovers(outDir);
        } catch (IOException e) {
            // tidying up; the run does not depend on it
        }
    }

    private int run(CheckJobParameters params) {
        Path data = dataDir.toAbsolutePath().normalize();
        String runKey = lockKey(params);
        Optional<DataDirectoryGate> gate = Optional.empty();
        try {
            DataDirectory.ownerOnly(
                    data); // closed before the gate and the database put files in it
            if (EmbeddedDatabase.isDefault()) {
                // on the embedded database, runs on one data directory take turns
                // (DataDirectoryGate says why)
                gate =
                        DataDirectoryGate.pass(
                                data,
                                runKey,
                                new DataDirectoryGate.Waiting() {
                                    @Override
                                    public void sameRun(String holder) {
                                        stderr.println(
                                                texts.get(
                                                        "check.lockedByOtherRun",
                                                        "holder",
                                                        holder));
                                    }

                                    @Override
                                    public void otherRun(String holder) {
                                        stdout.println(
                                                texts.get(
                                                        "check.waitingForDataDir",
                                                        "dir",
                                                        data,
                                                        "holder",
                                                        holder));
                                    }
                                });
                if (gate.isEmpty()) {
                    return ExitCodes.UNUSABLE_INPUT;
                }
            }
        } catch (IOException e) {
            stderr.println(
                    texts.get("check.dataDirNotWritable", "dir", data, "reason", e.getMessage()));
            return ExitCodes.UNUSABLE_INPUT;
        }
        try (AutoCloseable turn = gate.isPresent() ? gate.get() : () -> {};
                ConfigurableApplicationContext ctx =
                        new SpringApplicationBuilder(TztCheckApplication.class)
                                .web(WebApplicationType.NONE)
                                .logStartupInfo(false)
                                .properties(
                                        "tzt.provider-name="
                                                + (providerName == null ? "" : providerName),
                                        "tzt.verification.url="
                                                + (verificationUrl == null ? "" : verificationUrl))
                                .properties(terminalLogging(data))
                                // as an argument, not a default property: TZT_DATA_DIR in the
                                // environment would beat a default,
                                // and the database would not follow --data-dir
                                .run("--tzt.data-dir=" + data, "--tzt.lang=" + language.code())) {
            Job job = ctx.getBean(engine(ctx, params), Job.class);
            // the lock is in the database the runs share (not in the data directory): two hosts on
            // one PostgreSQL meet there
            String[] holder = {""};
            Optional<RunLock> lock =
                    RunLock.tryAcquire(
                            ctx.getBean(DataSource.class),
                            runKey,
                            ctx.getEnvironment()
                                    .getProperty(
                                            "tzt.run-lock.ttl",
                                            Duration.class,
                                            Duration.ofSeconds(60)),
                            RunLock.Holder.current(),
                            System::currentTimeMillis,
                            refusal -> holder[0] = refusal.holder());
            if (lock.isEmpty()) {
                stderr.println(texts.get("check.lockedByOtherRun", "holder", holder[0]));
                return ExitCodes.UNUSABLE_INPUT;
            }
            try (RunLock held = lock.get()) {
                return runLocked(ctx, job, params, data);
            }
        } catch (Exception e) {
            if (saidDiskFull(List.of(e), data, params.out())) {
                return ExitCodes.UNUSABLE_INPUT;
            }
            stderr.println(texts.get("check.failed", "error", e));
            stderr.println(texts.get("check.rerunHint"));
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    /**
     * The job that runs the check: the file engine (run files in the data directory, BENCHMARKS.md)
     * unless the run needs a step only the database engine has (insurance verification, a device
     * list) or {@code tzt.check.engine=database} asks for it. Both give the same outputs.
     */
    private static String engine(ConfigurableApplicationContext ctx, CheckJobParameters params) {
        boolean database =
                "database".equals(ctx.getEnvironment().getProperty("tzt.check.engine", "files"))
                        || params.devices() != null
                        || ctx.getBean(nl.tztcheck.batch.VerificationServiceFactory.class)
                                .enabled();
        return database
                ? CheckJobConfiguration.JOB
                : nl.tztcheck.batch.FileCheckJobConfiguration.JOB;
    }

    /**
     * On a terminal a person sees the progress line and the summary only: the {@code key=value} log
     * lines go to {@code <data-dir>/tzt-check.log} instead (rolled at 10 MB), and only warnings and
     * errors reach the screen. Not on a terminal (cron, systemd, a redirected run) everything stays
     * on standard output, as before.
     */
    private static String[] terminalLogging(Path data) {
        if (!Terminal.interactive()) {
            return new String[0];
        }
        return new String[] {
            "logging.file.name=" + data.resolve(LOG_FILE), "logging.threshold.console=WARN"
        };
    }

    /**
     * The job instance's identity as Spring Batch keys it: one lock per instance, whichever host or
     * data directory runs it.
     */
    private static String lockKey(CheckJobParameters params) {
        return CheckJobConfiguration.JOB
                + ":"
                + new DefaultJobKeyGenerator().generateKey(params.toJobParameters());
    }

    /**
     * With the run lock held: nobody else runs this job instance, so a "running" or UNKNOWN
     * execution was abandoned.
     */
    private int runLocked(
            ConfigurableApplicationContext ctx, Job job, CheckJobParameters params, Path data)
            throws Exception {
        AbandonedRuns runs = ctx.getBean(AbandonedRuns.class);
        if (abandon) {
            OptionalLong given = runs.abandon(job.getName(), params.toJobParameters());
            if (given.isEmpty()) {
                stderr.println(texts.get("check.nothingToAbandon"));
                return ExitCodes.UNUSABLE_INPUT;
            }
            CleanupTasklet.discard(ctx.getBean(JdbcTemplate.class), given.getAsLong());
            stdout.println(texts.get("check.abandoned"));
            return ExitCodes.COMPLETED;
        }
        if (runs.closeAbandoned(job.getName(), params.toJobParameters())) {
            stdout.println(texts.get("check.restarting"));
        }
        CheckJobParameters toRun = params;
        if (runs.wasAbandoned(job.getName(), params.toJobParameters())) {
            // given up with --abandon: this command checks the export afresh, as a new run
            stdout.println(texts.get("check.afterAbandon"));
            toRun = params.withForce(Instant.now().toString());
        }
        JobExecution execution;
        try {
            execution = ctx.getBean(JobOperator.class).start(job, toRun.toJobParameters());
        } catch (JobInstanceAlreadyCompleteException e) {
            return alreadyDone(params);
        } catch (JobExecutionAlreadyRunningException e) {
            stderr.println(texts.get("check.jobRunning"));
            return ExitCodes.UNUSABLE_INPUT;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            if (saidDiskFull(execution.getAllFailureExceptions(), data, params.out())) {
                return ExitCodes.UNUSABLE_INPUT;
            }
            stderr.println(texts.get("check.notCompleted", "status", execution.getStatus()));
            execution.getAllFailureExceptions().forEach(t -> stderr.println("  " + t));
            stderr.println(texts.get("check.restartHint"));
            return ExitCodes.INTERNAL_FAILURE;
        }
        return report(params.out());
    }

    /**
     * A run that stopped on a full disk is the user's to fix (free space, then the same command):
     * said in one sentence.
     */
    private boolean saidDiskFull(List<Throwable> failures, Path data, Path outDir) {
        Optional<String> sentence = DiskFull.describe(failures, texts, data, outDir);
        sentence.ifPresent(stderr::println);
        return sentence.isPresent();
    }

    private int alreadyDone(CheckJobParameters params) throws IOException {
        Path summary = params.out().resolve(ReportTasklet.SUMMARY);
        if (!Files.isRegularFile(summary)) {
            stderr.println(texts.get("check.alreadyCheckedOutputsGone", "out", params.out()));
            return ExitCodes.UNUSABLE_INPUT;
        }
        stdout.println(
                texts.get(
                        "check.alreadyChecked",
                        "sha",
                        params.claimsSha256().substring(0, 12),
                        "out",
                        params.out()));
        return report(params.out());
    }

    private int report(Path outDir) throws IOException {
        TerminalSummary summary = TerminalSummary.read(outDir);
        summary.print(stdout, language);
        int exit = ExitCodes.COMPLETED;
        if (failOn != null && summary.findingsAtLeast(failOn) > 0) {
            stdout.println(
                    texts.get(
                            "check.failOn",
                            "level",
                            failOn,
                            "count",
                            summary.findingsAtLeast(failOn)));
            exit = ExitCodes.FINDINGS_AT_FAIL_LEVEL;
        }
        summary.printReport(stdout, language);
        return exit;
    }
}
