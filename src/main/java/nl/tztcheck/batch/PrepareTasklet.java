package nl.tztcheck.batch;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.tztcheck.rules.Correction;
import nl.tztcheck.rules.CreditMatcher;
import nl.tztcheck.rules.DuplicateLineIds;

/**
 * The file-wide steps before the per-client check, set-based: a line id used twice rejects the
 * later rows (spec 1), and credits are matched to the debits they reverse (spec 3.1). Runs in one
 * transaction, so a crash leaves nothing half done.
 */
public final class PrepareTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    public PrepareTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunId.of(contribution.getStepExecution());
        rejectDuplicateLineIds(runId);
        matchCredits(runId);
        return RepeatStatus.FINISHED;
    }

    private void rejectDuplicateLineIds(long runId) {
        // one grouping pass finds the few repeated ids; only their rows are then joined (no lookup per staged row)
        List<Map<String, Object>> dups = jdbc.queryForList("SELECT c.line_no, c.line_id, d.first_no FROM tzt_claim_line c"
                + " JOIN (SELECT line_id, MIN(line_no) AS first_no FROM tzt_claim_line WHERE run_id = ? GROUP BY line_id"
                + " HAVING COUNT(*) > 1) d ON d.line_id = c.line_id"
                + " WHERE c.run_id = ? AND c.line_no > d.first_no ORDER BY c.line_no", runId, runId);
        // raw_text stays empty here; the report step reads it back from the export (it is not staged)
        jdbc.batchUpdate(StagingWriter.INSERT_REJECT, dups, 500, (ps, d) -> {
            ps.setLong(1, runId);
            ps.setLong(2, ((Number) d.get("line_no")).longValue());
            ps.setString(3, "line_id");
            ps.setString(4, DuplicateLineIds.reason((String) d.get("line_id"), ((Number) d.get("first_no")).longValue()));
            ps.setString(5, null);
        });
        jdbc.batchUpdate("DELETE FROM tzt_claim_line WHERE run_id = ? AND line_no = ?", dups, 500, (ps, d) -> {
            ps.setLong(1, runId);
            ps.setLong(2, ((Number) d.get("line_no")).longValue());
        });
    }

    private void matchCredits(long runId) {
        jdbc.update("UPDATE tzt_claim_line SET correction = NULL, correction_ref = NULL, correction_reason = NULL"
                + " WHERE run_id = ? AND correction IS NOT NULL", runId);
        List<CreditMatcher.Credit> credits = jdbc.query("SELECT line_id, line_no, corrects_line_id FROM tzt_claim_line"
                + " WHERE run_id = ? AND credit = TRUE", (rs, i) -> new CreditMatcher.Credit(rs.getString(1), rs.getLong(2),
                rs.getString(3)), runId);
        if (credits.isEmpty()) {
            return;
        }
        Map<String, CreditMatcher.Target> targets = new java.util.HashMap<>();
        jdbc.query("SELECT t.line_id, t.credit FROM tzt_claim_line t WHERE t.run_id = ? AND t.line_id IN"
                + " (SELECT c.corrects_line_id FROM tzt_claim_line c WHERE c.run_id = ? AND c.credit = TRUE)",
                rs -> {
                    targets.put(rs.getString(1), rs.getBoolean(2) ? CreditMatcher.Target.CREDIT : CreditMatcher.Target.DEBIT);
                }, runId, runId);
        Map<String, Correction> corrections = CreditMatcher.match(credits,
                id -> targets.getOrDefault(id, CreditMatcher.Target.ABSENT));
        jdbc.batchUpdate("UPDATE tzt_claim_line SET correction = ?, correction_ref = ?, correction_reason = ?"
                + " WHERE run_id = ? AND line_id = ?", List.copyOf(corrections.entrySet()), 500, (ps, e) -> {
                    ps.setString(1, e.getValue().kind().name());
                    ps.setString(2, e.getValue().otherLineId());
                    ps.setString(3, e.getValue().reason());
                    ps.setLong(4, runId);
                    ps.setString(5, e.getKey());
                });
    }
}
