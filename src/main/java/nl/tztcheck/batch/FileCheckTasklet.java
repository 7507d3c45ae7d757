package nl.tztcheck.batch;

import java.io.DataInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.rules.Correction;
import nl.tztcheck.rules.GroupChecker;
import nl.tztcheck.rules.MonthGroup;
import nl.tztcheck.runfiles.MergedRuns;
import nl.tztcheck.runfiles.ResultFile;
import nl.tztcheck.runfiles.RunRecords;
import nl.tztcheck.runfiles.StagedLine;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The file engine's check: merges the load's sorted run files into one stream in the order of the
 * outputs, folds it into client-months (technology lines, and whether the client had regular care
 * that month), hands each to the core checker and writes the results in that same order. The result
 * file is written aside and renamed at the end, so a check killed half way is done again.
 */
public class FileCheckTasklet implements Tasklet {

    private final RunFilesRoot files;
    private final GroupChecker checker;
    private final FaultInjection faults;
    private final ProgressLogger progress;

    FileCheckTasklet(
            RunFilesRoot files,
            GroupChecker checker,
            FaultInjection faults,
            ProgressLogger progress) {
        this.files = files;
        this.checker = checker;
        this.faults = faults;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws IOException {
        RunFiles run = files.of(contribution.getStepExecution());
        run.requireFile(RunFiles.CORRECTIONS);
        run.startStep(RunFiles.RESULTS);
        Set<Long> repeated = repeatedLines(run);
        Map<String, Correction> corrections = new HashMap<>();
        try (DataInputStream in = run.read(RunFiles.CORRECTIONS)) {
            RunRecords.readCorrections(in, corrections);
        }
        long groups = 0;
        try (MergedRuns lines = new MergedRuns(run.lineFiles());
                ResultFile.Writer out = new ResultFile.Writer(run.part(RunFiles.RESULTS))) {
            List<ClaimLine> tech = new ArrayList<>();
            Map<String, Correction> groupCorrections = new HashMap<>();
            boolean regular = false;
            StagedLine first = null;
            for (StagedLine s = lines.next(); ; s = lines.next()) {
                if (first != null && (s == null || !s.sameGroup(first))) {
                    if (!tech.isEmpty()) {
                        faults.beforeGroup();
                        out.write(
                                checker.check(
                                        new MonthGroup(
                                                first.line().clientId(),
                                                first.line().uzovi(),
                                                YearMonth.from(first.line().serviceDate()),
                                                List.copyOf(tech),
                                                Map.copyOf(groupCorrections),
                                                regular)));
                        if (++groups % CheckJobConfiguration.CHECK_CHUNK == 0) {
                            progress.advanced(groups);
                        }
                    }
                    tech.clear();
                    groupCorrections.clear();
                    regular = false;
                    first = null;
                }
                if (s == null) {
                    break;
                }
                ClaimLine l = s.line();
                if (repeated.contains(l.lineNo())) {
                    continue;
                }
                if (first == null) {
                    first = s;
                }
                Correction c = corrections.get(l.lineId());
                if (s.kind() == LineKind.TECHNOLOGY) {
                    tech.add(l);
                    if (c != null) {
                        groupCorrections.put(l.lineId(), c);
                    }
                } else if (s.kind() == LineKind.REGULAR_CARE
                        && !l.credit()
                        && (c == null || c.kind() != Correction.Kind.CANCELLED)) {
                    regular = true;
                }
            }
        }
        run.publish(RunFiles.RESULTS);
        DataDirectory.ownerOnly(run.dir());
        progress.advanced(groups);
        contribution.incrementWriteCount(groups);
        return RepeatStatus.FINISHED;
    }

    private static Set<Long> repeatedLines(RunFiles run) throws IOException {
        Set<Long> lineNos = new HashSet<>();
        try (DataInputStream in = run.read(RunFiles.REPEATS)) {
            for (Reject r = RunRecords.readReject(in); r != null; r = RunRecords.readReject(in)) {
                lineNos.add(r.lineNo());
            }
        }
        return lineNos;
    }
}
