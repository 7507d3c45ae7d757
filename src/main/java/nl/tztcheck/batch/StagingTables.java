package nl.tztcheck.batch;

import java.util.List;
import nl.tztcheck.claims.ClaimLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables one run stages its rows in, named after the run ({@code tzt_run<id>_...}), created by
 * the load step and dropped by the cleanup step. A table per run rather than shared tables keyed by
 * run id, because that is what makes the embedded database fast: a single BIGINT primary key is
 * H2's row key (one B-tree per row instead of two), rows are appended in key order, the indexes are
 * built once after the load (sorting beats a hundred thousand random index inserts), nothing of
 * another run is in the way, and cleanup is a DROP instead of deleting a million rows. Their shape
 * is code, not a Flyway migration, because they live for one run; tzt-check's lasting tables
 * (findings, rejects, insurance answers) are migrations.
 *
 * <ul>
 *   <li>{@code line}: every readable row, narrow: line id, kind, credit, and the client-month (for
 *       repeated line ids and credits, which can name any line).
 *   <li>{@code repeat}: the line ids the load perhaps saw twice ({@link LineIdFilter}), to be
 *       looked for in {@code line}.
 *   <li>{@code credit}: the credit lines again, as in {@code line}, so the prepare step need not
 *       search for them.
 *   <li>{@code tech}: the technology lines in full, with the client's pseudonym (the order of the
 *       outputs).
 *   <li>{@code regular}: per chunk of the export, how many regular-care debits each client-month
 *       has (the regular-care condition needs no more); a cancelled or repeated debit is a row of
 *       -1.
 *   <li>{@code result}: each technology line with its outcome, keyed in the order of the outputs.
 * </ul>
 *
 * <p>No client number or BSN is ever staged in clear ({@link StagingWriter} is where rows enter):
 * {@code client_id} holds the client's staging key (an HMAC, {@code
 * ClientPseudonymizer.stagingKey}), {@code client_key} its pseudonym; of the BSN only its state
 * ({@code bsn_state}: {@link BsnState}) and, when insurance verification is on, the number
 * encrypted ({@code bsn_sealed} in {@code tech}, {@link BsnSeal}); a BSN typed into line id,
 * product or approval reference is a token ({@link IdentifierMasker}).
 */
public record StagingTables(long runId) {

    /**
     * The columns that hold a claim line (in {@code tech} and {@code result}), in {@link #lineRow}
     * order.
     */
    static final List<String> LINE_COLUMNS =
            List.of(
                    "line_no",
                    "line_id",
                    "client_id",
                    "bsn_state",
                    "uzovi",
                    "service_code",
                    "service_date",
                    "month_key",
                    "minutes",
                    "tariff_cents",
                    "amount_cents",
                    "amount_declared",
                    "technology",
                    "product",
                    "law",
                    "credit",
                    "corrects_line_id",
                    "wlz_indication",
                    "approval_ref");

    /** The columns of {@code line} and {@code credit}. */
    static final List<String> NARROW_COLUMNS =
            List.of(
                    "line_no",
                    "line_id",
                    "kind",
                    "credit",
                    "corrects_line_id",
                    "client_id",
                    "uzovi",
                    "month_key");

    /**
     * The columns of {@code tech}: the line as in {@link #lineRow}, then the encrypted BSN (null
     * unless verification is on).
     */
    static final List<String> TECH_COLUMNS =
            concat(List.of("client_key"), LINE_COLUMNS, List.of("bsn_sealed"));

    static final List<String> REGULAR_COLUMNS =
            List.of("client_id", "uzovi", "month_key", "debits");
    static final List<String> REPEAT_COLUMNS = List.of("line_id");

    /** The columns of {@code result}: the line as in {@link #lineRow}, then its outcome. */
    static final List<String> RESULT_COLUMNS =
            concat(
                    List.of("client_key"),
                    LINE_COLUMNS,
                    List.of(
                            "status",
                            "insurer",
                            "profile_version",
                            "allowed_minutes",
                            "claimed",
                            "reimbursable",
                            "at_risk",
                            "unchecked",
                            "codes"));

