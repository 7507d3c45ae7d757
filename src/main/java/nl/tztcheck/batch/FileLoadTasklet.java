package nl.tztcheck.batch;

import java.io.DataOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.ServiceDateWindow;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.runfiles.RunRecords;
import nl.tztcheck.runfiles.SortedRuns;
import nl.tztcheck.runfiles.StagedLine;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The file engine's load: reads and parses the export (on a thread of its own, {@link ReadAhead}),
 * takes the identifiers out of every accepted line as the database engine's load does ({@link
 * StagingWriter#staged}), and sorts the lines into run files in the order of the outputs ({@link
 * SortedRuns}); rejected rows go to a rejects file in line order, the ids perhaps seen before
 * ({@link LineIdFilter}) and the credits to files of their own for the prepare step. One unit of
 * work: killed half way, it starts again from the first row.
 */
public class FileLoadTasklet implements Tasklet {

    private final CheckJobParameters params;
    private final ProfileSet profiles;
    private final LineStager staging;
    private final IdentifierMasker masker;
    private final RunFilesRoot files;
    private final FaultInjection faults;
    private final ProgressLogger progress;
    private final Clock clock;
    private final int sortLines;
    private final org.springframework.batch.core.repository.JobRepository jobRepository;

    FileLoadTasklet(
            CheckJobParameters params,
            ProfileSet profiles,
            ClientPseudonymizer pseudonymizer,
            RunFilesRoot files,
            FaultInjection faults,
            ProgressLogger progress,
            Clock clock,
            int sortLines,
            org.springframework.batch.core.repository.JobRepository jobRepository) {
        this.params = params;
        this.profiles = profiles;
        this.staging = new LineStager(pseudonymizer);
        this.masker = new IdentifierMasker(pseudonymizer);
        this.files = files;
        this.faults = faults;
        this.progress = progress;
        this.clock = clock;
        this.sortLines = sortLines;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws Exception {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        RunFiles run = files.of(contribution.getStepExecution());
        run.startStep(
                RunFiles.LINES, RunFiles.LOAD_REJECTS, RunFiles.PERHAPS_REPEATED, RunFiles.CREDITS);
        InputInspection inspection = InputInspection.of(params.claims());
        // the date the run first loaded decides the service dates accepted, also when the load is
        // done again on a restart days later: kept in the job's context, which a restart inherits
        ExecutionContext job =
                contribution.getStepExecution().getJobExecution().getExecutionContext();
        LocalDate runDate =
                job.containsKey(ClaimExportReader.RUN_DATE)
                        ? LocalDate.parse(job.getString(ClaimExportReader.RUN_DATE))
                        : ServiceDateWindow.at(clock).runDate();
        if (!job.containsKey(ClaimExportReader.RUN_DATE)) {
            job.putString(ClaimExportReader.RUN_DATE, runDate.toString());
            // saved at once, so a load killed half way is done again with this date
            jobRepository.updateExecutionContext(contribution.getStepExecution().getJobExecution());
        }
        context.putString(ClaimExportReader.RUN_DATE, runDate.toString());
        long[] kinds = new long[LineKind.values().length];
        long rows = 0;
        long rejected = 0;
        LineIdFilter seen = new LineIdFilter();
        SortedRuns sorted = new SortedRuns(run.dir(), RunFiles.LINES, sortLines);
        try (ClaimSource source =
                        ClaimSources.open(
                                params.claims(),
                                profiles,
                                params.mapping(),
                                params.wlzMapping(),
                                new ServiceDateWindow(runDate));
                DataOutputStream rejects = RunFiles.write(run.file(RunFiles.LOAD_REJECTS));
                DataOutputStream perhaps = RunFiles.write(run.file(RunFiles.PERHAPS_REPEATED));
                DataOutputStream credits = RunFiles.write(run.file(RunFiles.CREDITS))) {
            context.putString(
                    ClaimExportReader.ENCODING,
                    source.format()
                            + ", "
                            + inspection.charset().name()
                            + (inspection.bom() ? " with BOM" : ""));
            context.putString(ClaimExportReader.IGNORED, String.join("|", source.ignoredColumns()));
            try (ReadAhead ahead = new ReadAhead(source)) {
                for (RowResult r = ahead.next(); r != null; r = ahead.next()) {
                    rows++;
                    if (rows % CheckJobConfiguration.LOAD_CHUNK == 0) {
                        faults.beforeRows(CheckJobConfiguration.LOAD_CHUNK);
                        progress.advanced(rows);
                    }
                    if (r instanceof RowResult.Accepted a) {
                        ClaimLine l = staging.staged(a.line());
                        kinds[a.kind().ordinal()]++;
                        if (seen.add(l.lineId())) {
                            RunRecords.writeText(perhaps, l.lineId());
                        }
                        StagedLine s = new StagedLine(a.kind(), l);
                        if (l.credit()) {
                            s.write(credits);
                        }
                        sorted.add(s);
                    } else if (r instanceof RowResult.Rejected rej) {
                        Reject x = rej.reject();
                        rejected++;
                        RunRecords.writeReject(
                                rejects,
                                new Reject(
                                        x.lineNo(),
                                        x.field(),
                                        masker.mask(x.reason()),
                                        x.rawText()));
                    }
                }
                // the last, partial chunk (FaultInjection counts rows as the chunked load does)
                faults.beforeRows((int) (rows % CheckJobConfiguration.LOAD_CHUNK));
                context.putLong(ClaimExportReader.BLANK, ahead.blankRows());
            }
            RunRecords.endRejects(rejects);
            RunRecords.endTexts(perhaps);
            sorted.finish();
        }
        for (LineKind k : LineKind.values()) {
            context.putLong(StagingWriter.LINES_OF_KIND + k.name(), kinds[k.ordinal()]);
        }
        context.putLong(ClaimExportReader.ROWS, rows);
        context.putLong(REJECTED, rejected);
        progress.advanced(rows);
        contribution.incrementWriteCount(rows - rejected);
        DataDirectory.ownerOnly(run.dir());
        return RepeatStatus.FINISHED;
    }

    /** The load step context's count of rejected rows. */
    static final String REJECTED = "rows.rejected";
}
