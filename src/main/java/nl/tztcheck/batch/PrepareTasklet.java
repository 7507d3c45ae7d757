package nl.tztcheck.batch;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.rules.Correction;
import nl.tztcheck.rules.CreditMatcher;
import nl.tztcheck.rules.DuplicateLineIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The file-wide steps before the per-client check: the staging tables get their indexes (and the
 * check step its output table), a line id used twice rejects the later rows (spec 1), and credits
 * are matched to the lines they reverse (spec 3.1). Both only concern a few lines: the ids the load
 * perhaps saw twice and the ids credits name are looked for in one pass over the staged lines, and
 * only the rows concerned are changed. One transaction, so a crash leaves nothing half done and a
 * restart does it again. Memory grows with the number of credit lines (about 200 bytes each), not
 * with the export.
 */
public final class PrepareTasklet implements Tasklet {

    /** A staged row as the file-wide steps see it. */
    private record Row(
            long lineNo,
            String lineId,
            LineKind kind,
            boolean credit,
            String clientId,
            String uzovi,
            int monthKey) {}

    private static final String ROW = "line_no, line_id, kind, credit, client_id, uzovi, month_key";

    private final JdbcTemplate jdbc;

    public PrepareTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws SQLException {
        StagingTables tables = new StagingTables(RunId.of(contribution.getStepExecution()));
        tables.requireStaged(jdbc);
        tables.index(jdbc);
        tables.createResult(jdbc);
        Set<String> perhapsRepeated =
                new HashSet<>(
                        jdbc.queryForList(
                                "SELECT DISTINCT line_id FROM " + tables.repeat(), String.class));
        Map<Row, String> credits = new HashMap<>();
        jdbc.query(
                "SELECT " + ROW + ", corrects_line_id FROM " + tables.credit(),
                rs -> {
                    credits.put(row(rs), rs.getString("corrects_line_id"));
                });
        Set<String> wanted = new HashSet<>(perhapsRepeated);
        wanted.addAll(credits.values());
        Map<String, List<Row>> found = find(tables, wanted);

        BulkInsert bulk = BulkInsert.of(jdbc);
        List<Object[]> regularLost = new ArrayList<>();
        Set<Long> rejected =
                rejectRepeatedLineIds(
                        tables,
                        perhapsRepeated,
                        found,
                        bulk,
                        regularLost,
                        contribution.getStepExecution().getExecutionContext());
        credits.keySet().removeIf(c -> rejected.contains(c.lineNo()));
        matchCredits(tables, credits, found, regularLost);
        bulk.insert(tables.regular(), StagingTables.REGULAR_COLUMNS, regularLost);
        return RepeatStatus.FINISHED;
    }

    /**
     * Every staged row whose id is wanted, in file order, by id: one pass over the staged lines.
     */
    private Map<String, List<Row>> find(StagingTables t, Set<String> wanted) throws SQLException {
        Map<String, List<Row>> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        try (StreamingQuery q =
                new StreamingQuery(
                        jdbc.getDataSource(),
                        "SELECT " + ROW + " FROM " + t.line() + " ORDER BY line_no")) {
            while (q.rows().next()) {
                if (wanted.contains(q.rows().getString("line_id"))) {
                    Row r = row(q.rows());
                    found.computeIfAbsent(r.lineId(), k -> new ArrayList<>(2)).add(r);
                }
            }
        }
        return found;
    }

    /**
     * The step context's count of lines of a kind rejected here: this prefix and the kind's name.
     */
    static final String REPEATED_OF_KIND = "repeated.";

