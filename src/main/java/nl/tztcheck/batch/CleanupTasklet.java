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
        // per earlier run, so each DELETE uses the (run_id, uzovi, month_key, ...) index; "run_id <> ?" would scan all findings
        // once per insurer-month
        List<Long> earlierRuns = jdbc.queryForList("SELECT DISTINCT run_id FROM tzt_finding WHERE run_id <> ?", Long.class, runId);
        long replaced = 0;
        for (long earlier : earlierRuns) {
            int[][] superseded = jdbc.batchUpdate("DELETE FROM tzt_finding WHERE run_id = ? AND uzovi = ? AND month_key = ?", scope,
                    500, (ps, s) -> {
                        ps.setLong(1, earlier);
                        ps.setString(2, (String) s[0]);
                        ps.setString(3, (String) s[1]);
                    });
            replaced += java.util.Arrays.stream(superseded).flatMapToInt(java.util.Arrays::stream).filter(n -> n > 0).sum();
        }
        contribution.getStepExecution().getExecutionContext().putLong("findings.superseded", replaced);
        for (String table : List.of("tzt_line_result", "tzt_insurance", "tzt_claim_line")) {
            removeRun(table, runId);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Deletes this run's rows. On the embedded H2 database, DELETE of a million staged rows takes a minute
     * (the undo log and three indexes), TRUNCATE milliseconds; so there the table is truncated when that
     * cannot touch another run's rows: no other run's rows are in it (an interrupted run waiting for its
     * restart keeps them) and no other process is connected (runs on other exports share the file over
     * AUTO_SERVER; their sessions have a server address). A process that connects later needs seconds of
     * start-up before it stages a row, and H2's TRUNCATE is a single statement. Otherwise, and always on
     * PostgreSQL (where DELETE is fast and the server is shared), DELETE.
     */
    private void removeRun(String table, long runId) {
        if (onlyRunOnEmbeddedH2(table, runId)) {
            jdbc.execute("TRUNCATE TABLE " + table);
        } else {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    private boolean onlyRunOnEmbeddedH2(String table, long runId) {
        if (!Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL().startsWith("jdbc:h2:")))) {
            return false;
        }
        try {
            Integer others = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL",
                    Integer.class);
            return others != null && others == 0
                    && jdbc.queryForList("SELECT 1 FROM " + table + " WHERE run_id < ? FETCH FIRST 1 ROWS ONLY", Integer.class, runId).isEmpty()
                    && jdbc.queryForList("SELECT 1 FROM " + table + " WHERE run_id > ? FETCH FIRST 1 ROWS ONLY", Integer.class, runId).isEmpty();
        } catch (org.springframework.dao.DataAccessException e) {
            return false; // not allowed to see the sessions: do not assume we are alone
        }
    }
}
