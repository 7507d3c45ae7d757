package nl.tztcheck.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.findings.ClientPseudonymizer;

/**
 * Writes a chunk of read rows to the run's staging tables ({@link StagingTables}) and the rejects
 * table, each in one bulk insert: every readable row to {@code line}, technology lines in full to
 * {@code tech}, the chunk's regular-care debits counted per client-month to {@code regular}, credit
 * lines once more to {@code credit}, and the line ids it perhaps saw before ({@link LineIdFilter}) to
 * {@code repeat}. It counts the lines per kind in the step's context (committed with each chunk,
 * so the counts are right after a restart); after a restart the filter is filled again from the
 * rows staged before.
 */
public class StagingWriter implements ItemStreamWriter<RowResult> {

    static final List<String> LINE = List.of("line_no", "line_id", "kind", "credit", "corrects_line_id", "client_id", "uzovi",
            "month_key");
    static final List<String> TECH = concat(List.of("client_key"), StagingTables.LINE_COLUMNS);
    static final List<String> REGULAR = List.of("client_id", "uzovi", "month_key", "debits");
    static final List<String> REJECT = List.of("run_id", "line_no", "field", "reason", "raw_text");
    static final List<String> REPEAT = List.of("line_id");
    /** The step context's count of staged lines of a kind: this prefix and the kind's name. */
    static final String LINES_OF_KIND = "lines.";

    private final JdbcTemplate jdbc;
    private final StagingTables tables;
    private final ClientPseudonymizer pseudonymizer;
    private final FaultInjection faults;
    private final LineIdFilter seen = new LineIdFilter();
    private final long[] kinds = new long[LineKind.values().length];
    private BulkInsert bulk;

    public StagingWriter(JdbcTemplate jdbc, StagingTables tables, ClientPseudonymizer pseudonymizer, FaultInjection faults) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.pseudonymizer = pseudonymizer;
        this.faults = faults;
    }

    @Override
    public void open(ExecutionContext context) {
        tables.create(jdbc);
        bulk = BulkInsert.of(jdbc);
        for (LineKind k : LineKind.values()) {
            kinds[k.ordinal()] = context.getLong(LINES_OF_KIND + k.name(), 0L);
        }
        if (context.getLong(ClaimExportReader.ROWS, 0L) > 0) {
            // a restart: the rows of the committed chunks are staged, their ids only known to the table
            try (StreamingQuery ids = new StreamingQuery(jdbc.getDataSource(), "SELECT line_id FROM " + tables.line())) {
                while (ids.rows().next()) {
                    seen.add(ids.rows().getString(1));
                }
            } catch (java.sql.SQLException e) {
                throw new org.springframework.batch.infrastructure.item.ItemStreamException("cannot read the staged line ids", e);
            }
        }
    }

    @Override
    public void write(Chunk<? extends RowResult> chunk) {
        faults.beforeRows(chunk.size());
        List<Object[]> lines = new ArrayList<>(chunk.size());
        List<Object[]> tech = new ArrayList<>();
        Map<List<Object>, int[]> regular = new LinkedHashMap<>();
        List<Object[]> rejects = new ArrayList<>();
        List<Object[]> repeats = new ArrayList<>();
        List<Object[]> credits = new ArrayList<>();
        for (RowResult r : chunk) {
            if (r instanceof RowResult.Accepted a) {
                ClaimLine l = a.line();
                kinds[a.kind().ordinal()]++;
                if (seen.add(l.lineId())) {
                    repeats.add(new Object[] {l.lineId()});
                }
                int month = monthKey(l);
                Object[] line = {l.lineNo(), l.lineId(), a.kind().name(), l.credit(), l.correctsLineId(), l.clientId(), l.uzovi(), month};
                lines.add(line);
                if (l.credit()) {
                    credits.add(line);
                }
                if (a.kind() == LineKind.TECHNOLOGY) {
                    tech.add(techRow(pseudonymizer.pseudonym(l.clientId()), l));
                } else if (a.kind() == LineKind.REGULAR_CARE && !l.credit()) {
                    regular.computeIfAbsent(List.of(l.clientId(), l.uzovi(), month), k -> new int[1])[0]++;
                }
            } else if (r instanceof RowResult.Rejected rej) {
                Reject x = rej.reject();
                rejects.add(new Object[] {tables.runId(), x.lineNo(), x.field(), x.reason(), x.rawText()});
            }
        }
        List<Object[]> months = new ArrayList<>(regular.size());
        regular.forEach((k, n) -> months.add(new Object[] {k.get(0), k.get(1), k.get(2), n[0]}));
        bulk.insert(tables.line(), LINE, lines);
        bulk.insert(tables.tech(), TECH, tech);
        bulk.insert(tables.regular(), REGULAR, months);
        bulk.insert(tables.credit(), LINE, credits);
        bulk.insert(tables.repeat(), REPEAT, repeats);
        bulk.insert("tzt_reject", REJECT, rejects);
    }

    @Override
    public void update(ExecutionContext context) {
        for (LineKind k : LineKind.values()) {
            context.putLong(LINES_OF_KIND + k.name(), kinds[k.ordinal()]);
        }
    }

    /** The line's columns as staged ({@link StagingTables#LINE_COLUMNS}), after the given leading values. */
    static Object[] techRow(String clientKey, ClaimLine l) {
        return new Object[] {clientKey, l.lineNo(), l.lineId(), l.clientId(), l.bsn(), l.uzovi(), l.serviceCode(), l.serviceDate(),
            monthKey(l), l.minutes(), l.hourlyTariff().cents(), l.amount().cents(), l.amountDeclared(),
            l.technology() == null ? null : l.technology().name(), l.product(), l.law().name(), l.credit(), l.correctsLineId(),
            l.wlzIndication(), l.approvalRef()};
    }

    static int monthKey(ClaimLine l) {
        return l.serviceDate().getYear() * 100 + l.serviceDate().getMonthValue();
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return List.copyOf(all);
    }
}
