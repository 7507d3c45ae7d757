package nl.tztcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.businesscase.EffectWindow;
import nl.tztcheck.businesscase.RegularCareEffect;
import nl.tztcheck.businesscase.RegularCareEffects;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.claims.aw319.Aw319Format;
import nl.tztcheck.comparison.EvidenceBuilder;
import nl.tztcheck.comparison.EvidenceJson;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.RunFinding;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.AtomicFile;
import nl.tztcheck.reports.FindingsCsv;
import nl.tztcheck.reports.FindingsWorkbook;
import nl.tztcheck.reports.HtmlReport;
import nl.tztcheck.reports.LinesCsv;
import nl.tztcheck.reports.RejectsCsv;
import nl.tztcheck.reports.RunInfo;
import nl.tztcheck.reports.RunSummary;
import nl.tztcheck.reports.SummaryBuilder;
import nl.tztcheck.reports.SummaryJson;
import nl.tztcheck.rules.LineCounts;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.rules.LineStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes the outputs of a run from the database, streaming (memory does not grow with the export):
 * findings.csv, rejects.csv, lines.csv, with findings.xlsx on a second thread, then summary.json,
 * evidence.json and report.html from the totals gathered on the way. Each file is written aside and
 * renamed, so it is complete or absent.
 */
public class ReportTasklet implements Tasklet {

    public static final String FINDINGS = "findings.csv";
    public static final String REJECTS = "rejects.csv";
    public static final String LINES = "lines.csv";
    public static final String SUMMARY = "summary.json";
    public static final String REPORT = "report.html";

    /**
     * The findings, rejects and totals as an Excel workbook (nl.tztcheck.reports.FindingsWorkbook).
     */
    public static final String WORKBOOK = "findings.xlsx";

    /** Aggregates per insurer for branch organisations, nothing that identifies a client. */
    public static final String EVIDENCE = "evidence.json";

    /**
     * The provider's name in evidence.json, only when set (opting in to be named in national
     * aggregates).
     */
    public static final String PROVIDER_NAME_PROPERTY = "tzt.provider-name";

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final ProfileSet profiles;
    private final ClientPseudonymizer pseudonymizer;
    private final CheckJobParameters params;
    private final String providerName;
    private final RunResults results;

    public ReportTasklet(
            JdbcTemplate jdbc,
            JobRepository jobRepository,
            ProfileSet profiles,
            ClientPseudonymizer pseudonymizer,
            CheckJobParameters params,
            String providerName) {
        this(jdbc, jobRepository, profiles, pseudonymizer, params, providerName, null);
    }

