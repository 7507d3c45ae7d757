package nl.tztcheck.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.LineResult;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes line outcomes (to the run's {@code result} table) and findings (to {@code tzt_finding}) of
 * a chunk of client-months, each in one bulk insert. Both arrive in the order of their keys, which
 * is what keeps the inserts cheap.
 */
public class CheckResultWriter implements ItemWriter<GroupResult> {

    static final List<String> FINDING =
            List.of(
                    "run_id",
                    "finding_key",
                    "seq",
                    "code",
                    "line_id",
                    "line_no",
                    "client",
                    "uzovi",
                    "insurer",
                    "profile_version",
                    "month_key",
                    "technology",
                    "minutes_claimed",
                    "minutes_allowed",
                    "claimed",
                    "reimbursable",
                    "at_risk",
                    "cost_gap",
                    "underclaimed",
                    "message",
                    "source");

    private final StagingTables tables;
    private final ClientPseudonymizer pseudonymizer;
    private final BulkInsert bulk;

    public CheckResultWriter(
            JdbcTemplate jdbc, StagingTables tables, ClientPseudonymizer pseudonymizer) {
        this.tables = tables;
        this.pseudonymizer = pseudonymizer;
        this.bulk = BulkInsert.of(jdbc);
    }

    @Override
    public void write(Chunk<? extends GroupResult> chunk) {
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> findings = new ArrayList<>();
        for (GroupResult g : chunk) {
            if (!g.lines().isEmpty()) {
                String clientKey = pseudonymizer.pseudonym(g.lines().get(0).line().clientId());
                g.lines().stream()
                        .sorted(Comparator.comparingLong(r -> r.line().lineNo()))
                        .forEach(r -> lines.add(row(clientKey, r)));
            }
            for (int i = 0; i < g.findings().size(); i++) {
                findings.add(row(tables.runId(), i, g.findings().get(i)));
            }
        }
        bulk.insert(tables.result(), StagingTables.RESULT_COLUMNS, lines);
        bulk.insert("tzt_finding", FINDING, findings);
    }

    private static Object[] row(String clientKey, LineResult r) {
        Object[] line = StagingTables.lineRow(clientKey, r.line());
        Object[] row = java.util.Arrays.copyOf(line, line.length + 9);
        int c = line.length;
        row[c++] = r.status().name();
        row[c++] = r.insurer();
        row[c++] = r.profileVersion();
        row[c++] = r.allowedMinutes();
        row[c++] = r.claimed();
        row[c++] = r.reimbursable();
        row[c++] = r.atRisk();
        row[c++] = r.unchecked();
        row[c] = r.codes().stream().map(FindingCode::name).collect(Collectors.joining(" "));
        return row;
    }

    static Object[] row(long runId, int seq, Finding f) {
        return new Object[] {
            runId,
            f.key(),
            seq,
            f.code().name(),
            f.lineId(),
            f.lineNo(),
            f.client(),
            f.uzovi(),
            f.insurer(),
            f.profileVersion(),
            f.month().toString(),
            f.technology() == null ? null : f.technology().name(),
            f.minutesClaimed(),
            f.minutesAllowed(),
            f.claimedCents(),
            f.reimbursableCents(),
            f.atRiskCents(),
            f.costGapCents(),
            f.underclaimedCents(),
            f.message(),
            f.source()
        };
    }
}