    private static final String CLAIM_LINE_DDL =
            "line_id VARCHAR NOT NULL, client_id VARCHAR NOT NULL, bsn_state VARCHAR(1) NOT NULL,"
                    + " uzovi VARCHAR(4) NOT NULL, service_code VARCHAR NOT NULL, service_date DATE NOT NULL, month_key INT NOT NULL,"
                    + " minutes INT NOT NULL, tariff_cents BIGINT NOT NULL, amount_cents BIGINT NOT NULL, amount_declared BOOLEAN NOT NULL,"
                    + " technology VARCHAR(16), product VARCHAR, law VARCHAR(8) NOT NULL, credit BOOLEAN NOT NULL, corrects_line_id VARCHAR,"
                    + " wlz_indication BOOLEAN NOT NULL, approval_ref VARCHAR";

    public String line() {
        return name("line");
    }

    public String tech() {
        return name("tech");
    }

    public String regular() {
        return name("regular");
    }

    public String repeat() {
        return name("repeat");
    }

    public String credit() {
        return name("credit");
    }

    public String result() {
        return name("result");
    }

    /**
     * A staged claim line (its client id a staging key, see {@link StagingWriter}) as a row of the
     * client's pseudonym and {@link #LINE_COLUMNS}: of the BSN only its {@link BsnState}.
     */
    static Object[] lineRow(String clientKey, ClaimLine l) {
        return new Object[] {
            clientKey,
            l.lineNo(),
            l.lineId(),
            l.clientId(),
            BsnState.of(l.bsn()).code,
            l.uzovi(),
            l.serviceCode(),
            l.serviceDate(),
            monthKey(l),
            l.minutes(),
            l.hourlyTariff().cents(),
            l.amount().cents(),
            l.amountDeclared(),
            l.technology() == null ? null : l.technology().name(),
            l.product(),
            l.law().name(),
            l.credit(),
            l.correctsLineId(),
            l.wlzIndication(),
            l.approvalRef()
        };
    }

    /** The calendar month of a line's service date as yyyymm, the key the tables group by. */
    static int monthKey(ClaimLine l) {
        return l.serviceDate().getYear() * 100 + l.serviceDate().getMonthValue();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return List.copyOf(all);
    }

    private String name(String table) {
        return "tzt_run" + runId + "_" + table;
    }

    /**
     * The load step's tables, without secondary indexes (idempotent: a restarted load appends to
     * them).
     */
    public void create(JdbcTemplate jdbc) {
        for (String table : List.of(line(), credit())) {
            jdbc.execute(
                    "CREATE TABLE IF NOT EXISTS "
                            + table
                            + " (line_no BIGINT NOT NULL PRIMARY KEY, line_id VARCHAR NOT NULL,"
                            + " kind VARCHAR(16) NOT NULL, credit BOOLEAN NOT NULL, corrects_line_id VARCHAR, client_id VARCHAR NOT NULL,"
                            + " uzovi VARCHAR(4) NOT NULL, month_key INT NOT NULL)");
        }
        dropIfStagedInClear(jdbc);
        jdbc.execute(
                "CREATE TABLE IF NOT EXISTS "
                        + tech()
                        + " (line_no BIGINT NOT NULL PRIMARY KEY, client_key VARCHAR NOT NULL, "
                        + CLAIM_LINE_DDL
                        + ", bsn_sealed VARCHAR, correction VARCHAR(16), correction_ref VARCHAR, correction_reason VARCHAR)");
        jdbc.execute(
                "CREATE TABLE IF NOT EXISTS "
                        + regular()
                        + " (client_id VARCHAR NOT NULL, uzovi VARCHAR(4) NOT NULL,"
                        + " month_key INT NOT NULL, debits INT NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + repeat() + " (line_id VARCHAR NOT NULL)");
    }

    /** After the load: the indexes the check step reads by, built in one sorting pass each. */
    public void index(JdbcTemplate jdbc) {
        jdbc.execute(
                "CREATE INDEX IF NOT EXISTS "
                        + tech()
                        + "_group ON "
                        + tech()
                        + " (uzovi, month_key, client_key, client_id, line_no)");
        // debits in the index too: the check's lookup per line is then answered by the index alone
        // (a third faster on H2)
        jdbc.execute(
                "CREATE INDEX IF NOT EXISTS "
                        + regular()
                        + "_month ON "
                        + regular()
                        + " (client_id, uzovi, month_key, debits)");
    }

    /**
     * The check step's output table, keyed in the order lines.csv is written (that of
     * findings.csv).
     */
    public void createResult(JdbcTemplate jdbc) {
        jdbc.execute(
                "CREATE TABLE IF NOT EXISTS "
                        + result()
                        + " (client_key VARCHAR NOT NULL, "
                        + CLAIM_LINE_DDL
                        + ", line_no BIGINT NOT NULL, status VARCHAR(16) NOT NULL, insurer VARCHAR NOT NULL, profile_version VARCHAR NOT NULL,"
                        + " allowed_minutes INT NOT NULL, claimed BIGINT NOT NULL, reimbursable BIGINT NOT NULL, at_risk BIGINT NOT NULL,"
                        + " unchecked BIGINT NOT NULL, codes VARCHAR NOT NULL, PRIMARY KEY (uzovi, month_key, client_key, line_no))");
    }

    /** The client-months with technology lines: what the check step will read. */
    public long clientMonths(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT DISTINCT client_id, uzovi, month_key FROM "
                        + tech()
                        + ") g",
                Long.class);
    }

