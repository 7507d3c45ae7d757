package nl.tztcheck.batch;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.tztcheck.claims.Bsn;
import nl.tztcheck.verification.ClientMonth;
import nl.tztcheck.verification.InsuranceAnswer;
import nl.tztcheck.verification.VerificationRequest;
import nl.tztcheck.verification.VerificationResult;
import nl.tztcheck.verification.VerificationService;
import nl.tztcheck.verification.VerificationStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks the insurance verification service (when one is configured) about every client-month with
 * technology lines and a valid BSN, and stores the answers for the check step, by the client's
 * staging key (never the client number or the BSN). The service being down never fails the run:
 * those client-months are stored as UNAVAILABLE (INSURANCE_UNVERIFIED). Only counts are logged.
 */
public class VerifyInsuranceTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger("nl.tztcheck.progress");
    static final String STATS_PREFIX = "verification.";

    private final JdbcTemplate jdbc;
    private final Supplier<VerificationService> service;
    private final BsnSeal seal;

    /**
     * @param service null when verification is off
     * @param seal opens the BSNs the load staged encrypted
     */
    VerifyInsuranceTasklet(JdbcTemplate jdbc, Supplier<VerificationService> service, BsnSeal seal) {
        this.jdbc = jdbc;
        this.service = service;
        this.seal = seal;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (service == null) {
            return RepeatStatus.FINISHED;
        }
        long runId = RunId.of(contribution.getStepExecution());
        jdbc.update("DELETE FROM tzt_insurance WHERE run_id = ?", runId);
        List<VerificationRequest> requests = requests(new StagingTables(runId));
        VerificationResult result;
        try (VerificationService verification = service.get()) {
            result = verification.verifyAll(requests);
        }
        List<Map.Entry<ClientMonth, InsuranceAnswer>> answers =
                List.copyOf(result.answers().entrySet());
        jdbc.batchUpdate(
                "INSERT INTO tzt_insurance (run_id, client_id, month_key, status, uzovi, insured_from, insured_to)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                answers,
                1000,
                (ps, e) -> {
                    InsuranceAnswer a = e.getValue();
                    ps.setLong(1, runId);
                    ps.setString(2, e.getKey().clientKey());
                    ps.setInt(
                            3,
                            e.getKey().month().getYear() * 100
                                    + e.getKey().month().getMonthValue());
                    ps.setString(4, a.status().name());
                    ps.setString(5, a.uzovi());
                    ps.setDate(6, date(a.insuredFrom()));
                    ps.setDate(7, date(a.insuredTo()));
                });
        VerificationStats s = result.stats();
        ExecutionContext ctx = contribution.getStepExecution().getExecutionContext();
        ctx.putLong(STATS_PREFIX + "clientMonths", requests.size());
        ctx.putLong(STATS_PREFIX + "calls", s.calls());
        ctx.putLong(STATS_PREFIX + "cacheHits", s.cacheHits());
        ctx.putLong(STATS_PREFIX + "failures", s.failures());
        ctx.putLong(STATS_PREFIX + "retries", s.retries());
        ctx.putLong(STATS_PREFIX + "circuitOpenings", s.circuitOpenings());
        ctx.putLong(STATS_PREFIX + "unavailable", s.unavailable());
        ctx.putLong(STATS_PREFIX + "shortCircuited", s.shortCircuited());
        ctx.putLong(STATS_PREFIX + "maxInFlight", s.maxInFlight());
        LOG.info(
                "event=insurance_verified client_months={} calls={} cache_hits={} failures={} retries={} circuit_openings={} unavailable={}",
                requests.size(),
                s.calls(),
                s.cacheHits(),
                s.failures(),
                s.retries(),
                s.circuitOpenings(),
                s.unavailable());
        return RepeatStatus.FINISHED;
    }

    /**
     * Per client-month (of debits with a BSN): the highest BSN given (as SQL's MAX would pick) and
     * the first and last service date; asked about only when that BSN is valid. The BSNs are staged
     * encrypted ({@link BsnSeal}): read per line, opened in memory here, never written back.
     */
    private List<VerificationRequest> requests(StagingTables tables) {
        record Acc(String bsn, LocalDate first, LocalDate last) {}
        Map<List<Object>, Acc> months = new java.util.LinkedHashMap<>();
        jdbc.query(
                "SELECT client_id, month_key, bsn_sealed, service_date FROM "
                        + tables.tech()
                        + " WHERE credit = FALSE AND bsn_sealed IS NOT NULL ORDER BY client_id, month_key, line_no",
                rs -> {
                    String bsn = seal.open(rs.getString(3));
                    LocalDate date = rs.getDate(4).toLocalDate();
                    months.merge(
                            List.of(rs.getString(1), rs.getInt(2)),
                            new Acc(bsn, date, date),
                            (a, b) ->
                                    new Acc(
                                            a.bsn().compareTo(b.bsn()) >= 0 ? a.bsn() : b.bsn(),
                                            a.first().isAfter(b.first()) ? b.first() : a.first(),
                                            a.last().isBefore(b.last()) ? b.last() : a.last()));
                });
        List<VerificationRequest> requests = new ArrayList<>();
        months.forEach(
                (k, a) -> {
                    if (Bsn.isValid(a.bsn())) {
                        int m = (Integer) k.get(1);
                        requests.add(
                                new VerificationRequest(
                                        (String) k.get(0),
                                        a.bsn(),
                                        YearMonth.of(m / 100, m % 100),
                                        a.first(),
                                        a.last()));
                    }
                });
        return requests;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
