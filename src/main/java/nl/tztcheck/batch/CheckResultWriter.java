package nl.tztcheck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.LineResult;

/** Writes line outcomes and findings of a chunk of client-months in JDBC batches. */
public class CheckResultWriter implements ItemWriter<GroupResult> {

    private static final String INSERT_RESULT = "INSERT INTO tzt_line_result (run_id, line_no, status, insurer, profile_version,"
            + " allowed_minutes, claimed, reimbursable, at_risk, unchecked, codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FINDING = "INSERT INTO tzt_finding (run_id, finding_key, seq, code, line_id, line_no, client,"
            + " uzovi, insurer, profile_version, month_key, technology, minutes_claimed, minutes_allowed, claimed, reimbursable,"
            + " at_risk, cost_gap, message, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private record Numbered(int seq, Finding finding) {
    }

    private final JdbcTemplate jdbc;
    private final long runId;

    public CheckResultWriter(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends GroupResult> chunk) {
        List<LineResult> lines = new ArrayList<>();
        List<Numbered> findings = new ArrayList<>();
        for (GroupResult g : chunk) {
            lines.addAll(g.lines());
            for (int i = 0; i < g.findings().size(); i++) {
                findings.add(new Numbered(i, g.findings().get(i)));
            }
        }
        jdbc.batchUpdate(INSERT_RESULT, lines, 1000, (ps, r) -> {
            ps.setLong(1, runId);
            ps.setLong(2, r.line().lineNo());
            ps.setString(3, r.status().name());
            ps.setString(4, r.insurer());
            ps.setString(5, r.profileVersion());
            ps.setInt(6, r.allowedMinutes());
            ps.setLong(7, r.claimed());
            ps.setLong(8, r.reimbursable());
            ps.setLong(9, r.atRisk());
            ps.setLong(10, r.unchecked());
            ps.setString(11, r.codes().stream().map(FindingCode::name).collect(Collectors.joining(" ")));
        });
        jdbc.batchUpdate(INSERT_FINDING, findings, 1000, (ps, n) -> {
            Finding f = n.finding();
            ps.setLong(1, runId);
            ps.setString(2, f.key());
            ps.setInt(3, n.seq());
            ps.setString(4, f.code().name());
            ps.setString(5, f.lineId());
            ps.setLong(6, f.lineNo());
            ps.setString(7, f.client());
            ps.setString(8, f.uzovi());
            ps.setString(9, f.insurer());
            ps.setString(10, f.profileVersion());
            ps.setString(11, f.month().toString());
            ps.setString(12, f.technology() == null ? null : f.technology().name());
            ps.setInt(13, f.minutesClaimed());
            ps.setInt(14, f.minutesAllowed());
            ps.setLong(15, f.claimedCents());
            ps.setLong(16, f.reimbursableCents());
            ps.setLong(17, f.atRiskCents());
            ps.setLong(18, f.costGapCents());
            ps.setString(19, f.message());
            ps.setString(20, f.source());
        });
    }
}