    private Set<Long> rejectRepeatedLineIds(
            StagingTables t,
            Set<String> perhapsRepeated,
            Map<String, List<Row>> found,
            BulkInsert bulk,
            List<Object[]> regularLost,
            org.springframework.batch.infrastructure.item.ExecutionContext counts) {
        List<Object[]> rejects = new ArrayList<>();
        List<Row> later = new ArrayList<>();
        for (String id : perhapsRepeated) {
            List<Row> rows = found.getOrDefault(id, List.of());
            for (Row r : rows.subList(Math.min(1, rows.size()), rows.size())) {
                later.add(r);
                // raw_text stays empty here; the report step reads it back from the export (it is
                // not staged)
                rejects.add(
                        new Object[] {
                            t.runId(),
                            r.lineNo(),
                            "line_id",
                            DuplicateLineIds.reason(id, rows.get(0).lineNo()),
                            null
                        });
                lostRegularDebit(r, regularLost);
            }
            if (rows.size() > 1) {
                found.put(id, List.of(rows.get(0))); // the first row stays: it is the one a credit
                // reverses
            }
        }
        rejects.sort(java.util.Comparator.comparingLong(r -> (Long) r[1]));
        bulk.insert("tzt_reject", StagingWriter.REJECT, rejects);
        for (String table : List.of(t.line(), t.tech())) {
            jdbc.batchUpdate(
                    "DELETE FROM " + table + " WHERE line_no = ?",
                    later,
                    500,
                    (ps, r) -> ps.setLong(1, r.lineNo()));
        }
        Set<Long> lineNos = new HashSet<>();
        for (LineKind k : LineKind.values()) {
            counts.putLong(
                    REPEATED_OF_KIND + k.name(), later.stream().filter(r -> r.kind() == k).count());
        }
        later.forEach(r -> lineNos.add(r.lineNo()));
        return lineNos;
    }

    private void matchCredits(
            StagingTables t,
            Map<Row, String> credits,
            Map<String, List<Row>> found,
            List<Object[]> regularLost) {
        if (credits.isEmpty()) {
            return;
        }
        Map<String, Row> lines = new HashMap<>();
        found.forEach((id, rows) -> lines.put(id, rows.get(0)));
        List<CreditMatcher.Credit> matcherInput = new ArrayList<>(credits.size());
        credits.forEach(
                (c, target) -> {
                    lines.put(c.lineId(), c);
                    matcherInput.add(new CreditMatcher.Credit(c.lineId(), c.lineNo(), target));
                });
        Map<String, Correction> corrections =
                CreditMatcher.match(
                        matcherInput,
                        id -> {
                            Row r = found.containsKey(id) ? found.get(id).get(0) : null;
                            return r == null
                                    ? CreditMatcher.Target.ABSENT
                                    : r.credit()
                                            ? CreditMatcher.Target.CREDIT
                                            : CreditMatcher.Target.DEBIT;
                        });
        List<Map.Entry<Row, Correction>> tech = new ArrayList<>();
        corrections.forEach(
                (lineId, c) -> {
                    Row r = lines.get(lineId);
                    if (r.kind() == LineKind.TECHNOLOGY) {
                        tech.add(Map.entry(r, c));
                    } else if (c.kind() == Correction.Kind.CANCELLED) {
                        lostRegularDebit(r, regularLost);
                    }
                });
        jdbc.batchUpdate(
                "UPDATE "
                        + t.tech()
                        + " SET correction = ?, correction_ref = ?, correction_reason = ? WHERE line_no = ?",
                tech,
                500,
                (ps, e) -> {
                    ps.setString(1, e.getValue().kind().name());
                    ps.setString(2, e.getValue().otherLineId());
                    ps.setString(3, e.getValue().reason());
                    ps.setLong(4, e.getKey().lineNo());
                });
    }

    /**
     * A regular-care debit that no longer counts (rejected or reversed) takes one off its
     * client-month.
     */
    private static void lostRegularDebit(Row r, List<Object[]> regularLost) {
        if (r.kind() == LineKind.REGULAR_CARE && !r.credit()) {
            regularLost.add(new Object[] {r.clientId(), r.uzovi(), r.monthKey(), -1});
        }
    }

    private static Row row(java.sql.ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("line_no"),
                rs.getString("line_id"),
                LineKind.valueOf(rs.getString("kind")),
                rs.getBoolean("credit"),
                rs.getString("client_id"),
                rs.getString("uzovi"),
                rs.getInt("month_key"));
    }
}
