package nl.tztcheck.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.rules.Correction;
import nl.tztcheck.rules.Insurance;
import nl.tztcheck.rules.MonthGroup;

/**
 * Streams the staged technology lines as client-months: one ordered query over a cursor (no
 * per-line queries), consecutive rows of the same client, insurer and month folded into a group.
 * Regular care in the same month is looked up by the same query. Restartable by groups handed out.
 */
public class MonthGroupReader implements ItemStreamReader<MonthGroup> {

    static final String GROUPS = "groups.read";

    private static final String QUERY = "SELECT " + ClaimLineRows.COLUMNS + ", c.month_key,"
            + " CASE WHEN EXISTS (SELECT 1 FROM tzt_claim_line r WHERE r.run_id = c.run_id AND r.kind = 'REGULAR_CARE'"
            + "   AND r.client_id = c.client_id AND r.uzovi = c.uzovi AND r.month_key = c.month_key AND r.credit = FALSE"
            + "   AND (r.correction IS NULL OR r.correction <> 'CANCELLED')) THEN 1 ELSE 0 END AS regular_care,"
            + " i.status AS insurance_status, i.uzovi AS insured_uzovi, i.insured_from, i.insured_to"
            + " FROM tzt_claim_line c LEFT JOIN tzt_insurance i"
            + "   ON i.run_id = c.run_id AND i.client_id = c.client_id AND i.month_key = c.month_key"
            + " WHERE c.run_id = ? AND c.kind = 'TECHNOLOGY'"
            + " ORDER BY c.client_id, c.uzovi, c.month_key, c.line_no";

    private final DataSource dataSource;
    private final long runId;
    private Connection connection;
    private PreparedStatement statement;
    private ResultSet rows;
    private boolean hasRow;
    private long groups;

    public MonthGroupReader(DataSource dataSource, long runId) {
        this.dataSource = dataSource;
        this.runId = runId;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            connection.setReadOnly(true);
            statement = connection.prepareStatement(QUERY, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(2000);
            statement.setLong(1, runId);
            rows = statement.executeQuery();
            hasRow = rows.next();
            long skip = context.getLong(GROUPS, 0L);
            for (long i = 0; i < skip && hasRow; i++) {
                nextGroup();
            }
            groups = skip;
        } catch (SQLException e) {
            throw new ItemStreamException("cannot read the staged claim lines", e);
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
        boolean regular = rows.getInt("regular_care") == 1;
        Insurance insurance = insurance(rows);
        List<ClaimLine> lines = new ArrayList<>();
        Map<String, Correction> corrections = new HashMap<>();
        while (hasRow && client.equals(rows.getString("client_id")) && uzovi.equals(rows.getString("uzovi"))
                && monthKey == rows.getInt("month_key")) {
            ClaimLine line = ClaimLineRows.line(rows);
            lines.add(line);
            Correction c = ClaimLineRows.correction(rows);
            if (c != null) {
                corrections.put(line.lineId(), c);
            }
            hasRow = rows.next();
        }
        return new MonthGroup(client, uzovi, YearMonth.of(monthKey / 100, monthKey % 100), lines, corrections, regular, insurance);
    }

    private static Insurance insurance(ResultSet rs) throws SQLException {
        String status = rs.getString("insurance_status");
        if (status == null) {
            return Insurance.NOT_ASKED;
        }
        java.sql.Date from = rs.getDate("insured_from");
        java.sql.Date to = rs.getDate("insured_to");
        return new Insurance(Insurance.State.valueOf(status), rs.getString("insured_uzovi"),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate());
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(GROUPS, groups);
    }

    @Override
    public void close() {
        try {
            if (rows != null) {
                rows.close();
            }
            if (statement != null) {
                statement.close();
            }
            if (connection != null) {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
                connection.close();
            }
        } catch (SQLException e) {
            throw new ItemStreamException("cannot close the staged claim lines cursor", e);
        } finally {
            rows = null;
            statement = null;
            connection = null;
        }
    }
}
