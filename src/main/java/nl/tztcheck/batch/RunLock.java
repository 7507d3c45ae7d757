package nl.tztcheck.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of a job instance at a time, across every process and host that shares the database: a
 * row in {@code tzt_run_lock} (Flyway V4), refreshed by a heartbeat while the run lives and deleted
 * when it ends. The lock is where the runs meet, so two hosts with their own data directories on
 * one PostgreSQL database refuse each other cleanly, and holding it proves that an execution the
 * job repository still calls running (or UNKNOWN) was abandoned ({@link AbandonedRuns}).
 *
 * <p>A row is stale, and is taken over, when its heartbeat is older than the time-to-live (its
 * process stopped beating: killed, or its host gone), or at once when its process ran on this host
 * and is gone (a kill -9 then never makes the restart wait). A live holder beats every {@code ttl /
 * 6}, so it is never taken for abandoned unless it could not reach the database for the whole
 * time-to-live.
 */
public final class RunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    /** A process holding (or having held) a lock: where it runs, and which process it is. */
    public record Holder(String host, long pid, String processStart) {

        /** This process. */
        public static Holder current() {
            ProcessHandle self = ProcessHandle.current();
            return new Holder(HostIdentity.name(), self.pid(), startOf(self));
        }

        /**
         * True when this holder is known to be dead: it ran on this host and its process is gone
         * (or the pid was reused).
         */
        boolean knownDead() {
            if (!host.equals(HostIdentity.name())) {
                return false; // another host: only its heartbeat can tell
            }
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            return p.isEmpty() || !p.get().isAlive() || !startOf(p.get()).equals(processStart);
        }

        private static String startOf(ProcessHandle p) {
            return p.info().startInstant().map(Instant::toString).orElse("?");
        }

        /** For the user: "host, pid 123, since 2026-12-05T14:00:00Z". */
        String describe(long acquiredMs) {
            return host + ", pid " + pid + ", since " + Instant.ofEpochMilli(acquiredMs);
        }
    }

    /** Why a lock could not be had: who holds it, in words for the message. */
    public record Refusal(String holder) {}

    private final JdbcTemplate jdbc;
    private final String key;
    private final Holder self;
    private final ScheduledExecutorService heartbeat;
    private final boolean tookOver;

    private RunLock(
            JdbcTemplate jdbc,
            String key,
            Holder self,
            Duration ttl,
            LongSupplier clock,
            boolean tookOver) {
        this.jdbc = jdbc;
        this.key = key;
        this.self = self;
        this.tookOver = tookOver;
        this.heartbeat =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "tzt-run-lock-heartbeat");
                            t.setDaemon(true);
                            return t;
                        });
        long period = Math.max(50, ttl.toMillis() / 6);
        heartbeat.scheduleAtFixedRate(() -> beat(clock), period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock on {@code key}, or says who holds it. Each statement commits on its own (the
     * lock must be visible to other processes at once, whatever transaction the caller is in).
     */
    public static Optional<RunLock> tryAcquire(
            DataSource dataSource,
            String key,
            Duration ttl,
            Holder self,
            LongSupplier clock,
            java.util.function.Consumer<Refusal> refused) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int attempt = 0; attempt < 5; attempt++) {
            long now = clock.getAsLong();
            try {
                jdbc.update(
                        "INSERT INTO tzt_run_lock (lock_key, host, pid, process_start, acquired_ms, heartbeat_ms)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        key,
                        self.host(),
                        self.pid(),
                        self.processStart(),
                        now,
                        now);
                return Optional.of(new RunLock(jdbc, key, self, ttl, clock, false));
            } catch (DataIntegrityViolationException held) {
                // someone holds it: find out whether they still live
            }
            List<Object[]> rows =
                    jdbc.query(
                            "SELECT host, pid, process_start, acquired_ms, heartbeat_ms FROM tzt_run_lock"
                                    + " WHERE lock_key = ?",
                            (rs, i) ->
                                    new Object[] {
                                        new Holder(rs.getString(1), rs.getLong(2), rs.getString(3)),
                                        rs.getLong(4),
                                        rs.getLong(5)
                                    },
                            key);
            if (rows.isEmpty()) {
                continue; // released in between: try again
            }
            Holder holder = (Holder) rows.get(0)[0];
            long acquired = (Long) rows.get(0)[1];
            long beat = (Long) rows.get(0)[2];
            boolean stale = now - beat > ttl.toMillis() || holder.knownDead();
            if (!stale) {
                refused.accept(new Refusal(holder.describe(acquired)));
                return Optional.empty();
            }
            // compare-and-set on the row as read: of two processes taking over the same stale lock,
            // one wins
            int taken =
                    jdbc.update(
                            "UPDATE tzt_run_lock SET host = ?, pid = ?, process_start = ?, acquired_ms = ?, heartbeat_ms = ?"
                                    + " WHERE lock_key = ? AND host = ? AND pid = ? AND heartbeat_ms = ?",
                            self.host(),
                            self.pid(),
                            self.processStart(),
                            now,
                            now,
                            key,
                            holder.host(),
                            holder.pid(),
                            beat);
            if (taken == 1) {
                log.info(
                        "event=run_lock_taken_over key={} abandoned_by_host={} abandoned_by_pid={}",
                        key,
                        holder.host(),
                        holder.pid());
                return Optional.of(new RunLock(jdbc, key, self, ttl, clock, true));
            }
        }
        refused.accept(new Refusal("another process"));
        return Optional.empty();
    }

    /** True when the lock was taken over from a holder that died (its run may need closing). */
    public boolean tookOver() {
        return tookOver;
    }

    private void beat(LongSupplier clock) {
        try {
            int n =
                    jdbc.update(
                            "UPDATE tzt_run_lock SET heartbeat_ms = ? WHERE lock_key = ? AND host = ? AND pid = ?",
                            clock.getAsLong(),
                            key,
                            self.host(),
                            self.pid());
            if (n == 0) {
                log.error(
                        "event=run_lock_lost key={}: another process took over this run's lock (was the database unreachable"
                                + " for longer than the lock's time-to-live?)",
                        key);
            }
        } catch (RuntimeException e) {
            log.warn("event=run_lock_heartbeat_failed key={} reason={}", key, e.getMessage());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.update(
                "DELETE FROM tzt_run_lock WHERE lock_key = ? AND host = ? AND pid = ?",
                key,
                self.host(),
                self.pid());
    }
}
