package nl.tztcheck.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.findings.ClientPseudonymizer;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of read rows to the run's staging tables ({@link StagingTables}) and the rejects
 * table, each in one bulk insert: every readable row to {@code line}, technology lines in full to
 * {@code tech}, the chunk's regular-care debits counted per client-month to {@code regular}, credit
 * lines once more to {@code credit}, and the line ids it perhaps saw before ({@link LineIdFilter})
 * to {@code repeat}. It counts the lines per kind in the step's context (committed with each chunk,
 * so the counts are right after a restart); after a restart the filter is filled again from the
 * rows staged before.
 *
 * <p>The only place rows enter the database, and so where identifiers are taken out ({@link
 * #staged}): the client number becomes the client's staging key (HMAC), the BSN its {@link
 * BsnState} (and, when insurance verification is on, the number encrypted with {@link BsnSeal}),
 * and a BSN in a free-text field a token ({@link IdentifierMasker}). Everything after the load
 * works on these.
 */
public class StagingWriter implements ItemStreamWriter<RowResult> {

    /** The columns of tzt_reject (a lasting table, also written by the prepare step). */
    static final List<String> REJECT = List.of("run_id", "line_no", "field", "reason", "raw_text");

    /** The step context's count of staged lines of a kind: this prefix and the kind's name. */
    static final String LINES_OF_KIND = "lines.";

    private final JdbcTemplate jdbc;
    private final StagingTables tables;
    private final ClientPseudonymizer pseudonymizer;
    private final IdentifierMasker masker;
    private final LineStager stager;
    private final BsnSeal seal;
    private final FaultInjection faults;
    private final LineIdFilter seen = new LineIdFilter();
    private final long[] kinds = new long[LineKind.values().length];
    private BulkInsert bulk;

    /**
     * @param sealBsns whether the BSN is staged encrypted too (only for the insurance verification)
     */
    public StagingWriter(
            JdbcTemplate jdbc,
            StagingTables tables,
            ClientPseudonymizer pseudonymizer,
            boolean sealBsns,
            FaultInjection faults) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.pseudonymizer = pseudonymizer;
        this.masker = new IdentifierMasker(pseudonymizer);
        this.stager = new LineStager(pseudonymizer);
        this.seal = sealBsns ? new BsnSeal(pseudonymizer) : null;
        this.faults = faults;
    }

    /**
     * The line as it is staged: the client number replaced by the client's staging key, the BSN by
     * a stand-in of its {@link BsnState}, BSNs in the free-text fields by tokens ({@link
     * LineStager}).
     */
    ClaimLine staged(ClaimLine l) {
        return stager.staged(l);
    }

    @Override
    public void open(ExecutionContext context) {
        tables.create(jdbc);
        bulk = BulkInsert.of(jdbc);
        for (LineKind k : LineKind.values()) {
            kinds[k.ordinal()] = context.getLong(LINES_OF_KIND + k.name(), 0L);
        }
        if (context.getLong(ClaimExportReader.ROWS, 0L) > 0) {
            // a restart: the rows of the committed chunks are staged, their ids only known to the
            // table
            try (StreamingQuery ids =
                    new StreamingQuery(
                            jdbc.getDataSource(), "SELECT line_id FROM " + tables.line())) {
                while (ids.rows().next()) {
                    seen.add(ids.rows().getString(1));
                }
            } catch (java.sql.SQLException e) {
                throw new org.springframework.batch.infrastructure.item.ItemStreamException(
                        "cannot read the staged line ids", e);
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
                ClaimLine l = staged(a.line());
                kinds[a.kind().ordinal()]++;
                if (seen.add(l.lineId())) {
                    repeats.add(new Object[] {l.lineId()});
                }
                int month = StagingTables.monthKey(l);
                Object[] line = {
                    l.lineNo(),
                    l.lineId(),
                    a.kind().name(),
                    l.credit(),
                    l.correctsLineId(),
                    l.clientId(),
                    l.uzovi(),
                    month
                };
                lines.add(line);
                if (l.credit()) {
                    credits.add(line);
                }
                if (a.kind() == LineKind.TECHNOLOGY) {
                    Object[] row =
                            StagingTables.lineRow(pseudonymizer.pseudonym(a.line().clientId()), l);
                    row = java.util.Arrays.copyOf(row, row.length + 1);
                    row[row.length - 1] =
                            seal == null || a.line().bsn() == null
                                    ? null
                                    : seal.seal(a.line().bsn());
                    tech.add(row);
                } else if (a.kind() == LineKind.REGULAR_CARE && !l.credit()) {
                    regular.computeIfAbsent(
                                    List.of(l.clientId(), l.uzovi(), month), k -> new int[1])[0]++;
                }
            } else if (r instanceof RowResult.Rejected rej) {
                Reject x = rej.reject();
                // the raw text is masked already (RawTextMasker); a reason may quote a cell, which
                // may hold a BSN
                rejects.add(
                        new Object[] {
                            tables.runId(),
                            x.lineNo(),
                            x.field(),
                            masker.mask(x.reason()),
                            x.rawText()
                        });
            }
        }
        List<Object[]> months = new ArrayList<>(regular.size());
        regular.forEach((k, n) -> months.add(new Object[] {k.get(0), k.get(1), k.get(2), n[0]}));
        bulk.insert(tables.line(), StagingTables.NARROW_COLUMNS, lines);
        bulk.insert(tables.tech(), StagingTables.TECH_COLUMNS, tech);
        bulk.insert(tables.regular(), StagingTables.REGULAR_COLUMNS, months);
        bulk.insert(tables.credit(), StagingTables.NARROW_COLUMNS, credits);
        bulk.insert(tables.repeat(), StagingTables.REPEAT_COLUMNS, repeats);
        bulk.insert("tzt_reject", REJECT, rejects);
    }

    @Override
    public void update(ExecutionContext context) {
        for (LineKind k : LineKind.values()) {
            context.putLong(LINES_OF_KIND + k.name(), kinds[k.ordinal()]);
        }
    }
}
