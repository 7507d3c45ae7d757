package nl.tztcheck.batch;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.tztcheck.businesscase.EffectWindow;
import nl.tztcheck.businesscase.RegularCareEffect;
import nl.tztcheck.businesscase.RegularCareTally;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.runfiles.MergedRuns;
import nl.tztcheck.runfiles.ResultFile;
import nl.tztcheck.runfiles.RunRecords;
import nl.tztcheck.runfiles.StagedLine;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The file engine's results as the report reads them: the check's result file, the rejects. */
final class FileRunResults implements RunResults {

    private final RunFilesRoot files;
    private final CheckJobParameters params;
    private final ProfileSet profiles;

    FileRunResults(RunFilesRoot files, CheckJobParameters params, ProfileSet profiles) {
        this.files = files;
        this.params = params;
        this.profiles = profiles;
    }

    @Override
    public void requireReady(StepExecution step) {
        files.of(step).requireFile(RunFiles.RESULTS);
    }

    @Override
    public void findings(StepExecution step, Consumer<Finding> each) throws IOException {
        try (ResultFile.Reader in = new ResultFile.Reader(files.of(step).file(RunFiles.RESULTS))) {
            for (GroupResult g = in.next(false, true); g != null; g = in.next(false, true)) {
                g.findings().forEach(each);
            }
        }
    }

    @Override
    public void lines(StepExecution step, Consumer<LineResult> each) throws IOException {
        try (ResultFile.Reader in = new ResultFile.Reader(files.of(step).file(RunFiles.RESULTS))) {
            for (GroupResult g = in.next(true, false); g != null; g = in.next(true, false)) {
                g.lines().forEach(each);
            }
        }
    }

    /** The load's rejects and the repeated rows, merged by line number. */
    @Override
    public void rejects(StepExecution step, Consumer<Reject> each) throws IOException {
        RunFiles run = files.of(step);
        Set<Long> late = new HashSet<>();
        try (DataInputStream in = run.read(RunFiles.REPEATS)) {
            for (Reject r = RunRecords.readReject(in); r != null; r = RunRecords.readReject(in)) {
                late.add(r.lineNo());
            }
        }
        Map<Long, String> rawTexts =
                late.isEmpty() ? Map.of() : ReportTasklet.rawTextsOf(params, profiles, late);
        try (DataInputStream load = run.read(RunFiles.LOAD_REJECTS);
                DataInputStream repeats = run.read(RunFiles.REPEATS)) {
            Reject a = RunRecords.readReject(load);
            Reject b = RunRecords.readReject(repeats);
            while (a != null || b != null) {
                if (b == null || (a != null && a.lineNo() < b.lineNo())) {
                    each.accept(a);
                    a = RunRecords.readReject(load);
                } else {
                    each.accept(
                            new Reject(
                                    b.lineNo(),
                                    b.field(),
                                    b.reason(),
                                    rawTexts.getOrDefault(b.lineNo(), "")));
                    b = RunRecords.readReject(repeats);
                }
            }
        }
    }

    /**
     * The same tally {@code RegularCareEffects.read} makes from the export, from the run files:
     * every accepted line (repeated ids included, as there), with the lines credits name left out.
     * The lines carry staging keys and masked ids instead of client numbers and ids, which changes
     * nothing: the tally only tells clients and ids apart.
     */
    @Override
    public RegularCareEffect regularCareEffect(StepExecution step) throws IOException {
        RunFiles run = files.of(step);
        Set<String> cancelled = new HashSet<>();
        for (StagedLine c : FilePrepareTasklet.readLines(run.file(RunFiles.CREDITS))) {
            if (c.line().correctsLineId() != null) {
                cancelled.add(c.line().correctsLineId());
            }
        }
        RegularCareTally tally = new RegularCareTally(profiles, EffectWindow.DEFAULT, cancelled);
        for (Path f : run.lineFiles()) {
            try (MergedRuns lines = new MergedRuns(List.of(f))) {
                for (StagedLine s = lines.next(); s != null; s = lines.next()) {
                    tally.add(s.line(), s.kind());
                }
            }
        }
        return tally.build(String.valueOf(params.claims().getFileName()));
    }

    @Override
    public long rejectedRows(StepExecution step, Function<String, ExecutionContext> contextOf) {
        return contextOf
                        .apply(CheckJobConfiguration.LOAD_STEP)
                        .getLong(FileLoadTasklet.REJECTED, 0L)
                + contextOf
                        .apply(CheckJobConfiguration.PREPARE_STEP)
                        .getLong(FilePrepareTasklet.REPEATED, 0L);
    }
}
