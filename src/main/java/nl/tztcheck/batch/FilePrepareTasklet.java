package nl.tztcheck.batch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.rules.Correction;
import nl.tztcheck.rules.CreditMatcher;
import nl.tztcheck.rules.DuplicateLineIds;
import nl.tztcheck.runfiles.MergedRuns;
import nl.tztcheck.runfiles.RunRecords;
import nl.tztcheck.runfiles.StagedLine;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The file engine's file-wide steps, as {@link PrepareTasklet} does them on the database: a line id
 * used twice rejects the later rows (spec 1), and credits are matched to the lines they reverse
 * (spec 3.1). Only the ids the load perhaps saw twice and the ids credits name are looked for, in
 * one pass over the run files; memory grows with those, not with the export. Writes the repeated
 * rows' rejects and the corrections to files of their own.
 */
final class FilePrepareTasklet implements Tasklet {

    /** A line as the file-wide steps see it. */
    private record Seen(long lineNo, LineKind kind, boolean credit) {}

    private final RunFilesRoot files;

    FilePrepareTasklet(RunFilesRoot files) {
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws IOException {
        RunFiles run = files.of(contribution.getStepExecution());
        run.requireFile(RunFiles.LOAD_REJECTS);
        run.startStep(RunFiles.REPEATS, RunFiles.CORRECTIONS);
        Set<String> perhapsRepeated = readIds(run.file(RunFiles.PERHAPS_REPEATED));
        List<StagedLine> credits = readLines(run.file(RunFiles.CREDITS));
        Set<String> wanted = new HashSet<>(perhapsRepeated);
        credits.forEach(
                c -> wanted.add(java.util.Objects.requireNonNull(c.line().correctsLineId())));
        Map<String, List<Seen>> found = find(run, wanted);

        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        Set<Long> repeated = writeRepeats(run, perhapsRepeated, found, context);
        Map<String, Correction> corrections =
                match(
                        credits.stream()
                                .filter(c -> !repeated.contains(c.line().lineNo()))
                                .toList(),
                        found);
        try (DataOutputStream out = RunFiles.write(run.part(RunFiles.CORRECTIONS))) {
            List<String> ids = new ArrayList<>(corrections.keySet());
            ids.sort(null);
            for (String id : ids) {
                RunRecords.writeCorrection(out, id, corrections.get(id));
            }
            RunRecords.endCorrections(out);
        }
        run.publish(RunFiles.CORRECTIONS);
        DataDirectory.ownerOnly(run.dir());
        return RepeatStatus.FINISHED;
    }

    /** Every line whose id is wanted, by id, in line order: one pass over the run files. */
    private static Map<String, List<Seen>> find(RunFiles run, Set<String> wanted)
            throws IOException {
        Map<String, List<Seen>> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (Path f : run.lineFiles()) {
            try (MergedRuns lines = new MergedRuns(List.of(f))) {
                for (StagedLine s = lines.next(); s != null; s = lines.next()) {
                    if (wanted.contains(s.line().lineId())) {
                        found.computeIfAbsent(s.line().lineId(), k -> new ArrayList<>(2))
                                .add(new Seen(s.line().lineNo(), s.kind(), s.line().credit()));
                    }
                }
            }
        }
        found.values().forEach(l -> l.sort(Comparator.comparingLong(Seen::lineNo)));
        return found;
    }

    /** Rejects every row after the first with the same id; returns their line numbers. */
    private static Set<Long> writeRepeats(
            RunFiles run,
            Set<String> perhapsRepeated,
            Map<String, List<Seen>> found,
            ExecutionContext counts)
            throws IOException {
        List<Reject> rejects = new ArrayList<>();
        long[] kinds = new long[LineKind.values().length];
        Set<Long> lineNos = new HashSet<>();
        for (String id : perhapsRepeated) {
            List<Seen> rows = found.getOrDefault(id, List.of());
            for (Seen r : rows.subList(Math.min(1, rows.size()), rows.size())) {
                // the raw text is not kept; the report reads it back from the export
                rejects.add(
                        new Reject(
                                r.lineNo(),
                                "line_id",
                                DuplicateLineIds.reason(id, rows.get(0).lineNo()),
                                ""));
                kinds[r.kind().ordinal()]++;
                lineNos.add(r.lineNo());
            }
            if (rows.size() > 1) {
                found.put(id, List.of(rows.get(0))); // the first row stays: a credit reverses it
            }
        }
        rejects.sort(Comparator.comparingLong(Reject::lineNo));
        try (DataOutputStream out = RunFiles.write(run.part(RunFiles.REPEATS))) {
            for (Reject r : rejects) {
                RunRecords.writeReject(out, r);
            }
            RunRecords.endRejects(out);
        }
        run.publish(RunFiles.REPEATS);
        for (LineKind k : LineKind.values()) {
            counts.putLong(PrepareTasklet.REPEATED_OF_KIND + k.name(), kinds[k.ordinal()]);
        }
        counts.putLong(REPEATED, rejects.size());
        return lineNos;
    }

    /** The prepare step context's count of rows rejected for a repeated line id. */
    static final String REPEATED = "rows.repeated";

    private static Map<String, Correction> match(
            List<StagedLine> credits, Map<String, List<Seen>> found) {
        if (credits.isEmpty()) {
            return Map.of();
        }
        List<CreditMatcher.Credit> input = new ArrayList<>(credits.size());
        for (StagedLine c : credits) {
            input.add(
                    new CreditMatcher.Credit(
                            c.line().lineId(),
                            c.line().lineNo(),
                            java.util.Objects.requireNonNull(c.line().correctsLineId())));
        }
        return CreditMatcher.match(
                input,
                id -> {
                    List<Seen> rows = found.get(id);
                    Seen r = rows == null || rows.isEmpty() ? null : rows.get(0);
                    return r == null
                            ? CreditMatcher.Target.ABSENT
                            : r.credit() ? CreditMatcher.Target.CREDIT : CreditMatcher.Target.DEBIT;
                });
    }

    private static Set<String> readIds(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        try (DataInputStream in = RunFiles.read(file)) {
            for (String id = RunRecords.readText(in); id != null; id = RunRecords.readText(in)) {
                ids.add(id);
            }
        }
        return ids;
    }

    static List<StagedLine> readLines(Path file) throws IOException {
        List<StagedLine> lines = new ArrayList<>();
        try (DataInputStream in = RunFiles.read(file)) {
            while (peek(in)) {
                lines.add(StagedLine.read(in));
            }
        }
        return lines;
    }

    private static boolean peek(DataInputStream in) throws IOException {
        in.mark(1);
        int b = in.read();
        in.reset();
        return b >= 0;
    }
}
