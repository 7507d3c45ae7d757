package nl.tztcheck.batch;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;

/** Writes a chunk of read rows to the staging table and the rejects table, in JDBC batches. */
public class StagingWriter implements ItemWriter<RowResult> {

    static final String INSERT_LINE = "INSERT INTO tzt_claim_line (run_id, line_no, kind, line_id, client_id, bsn, uzovi,"
            + " service_code, service_date, month_key, minutes, tariff_cents, amount_cents, amount_declared, technology,"
            + " product, law, credit, corrects_line_id, wlz_indication, approval_ref)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_REJECT = "INSERT INTO tzt_reject (run_id, line_no, field, reason, raw_text) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final long runId;

    public StagingWriter(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends RowResult> chunk) {
        List<RowResult.Accepted> lines = new ArrayList<>(chunk.size());
        List<Reject> rejects = new ArrayList<>();
        for (RowResult r : chunk) {
            if (r instanceof RowResult.Accepted a) {
                lines.add(a);
            } else if (r instanceof RowResult.Rejected rej) {
                rejects.add(rej.reject());
            }
        }
        if (!lines.isEmpty()) {
            jdbc.batchUpdate(INSERT_LINE, lines, lines.size(), this::bindLine);
        }
        if (!rejects.isEmpty()) {
            jdbc.batchUpdate(INSERT_REJECT, rejects, rejects.size(), (ps, r) -> {
                ps.setLong(1, runId);
                ps.setLong(2, r.lineNo());
                ps.setString(3, r.field());
                ps.setString(4, r.reason());
                ps.setString(5, r.rawText());
            });
        }
    }

    private void bindLine(PreparedStatement ps, RowResult.Accepted a) throws SQLException {
        ClaimLine l = a.line();
        ps.setLong(1, runId);
        ps.setLong(2, l.lineNo());
        ps.setString(3, a.kind().name());
        ps.setString(4, l.lineId());
        ps.setString(5, l.clientId());
        ps.setString(6, l.bsn());
        ps.setString(7, l.uzovi());
        ps.setString(8, l.serviceCode());
        ps.setDate(9, Date.valueOf(l.serviceDate()));
        ps.setInt(10, l.serviceDate().getYear() * 100 + l.serviceDate().getMonthValue());
        ps.setInt(11, l.minutes());
        ps.setLong(12, l.hourlyTariff().cents());
        ps.setLong(13, l.amount().cents());
        ps.setBoolean(14, l.amountDeclared());
        if (l.technology() == null) {
            ps.setNull(15, Types.VARCHAR);
        } else {
            ps.setString(15, l.technology().name());
        }
        ps.setString(16, l.product());
        ps.setString(17, l.law().name());
        ps.setBoolean(18, l.credit());
        ps.setString(19, l.correctsLineId());
        ps.setBoolean(20, l.wlzIndication());
        ps.setString(21, l.approvalRef());
    }
}
