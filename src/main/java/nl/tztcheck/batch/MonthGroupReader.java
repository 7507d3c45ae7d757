package nl.tztcheck.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.rules.Correction;
import nl.tztcheck.rules.Insurance;
import nl.tztcheck.rules.MonthGroup;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the staged technology lines of some insurers (UZOVI codes, a partition of the check step)
 * as client-months: per code one ordered query over a cursor, no per-line queries, consecutive rows
 * of the same client and month folded into a group. The order is that of the outputs (insurer,
 * month, client pseudonym), so the results are written in key order. Whether the client had regular
 * care that month and what the insurance verification said come with the same query. Restartable by
 * groups handed out.
 */
public class MonthGroupReader implements ItemStreamReader<MonthGroup> {

    static final String GROUPS = "groups.read";

    private final DataSource dataSource;
    private final StagingTables tables;
    private final List<String> uzoviCodes;
    private int nextCode;
    private StreamingQuery query;
    private ResultSet rows;
    private boolean hasRow;
    private long groups;
    private boolean verified;
    private String sql;

    /**
     * @param uzoviCodes the insurers' codes this reader covers, in the order to read them
     */
    public MonthGroupReader(DataSource dataSource, StagingTables tables, List<String> uzoviCodes) {
        this.dataSource = dataSource;
        this.tables = tables;
        this.uzoviCodes = List.copyOf(uzoviCodes);
    }

    /**
     * The query of one insurer code; the insurance answers are joined only when the verify step
     * stored any.
     */
    private String sqlFor(boolean verified) {
        String from = " FROM " + tables.tech() + " t";
        String insurance =
                " NULL AS insurance_status, NULL AS insured_uzovi, NULL AS insured_from, NULL AS insured_to";
        if (verified) {
            insurance =
                    " i.status AS insurance_status, i.uzovi AS insured_uzovi, i.insured_from, i.insured_to";
            from +=
                    " LEFT JOIN tzt_insurance i ON i.run_id = "
                            + tables.runId()
                            + " AND i.client_id = t.client_id"
                            + " AND i.month_key = t.month_key";
        }
        return "SELECT t.client_key, "
                + ClaimLineRows.COLUMNS.replaceAll("(\\w+)", "t.$1")
                + ", t.correction, t.correction_ref, t.correction_reason,"
                + " (SELECT SUM(r.debits) FROM "
                + tables.regular()
                + " r WHERE r.client_id = t.client_id AND r.uzovi = t.uzovi"
                + "   AND r.month_key = t.month_key) AS regular_debits,"
                + insurance
                + from
                + " WHERE t.uzovi = ? ORDER BY t.uzovi, t.month_key, t.client_key, t.client_id, t.line_no";
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            verified =
                    new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                                    .queryForObject(
                                            "SELECT COUNT(*) FROM tzt_insurance WHERE run_id = ?",
                                            Long.class,
                                            tables.runId())
                            > 0;
            sql = sqlFor(verified);
            nextCode = 0;
            advance();
            long skip = context.getLong(GROUPS, 0L);
            for (long i = 0; i < skip && hasRow; i++) {
                nextGroup();
            }
            groups = skip;
        } catch (SQLException e) {
            throw new ItemStreamException("cannot read the staged claim lines", e);
        }
    }

    /**
     * Moves to the first row of the next insurer code that has one; hasRow is false when all are
     * read.
     */
    private void advance() throws SQLException {
        hasRow = false;
        while (!hasRow && nextCode < uzoviCodes.size()) {
            closeQuery();
            query = new StreamingQuery(dataSource, sql, uzoviCodes.get(nextCode++));
            rows = query.rows();
            hasRow = rows.next();
        }
    }

    @Override
    public MonthGroup read() {
        if (!hasRow) {
            return null;
        }
        try {
            MonthGroup g = nextGroup();
            groups++;
            return g;
        } catch (SQLException e) {
            throw new ItemStreamException("cannot read the staged claim lines", e);
        }
    }

    private MonthGroup nextGroup() throws SQLException {
        String client = rows.getString("client_id");
        String uzovi = rows.getString("uzovi");
        int monthKey = rows.getInt("month_key");
        boolean regular = rows.getLong("regular_debits") > 0;
        Insurance insurance = insurance(rows);
        List<ClaimLine> lines = new ArrayList<>();
        Map<String, Correction> corrections = new HashMap<>();
        while (hasRow
                && monthKey == rows.getInt("month_key")
                && client.equals(rows.getString("client_id"))
                && uzovi.equals(rows.getString("uzovi"))) {
            ClaimLine line = ClaimLineRows.line(rows);
            lines.add(line);
            Correction c = ClaimLineRows.correction(rows);
            if (c != null) {
                corrections.put(line.lineId(), c);
            }
            hasRow = rows.next();
            if (!hasRow) {
                advance();
            }
        }
        return new MonthGroup(
                client,
                uzovi,
                YearMonth.of(monthKey / 100, monthKey % 100),
                lines,
                corrections,
                regular,
                insurance);
    }

    private static Insurance insurance(ResultSet rs) throws SQLException {
        String status = rs.getString("insurance_status");
        if (status == null) {
            return Insurance.NOT_ASKED;
        }
        java.sql.Date from = rs.getDate("insured_from");
        java.sql.Date to = rs.getDate("insured_to");
        return new Insurance(
                Insurance.State.valueOf(status),
                rs.getString("insured_uzovi"),
                from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate());
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(GROUPS, groups);
    }

    @Override
    public void close() {
        try {
            closeQuery();
        } catch (SQLException e) {
            throw new ItemStreamException("cannot close the staged claim lines cursor", e);
        }
    }

    private void closeQuery() throws SQLException {
        if (query != null) {
            StreamingQuery q = query;
            query = null;
            rows = null;
            q.close();
        }
    }
}
