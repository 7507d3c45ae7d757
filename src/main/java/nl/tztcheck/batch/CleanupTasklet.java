package nl.tztcheck.batch;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the outputs are written: the findings of earlier <em>completed</em> runs for the same scope
 * (insurer and month with technology lines in this export) are replaced by this run's, so a
 * corrected export for a period supersedes the old findings; then the run's staging tables are
 * dropped and its insurance answers deleted. Findings and rejects stay as the record.
 *
 * <p>Only completed runs are superseded: a run that is still running, or failed and waiting to be
 * restarted, reads its own findings back in its report step, so another run must never touch them
 * (issue 12: a restart after another export's run wrote 33,239 of 49,724 findings and said it
 * succeeded). When two runs cover the same insurer-month, the one that completes last holds the
 * current findings; a run that completes while the other is still going leaves both.
 */
public final class CleanupTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    public CleanupTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunId.of(contribution.getStepExecution());
        StagingTables tables = new StagingTables(runId);
        if (tables.exist(jdbc)) { // a restarted cleanup may find them gone already
            supersedeEarlierFindings(contribution, runId, tables);
        }
        jdbc.update("DELETE FROM tzt_insurance WHERE run_id = ?", runId);
        tables.drop(jdbc);
        return RepeatStatus.FINISHED;
    }

    private void supersedeEarlierFindings(
            StepContribution contribution, long runId, StagingTables tables) {
        List<Object[]> scope =
                jdbc.query(
                        "SELECT DISTINCT uzovi, month_key FROM " + tables.tech(),
                        (rs, i) ->
                                new Object[] {
                                    rs.getString(1),
                                    YearMonth.of(rs.getInt(2) / 100, rs.getInt(2) % 100).toString()
                                });
        // per earlier run, so each DELETE uses the (run_id, uzovi, month_key, ...) key; "run_id <>
        // ?" would scan all findings
        // once per insurer-month
        List<Long> earlierRuns =
                jdbc.queryForList(
                        "SELECT DISTINCT run_id FROM tzt_finding WHERE run_id <> ? AND run_id IN"
                                + " (SELECT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e WHERE e.STATUS = 'COMPLETED')",
                        Long.class,
                        runId);
        long replaced = 0;
        for (long earlier : earlierRuns) {
            int[][] superseded =
                    jdbc.batchUpdate(
                            "DELETE FROM tzt_finding WHERE run_id = ? AND uzovi = ? AND month_key = ?",
                            scope,
                            500,
                            (ps, s) -> {
                                ps.setLong(1, earlier);
                                ps.setString(2, (String) s[0]);
                                ps.setString(3, (String) s[1]);
                            });
            replaced +=
                    Arrays.stream(superseded).flatMapToInt(Arrays::stream).filter(n -> n > 0).sum();
        }
        contribution
                .getStepExecution()
                .getExecutionContext()
                .putLong("findings.superseded", replaced);
    }

    /**
     * Everything a run given up with {@code check --abandon} left in the database: its staging
     * tables, insurance answers, findings and rejects (its outputs, if any were written, stay where
     * they are).
     */
    public static void discard(JdbcTemplate jdbc, long runId) {
        new StagingTables(runId).drop(jdbc);
        for (String table : List.of("tzt_insurance", "tzt_finding", "tzt_reject")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }
}
