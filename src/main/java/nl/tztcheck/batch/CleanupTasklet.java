package nl.tztcheck.batch;

import java.time.YearMonth;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the outputs are written: the findings of earlier runs for the same scope (insurer and
 * month with technology lines in this export) are replaced by this run's, so a corrected export
 * for a period supersedes the old findings; then the staged claim lines (which hold client
 * numbers and BSNs) and the per-line outcomes are deleted. Findings and rejects stay as the record.
 */
public final class CleanupTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    public CleanupTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunId.of(contribution.getStepExecution());
        List<Object[]> scope = jdbc.query("SELECT DISTINCT uzovi, month_key FROM tzt_claim_line WHERE run_id = ? AND kind = 'TECHNOLOGY'",
                (rs, i) -> new Object[] {rs.getString(1), YearMonth.of(rs.getInt(2) / 100, rs.getInt(2) % 100).toString()}, runId);
        int[][] superseded = jdbc.batchUpdate("DELETE FROM tzt_finding WHERE run_id <> ? AND uzovi = ? AND month_key = ?", scope, 500,
                (ps, s) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, (String) s[0]);
                    ps.setString(3, (String) s[1]);
                });
        long replaced = java.util.Arrays.stream(superseded).flatMapToInt(java.util.Arrays::stream).filter(n -> n > 0).sum();
        contribution.getStepExecution().getExecutionContext().putLong("findings.superseded", replaced);
        jdbc.update("DELETE FROM tzt_line_result WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM tzt_insurance WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM tzt_claim_line WHERE run_id = ?", runId);
        return RepeatStatus.FINISHED;
    }
}