    /**
     * True when the load step's tables are there (a run that was cleaned up, or staged by an older
     * version, has none).
     */
    public boolean exist(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(
                jdbc.execute(
                        (java.sql.Connection c) -> {
                            java.sql.DatabaseMetaData meta = c.getMetaData();
                            for (String name :
                                    List.of(line(), line().toUpperCase(java.util.Locale.ROOT))) {
                                try (java.sql.ResultSet rs =
                                        meta.getTables(null, null, name, null)) {
                                    if (rs.next()) {
                                        return true;
                                    }
                                }
                            }
                            return false;
                        }));
    }

    /**
     * Fails, saying what to do, when the load step's tables are gone although the job repository
     * says the load completed: the run was cleaned up already, or staged by a version of tzt-check
     * that kept all runs in shared tables.
     */
    public void requireStaged(JdbcTemplate jdbc) {
        dropIfStagedInClear(jdbc);
        if (!exist(jdbc)) {
            throw new IllegalStateException(
                    "the staged rows of run "
                            + runId
                            + " are not in the database (table "
                            + line()
                            + " is missing): check the export again with --force");
        }
    }

    /**
     * A run staged by a version of tzt-check from before the staging keys (its {@code tech} table
     * has a {@code bsn} column: client numbers and BSNs in clear) cannot be continued: its tables
     * are dropped at once, and the run stops saying to check the export again with --force.
     */
    private void dropIfStagedInClear(JdbcTemplate jdbc) {
        boolean inClear =
                Boolean.TRUE.equals(
                        jdbc.execute(
                                (java.sql.Connection c) -> {
                                    java.sql.DatabaseMetaData meta = c.getMetaData();
                                    for (String name :
                                            List.of(
                                                    tech(),
                                                    tech().toUpperCase(java.util.Locale.ROOT))) {
                                        for (String column : List.of("bsn", "BSN")) {
                                            try (java.sql.ResultSet rs =
                                                    meta.getColumns(null, null, name, column)) {
                                                if (rs.next()) {
                                                    return true;
                                                }
                                            }
                                        }
                                    }
                                    return false;
                                }));
        if (inClear) {
            // on a connection of its own, committed at once: the step's transaction is rolled back
            // by the failure below
            try (java.sql.Connection own = jdbc.getDataSource().getConnection()) {
                own.setAutoCommit(true);
                drop(
                        new JdbcTemplate(
                                new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                                        own, true)));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(
                        "cannot drop the staging tables of run " + runId + ": " + e.getMessage(),
                        e);
            }
            throw new IllegalStateException(
                    "run "
                            + runId
                            + " was staged by an older version of tzt-check, with client numbers"
                            + " and BSNs in clear; its staged rows are now deleted: check the export again with --force");
        }
    }

    /** Removes the run's staged rows by dropping its tables. */
    public void drop(JdbcTemplate jdbc) {
        for (String table : List.of(result(), credit(), repeat(), regular(), tech(), line())) {
            jdbc.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}