    /**
     * @param results where the run's findings, rejects and line results are read from; null for the
     *     database engine's tables
     */
    ReportTasklet(
            JdbcTemplate jdbc,
            JobRepository jobRepository,
            ProfileSet profiles,
            ClientPseudonymizer pseudonymizer,
            CheckJobParameters params,
            String providerName,
            RunResults results) {
        this.providerName =
                providerName == null || providerName.isBlank() ? null : providerName.trim();
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(2000);
        this.jobRepository = jobRepository;
        this.profiles = profiles;
        this.pseudonymizer = pseudonymizer;
        this.params = params;
        this.results = results != null ? results : new DatabaseResults();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws IOException {
        StepExecution step = contribution.getStepExecution();
        long runId = RunId.of(step);
        results.requireReady(step);
        Path out = params.out();
        SummaryBuilder summary = new SummaryBuilder(profiles);
        EvidenceBuilder evidence = new EvidenceBuilder(profiles, pseudonymizer, providerName);
        Language language = params.language();
        try (FindingsWorkbook workbook = new FindingsWorkbook(language)) {
            // the workbook takes findings and rejects as the CSVs are written (one pass over each
            // table), on a thread of its
            // own; its temporary file only becomes findings.xlsx once the summary is known
            try (OffThread<Object> toWorkbook =
                    new OffThread<>(
                            "tzt-workbook",
                            item -> {
                                if (item instanceof Finding f) {
                                    workbook.add(f);
                                } else {
                                    workbook.add((Reject) item);
                                }
                            })) {
                writeFindings(
                        out,
                        step,
                        f -> {
                            toWorkbook.accept(f);
                            summary.add(f);
                            evidence.add(f);
                        });
                writeRejects(
                        out,
                        step,
                        language,
                        r -> {
                            toWorkbook.accept(r);
                            summary.add(r);
                        });
                writeLines(
                        out,
                        step,
                        r -> {
                            summary.add(r);
                            evidence.add(r);
                        });
            }
            summary.verification(verificationStats(step));
            if (wlzNotChecked()) {
                summary.runFinding(RunFinding.wlzNotChecked(language));
            }
            if (params.devices() != null) {
                summary.runFinding(deviceCostGap(step, language));
            }
            RunSummary result =
                    summary.build(
                            runInfo(step),
                            counts(
                                    step,
                                    results.rejectedRows(step, name -> stepContext(step, name))),
                            language);
            AtomicFile.write(out.resolve(SUMMARY), false, w -> SummaryJson.write(w, result));
            AtomicFile.write(
                    out.resolve(EVIDENCE), false, w -> EvidenceJson.write(w, evidence.build()));
            RegularCareEffect effect = results.regularCareEffect(step);
            AtomicFile.write(
                    out.resolve(REPORT), false, w -> HtmlReport.write(w, result, language, effect));
            AtomicFile.writeBinary(out.resolve(WORKBOOK), os -> workbook.write(result, os));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * findings.csv, in the order of the findings' key: insurer, month, client pseudonym, then as
     * the check made them.
     */
    private void writeFindings(
            Path out, StepExecution step, java.util.function.Consumer<Finding> alsoTo)
            throws IOException {
        AtomicFile.write(
                out.resolve(FINDINGS),
                true,
                w -> {
                    try (FindingsCsv csv = new FindingsCsv(w)) {
                        results.findings(
                                step,
                                f -> {
                                    csv.write(f);
                                    alsoTo.accept(f);
                                });
                    }
                });
    }

    /**
     * rejects.csv; the reasons, staged as keys and values, worded in the run's language (the same
     * bytes on a restart).
     */
    private void writeRejects(
            Path out,
            StepExecution step,
            Language language,
            java.util.function.Consumer<Reject> alsoTo)
            throws IOException {
        AtomicFile.write(
                out.resolve(REJECTS),
                true,
                w -> {
                    try (RejectsCsv csv = new RejectsCsv(w)) {
                        results.rejects(
                                step,
                                stored -> {
                                    Reject r = stored.worded(language);
                                    csv.write(r);
                                    alsoTo.accept(r);
                                });
                    }
                });
    }

    /**
     * lines.csv, in the order of the findings: insurer, month, client pseudonym, then line number.
     */
    private void writeLines(
            Path out, StepExecution step, java.util.function.Consumer<LineResult> alsoTo)
            throws IOException {
        AtomicFile.write(
                out.resolve(LINES),
                true,
                w -> {
                    try (LinesCsv csv = new LinesCsv(w, pseudonymizer)) {
                        results.lines(
                                step,
                                r -> {
                                    csv.write(r);
                                    alsoTo.accept(r);
                                });
                    }
                });
    }

    /**
     * An AW319 export checked without {@code --wlz-map}: only lines whose file fills 0408-0413 were
     * checked for a Wlz indication.
     */
    private boolean wlzNotChecked() throws IOException {
        return params.wlzMap() == null && Aw319Format.isAw319(params.claims());
    }

    /**
     * What the devices step added (its counts are in its step context), for the run findings of
     * summary.json and report.html.
     */
    private RunFinding deviceCostGap(StepExecution step, Language language) {
        ExecutionContext devices = stepContext(step, CheckJobConfiguration.DEVICES_STEP);
        nl.tztcheck.profiles.CostTable costs =
                nl.tztcheck.profiles.CostFileReader.read(params.costs());
        return RunFinding.deviceCostGap(
                language,
                params.devices().getFileName().toString(),
                devices.getLong(DevicesTasklet.ROWS, 0L),
                devices.getLong(DevicesTasklet.FINDINGS, 0L),
                nl.tztcheck.rules.RuleTexts.of(language)
                        .money(
                                nl.tztcheck.money.Money.cents(
                                        devices.getLong(DevicesTasklet.COST_GAP_CENTS, 0L))),
                costs.source().trustOf("costs").label(language),
                devices.getLong(DevicesTasklet.WITHOUT_CATEGORY, 0L));
    }

    /** The verify step's call summary, in a fixed order; empty when verification was off. */
    private Map<String, Long> verificationStats(StepExecution step) {
        StepExecution verify =
                jobRepository.getLastStepExecution(
                        step.getJobExecution().getJobInstance(), CheckJobConfiguration.VERIFY_STEP);
        Map<String, Long> stats = new java.util.LinkedHashMap<>();
        if (verify == null
                || !verify.getExecutionContext()
                        .containsKey(VerifyInsuranceTasklet.STATS_PREFIX + "calls")) {
            return stats;
        }
        for (String key :
                List.of(
                        "clientMonths",
                        "calls",
                        "cacheHits",
                        "failures",
                        "retries",
                        "circuitOpenings",
                        "unavailable",
                        "shortCircuited",
                        "maxInFlight")) {
            stats.put(
                    key,
                    verify.getExecutionContext()
                            .getLong(VerifyInsuranceTasklet.STATS_PREFIX + key, 0L));
        }
        return stats;
    }

    private ExecutionContext loadContext(StepExecution step) {
        return stepContext(step, CheckJobConfiguration.LOAD_STEP);
    }

    /**
     * The context of the run's last execution of a step (a restarted run may have done it in an
     * earlier execution).
     */
    private ExecutionContext stepContext(StepExecution step, String name) {
        StepExecution last =
                jobRepository.getLastStepExecution(step.getJobExecution().getJobInstance(), name);
        return last == null ? new ExecutionContext() : last.getExecutionContext();
    }

    private RunInfo runInfo(StepExecution step) {
        JobExecution job = step.getJobExecution();
        ExecutionContext load = loadContext(step);
        String ignored = load.getString(ClaimExportReader.IGNORED, "");
        long bytes;
        try {
            bytes = java.nio.file.Files.size(params.claims());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant started =
                job.getStartTime() == null
                        ? Instant.now()
                        : job.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
        return new RunInfo(
                params.claims().getFileName().toString(),
                params.claimsSha256(),
                bytes,
                load.getString(ClaimExportReader.ENCODING, ""),
                ignored.isEmpty() ? List.of() : List.of(ignored.split("\\|")),
                params.profiles().toString(),
                params.profilesFingerprint(),
                params.costs().toString(),
                params.costsSha256(),
                started,
                Instant.now(),
                job.getJobInstance().getInstanceId(),
                job.getId());
    }

    /** A query whose result may be large, read row by row ({@link StreamingQuery}). */
    private void stream(String sql, RowCallbackHandler each, Object... parameters)
            throws IOException {
        try (StreamingQuery q = new StreamingQuery(jdbc.getDataSource(), sql, parameters)) {
            while (q.rows().next()) {
                each.processRow(q.rows());
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(
                    "cannot read the run's results from the database: " + e.getMessage(), e);
        }
    }

    private static Finding finding(java.sql.ResultSet rs) throws java.sql.SQLException {
        String tech = rs.getString("technology");
        return new Finding(
                rs.getString("finding_key"),
                FindingCode.valueOf(rs.getString("code")),
                rs.getString("line_id"),
                rs.getLong("line_no"),
                rs.getString("client"),
                rs.getString("uzovi"),
                rs.getString("insurer"),
                rs.getString("profile_version"),
                YearMonth.parse(rs.getString("month_key")),
                tech == null ? null : Technology.valueOf(tech),
                rs.getInt("minutes_claimed"),
                rs.getInt("minutes_allowed"),
                rs.getLong("claimed"),
                rs.getLong("reimbursable"),
                rs.getLong("at_risk"),
                rs.getLong("cost_gap"),
                rs.getLong("underclaimed"),
                rs.getString("message"),
                rs.getString("source"));
    }

    /**
     * Rejects found after reading (a repeated line id) carry no text yet: read it back from the
     * export.
     */
    private Map<Long, String> rawTextsOfLateRejects(long runId) throws IOException {
        return rawTextsOf(
                new HashSet<>(
                        jdbc.queryForList(
                                "SELECT line_no FROM tzt_reject WHERE run_id = ? AND raw_text IS NULL",
                                Long.class,
                                runId)));
    }

    /** The masked raw text of the given rows, read back from the export. */
    Map<Long, String> rawTextsOf(Set<Long> wanted) throws IOException {
        return rawTextsOf(params, profiles, wanted);
    }

    /** The masked raw text of the given rows, read back from the export. */
    static Map<Long, String> rawTextsOf(
            CheckJobParameters params, ProfileSet profiles, Set<Long> wanted) throws IOException {
        Map<Long, String> texts = new HashMap<>();
        if (wanted.isEmpty()) {
            return texts;
        }
        try (ClaimSource source = ClaimSources.open(params.claims(), profiles, params.mapping())) {
            RowResult row;
            while (texts.size() < wanted.size() && (row = source.next()) != null) {
                if (wanted.contains(row.lineNo())) {
                    texts.put(row.lineNo(), source.maskedRawTextOfLast());
                }
            }
        }
        return texts;
    }

    /**
     * Lines per kind as the load counted them, less the rows the prepare step rejected for a
     * repeated id.
     */
    private LineCounts counts(StepExecution step, long rejected) {
        ExecutionContext load = stepContext(step, CheckJobConfiguration.LOAD_STEP);
        ExecutionContext prepare = stepContext(step, CheckJobConfiguration.PREPARE_STEP);
        long[] kinds = new long[LineKind.values().length];
        for (LineKind k : LineKind.values()) {
            kinds[k.ordinal()] =
                    load.getLong(StagingWriter.LINES_OF_KIND + k.name(), 0L)
                            - prepare.getLong(PrepareTasklet.REPEATED_OF_KIND + k.name(), 0L);
        }
        long tech = kinds[LineKind.TECHNOLOGY.ordinal()];
        long regular = kinds[LineKind.REGULAR_CARE.ordinal()];
        long other = kinds[LineKind.OTHER.ordinal()];
        return new LineCounts(
                tech + regular + other + rejected,
                tech,
                regular,
                other,
                rejected,
                load.getLong(ClaimExportReader.BLANK, 0L));
    }

    /** The database engine's tables as the report reads them. */
    private final class DatabaseResults implements RunResults {

        @Override
        public void requireReady(StepExecution step) {
            new StagingTables(RunId.of(step)).requireStaged(jdbc);
        }

        @Override
        public void findings(StepExecution step, java.util.function.Consumer<Finding> each)
                throws IOException {
            stream(
                    "SELECT * FROM tzt_finding WHERE run_id = ? ORDER BY run_id, uzovi, month_key, client, seq, finding_key",
                    rs -> each.accept(finding(rs)),
                    RunId.of(step));
        }

        @Override
        public void rejects(StepExecution step, java.util.function.Consumer<Reject> each)
                throws IOException {
            long runId = RunId.of(step);
            Map<Long, String> rawTexts = rawTextsOfLateRejects(runId);
            jdbc.query(
                    "SELECT line_no, field, reason, raw_text FROM tzt_reject WHERE run_id = ? ORDER BY line_no",
                    rs -> {
                        long lineNo = rs.getLong(1);
                        String raw = rs.getString(4);
                        each.accept(
                                new Reject(
                                        lineNo,
                                        rs.getString(2),
                                        rs.getString(3),
                                        raw != null ? raw : rawTexts.getOrDefault(lineNo, "")));
                    },
                    runId);
        }

        @Override
        public void lines(StepExecution step, java.util.function.Consumer<LineResult> each)
                throws IOException {
            StagingTables tables = new StagingTables(RunId.of(step));
            stream(
                    "SELECT * FROM "
                            + tables.result()
                            + " ORDER BY uzovi, month_key, client_key, line_no",
                    rs -> {
                        String codes = rs.getString("codes");
                        each.accept(
                                new LineResult(
                                        ClaimLineRows.line(rs),
                                        LineStatus.valueOf(rs.getString("status")),
                                        rs.getString("insurer"),
                                        rs.getString("profile_version"),
                                        rs.getInt("allowed_minutes"),
                                        rs.getLong("claimed"),
                                        rs.getLong("reimbursable"),
                                        rs.getLong("at_risk"),
                                        rs.getLong("unchecked"),
                                        codes.isEmpty()
                                                ? List.of()
                                                : Arrays.stream(codes.split(" "))
                                                        .map(FindingCode::valueOf)
                                                        .toList()));
                    });
        }

        @Override
        public RegularCareEffect regularCareEffect(StepExecution step) throws IOException {
            return RegularCareEffects.read(
                    params.claims(), profiles, params.mapping(), EffectWindow.DEFAULT);
        }

        @Override
        public long rejectedRows(
                StepExecution step,
                java.util.function.Function<String, ExecutionContext> contextOf) {
            return jdbc.queryForObject(
                    "SELECT COUNT(*) FROM tzt_reject WHERE run_id = ?", Long.class, RunId.of(step));
        }
    }
}
