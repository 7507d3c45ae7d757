package nl.tztcheck.batch;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.DeviceList;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.DeviceMonths;
import nl.tztcheck.rules.LineStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The device list's COST_GAP findings ({@code check --devices}, {@link DeviceMonths}), after the
 * check and before the report: the list's client numbers become staging keys with the load's keyed
 * pseudonymizer (so a client's findings carry the pseudonym of the export's lines), the check's
 * outcome per client-month is read from the run's {@code result} table and its COST_GAP findings,
 * and the findings are added to {@code tzt_finding} after the check's own (seq from {@link #SEQ}).
 * One transaction: a failure leaves nothing, a restart does it again. Without a device list it does
 * nothing. (Not final: the step-scoped bean is a class proxy.)
 */
public class DevicesTasklet implements Tasklet {

    /** The device findings' seq in tzt_finding: after any client-month's own findings. */
    static final int SEQ = 1_000_000;

    /**
     * Step context: the device list's rows, its findings, their cost gap in cents and the devices
     * without a category.
     */
    static final String ROWS = "devices.rows";

    static final String FINDINGS = "devices.findings";
    static final String COST_GAP_CENTS = "devices.costGapCents";
    static final String WITHOUT_CATEGORY = "devices.withoutCategory";

    private final JdbcTemplate jdbc;
    private final ClientPseudonymizer keyed;
    private final CheckJobParameters params;

