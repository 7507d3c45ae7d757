package nl.tztcheck.batch;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.tztcheck.claims.Bsn;
import nl.tztcheck.verification.ClientMonth;
import nl.tztcheck.verification.InsuranceAnswer;
import nl.tztcheck.verification.VerificationRequest;
import nl.tztcheck.verification.VerificationResult;
import nl.tztcheck.verification.VerificationService;
import nl.tztcheck.verification.VerificationStats;

/**
 * Asks the insurance verification service (when one is configured) about every client-month with
 * technology lines and a valid BSN, and stores the answers for the check step. The service being
 * down never fails the run: those client-months are stored as UNAVAILABLE (INSURANCE_UNVERIFIED).
 * Only counts are logged.
 */
public class VerifyInsuranceTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger("nl.tztcheck.progress");
    static final String STATS_PREFIX = "verification.";

    private final JdbcTemplate jdbc;
    private final Supplier<VerificationService> service;

    /** @param service null when verification is off */
    public VerifyInsuranceTasklet(JdbcTemplate jdbc, Supplier<VerificationService> service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (service == null) {
            return RepeatStatus.FINISHED;
        }
        long runId = RunId.of(contribution.getStepExecution());
        jdbc.update("DELETE FROM tzt_insurance WHERE run_id = ?", runId);
        List<VerificationRequest> requests = new ArrayList<>();
        jdbc.query("SELECT client_id, month_key, MAX(bsn), MIN(service_date), MAX(service_date) FROM " + new StagingTables(runId).tech()
                + " WHERE credit = FALSE AND bsn IS NOT NULL GROUP BY client_id, month_key",
                rs -> {
                    String bsn = rs.getString(3);
                    if (Bsn.isValid(bsn)) {
                        int m = rs.getInt(2);
                        requests.add(new VerificationRequest(rs.getString(1), bsn, YearMonth.of(m / 100, m % 100),
                                rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
                    }
                });
        VerificationResult result;
        try (VerificationService verification = service.get()) {
            result = verification.verifyAll(requests);
        }
        List<Map.Entry<ClientMonth, InsuranceAnswer>> answers = List.copyOf(result.answers().entrySet());
        jdbc.batchUpdate("INSERT INTO tzt_insurance (run_id, client_id, month_key, status, uzovi, insured_from, insured_to)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", answers, 1000, (ps, e) -> {
                    InsuranceAnswer a = e.getValue();
                    ps.setLong(1, runId);
                    ps.setString(2, e.getKey().clientKey());
                    ps.setInt(3, e.getKey().month().getYear() * 100 + e.getKey().month().getMonthValue());
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
        LOG.info("event=insurance_verified client_months={} calls={} cache_hits={} failures={} retries={} circuit_openings={} unavailable={}",
                requests.size(), s.calls(), s.cacheHits(), s.failures(), s.retries(), s.circuitOpenings(), s.unavailable());
        return RepeatStatus.FINISHED;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