    /**
     * @param keyed the load's pseudonymizer (with the key): client numbers to staging keys
     */
    public DevicesTasklet(JdbcTemplate jdbc, ClientPseudonymizer keyed, CheckJobParameters params) {
        this.jdbc = jdbc;
        this.keyed = keyed;
        this.params = params;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws SQLException {
        if (params.devices() == null) {
            return RepeatStatus.FINISHED;
        }
        StagingTables tables = new StagingTables(RunId.of(contribution.getStepExecution()));
        tables.requireStaged(jdbc);
        ProfileSet profiles = ProfileSet.load(params.profiles());
        CostTable costs = CostFileReader.read(params.costs());
        List<DeviceList.Device> devices =
                params.deviceList(profiles).devices().stream()
                        .map(d -> d.withClientId(keyed.stagingKey(d.clientId())))
                        .toList();
        DeviceMonths.Outcome outcome = new DeviceMonths.Outcome(List.of(), 0);
        Map<String, Integer> range =
                jdbc.queryForObject(
                        "SELECT MIN(month_key) AS f, MAX(month_key) AS l FROM " + tables.line(),
                        (rs, n) ->
                                rs.getObject("f") == null
                                        ? Map.<String, Integer>of()
                                        : Map.of("f", rs.getInt("f"), "l", rs.getInt("l")));
        if (!devices.isEmpty() && range != null && !range.isEmpty()) {
            Set<String> clients = new HashSet<>();
            devices.forEach(d -> clients.add(d.clientId()));
            outcome =
                    new DeviceMonths(
                                    profiles,
                                    costs,
                                    CheckJobConfiguration.STAGED,
                                    params.language())
                            .findings(
                                    devices,
                                    month(range.get("f")),
                                    month(range.get("l")),
                                    checked(tables, clients),
                                    productCategories(tables));
        }
        long runId = tables.runId();
        jdbc.update("DELETE FROM tzt_finding WHERE run_id = ? AND seq >= ?", runId, SEQ);
        List<Object[]> rows = new ArrayList<>();
        for (Finding f : outcome.findings()) {
            rows.add(CheckResultWriter.row(runId, SEQ + rows.size(), f));
        }
        BulkInsert.of(jdbc).insert("tzt_finding", CheckResultWriter.FINDING, rows);
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putLong(ROWS, devices.size());
        context.putLong(FINDINGS, outcome.findings().size());
        context.putLong(COST_GAP_CENTS, outcome.costGapCents());
        context.putLong(WITHOUT_CATEGORY, outcome.withoutCategory());
        return RepeatStatus.FINISHED;
    }

    private static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    /**
     * What the check made of the device clients' client-months: from the lines' outcomes and the
     * COST_GAP findings.
     */
    private Map<DeviceMonths.MonthKey, DeviceMonths.MonthState> checked(
            StagingTables tables, Set<String> clients) throws SQLException {
        record Work(boolean[] flags, Set<FindingCode> codes, Set<Technology> gaps) {}
        Map<DeviceMonths.MonthKey, Work> work = new HashMap<>();
        Map<String, String> byPseudonym = new HashMap<>();
        clients.forEach(c -> byPseudonym.put(CheckJobConfiguration.STAGED.pseudonym(c), c));
        try (StreamingQuery q =
                new StreamingQuery(
                        jdbc.getDataSource(),
                        "SELECT client_id, uzovi, month_key, status, reimbursable, codes FROM "
                                + tables.result())) {
            while (q.rows().next()) {
                String client = q.rows().getString("client_id");
                if (!clients.contains(client)) {
                    continue;
                }
                Work w =
                        work.computeIfAbsent(
                                new DeviceMonths.MonthKey(
                                        client,
                                        q.rows().getString("uzovi"),
                                        month(q.rows().getInt("month_key"))),
                                k ->
                                        new Work(
                                                new boolean[2],
                                                EnumSet.noneOf(FindingCode.class),
                                                EnumSet.noneOf(Technology.class)));
                LineStatus status = LineStatus.valueOf(q.rows().getString("status"));
                w.flags()[0] |=
                        status == LineStatus.CHECKED && q.rows().getLong("reimbursable") > 0;
                w.flags()[1] |= status == LineStatus.UNCHECKED;
                String codes = q.rows().getString("codes");
                if (!codes.isEmpty()) {
                    for (String c : codes.split(" ")) {
                        w.codes().add(FindingCode.valueOf(c));
                    }
                }
            }
        }
        jdbc.query(
                "SELECT client, uzovi, month_key, technology FROM tzt_finding WHERE run_id = ? AND code = ? AND seq < ?",
                rs -> {
                    String client = byPseudonym.get(rs.getString("client"));
                    String tech = rs.getString("technology");
                    Work w =
                            client == null || tech == null
                                    ? null
                                    : work.get(
                                            new DeviceMonths.MonthKey(
                                                    client,
                                                    rs.getString("uzovi"),
                                                    YearMonth.parse(rs.getString("month_key"))));
                    if (w != null) {
                        w.gaps().add(Technology.valueOf(tech));
                    }
                },
                tables.runId(),
                FindingCode.COST_GAP.name(),
                SEQ);
        Map<DeviceMonths.MonthKey, DeviceMonths.MonthState> checked = new HashMap<>();
        work.forEach(
                (k, w) ->
                        checked.put(
                                k,
                                new DeviceMonths.MonthState(
                                        w.flags()[0], w.flags()[1], w.codes(), w.gaps())));
        return checked;
    }

    /**
     * The category the export's 1062 lines give each product most often (ties: the first category),
     * by normalised name.
     */
    private Map<String, Technology> productCategories(StagingTables tables) {
        Map<String, Map<Technology, Long>> counts = new HashMap<>();
        jdbc.query(
                "SELECT product, technology, COUNT(*) AS n FROM "
                        + tables.tech()
                        + " WHERE product IS NOT NULL AND technology IS NOT NULL GROUP BY product, technology",
                rs -> {
                    counts.computeIfAbsent(
                                    CostTable.normalise(rs.getString("product")),
                                    p -> new EnumMap<>(Technology.class))
                            .merge(
                                    Technology.valueOf(rs.getString("technology")),
                                    rs.getLong("n"),
                                    Long::sum);
                });
        Map<String, Technology> categories = new HashMap<>();
        counts.forEach(
                (product, byCategory) ->
                        byCategory.entrySet().stream()
                                .max(
                                        Map.Entry.<Technology, Long>comparingByValue()
                                                .thenComparing(
                                                        Map.Entry.comparingByKey(
                                                                java.util.Comparator
                                                                        .reverseOrder())))
                                .ifPresent(e -> categories.put(product, e.getKey())));
        return categories;
    }
}
