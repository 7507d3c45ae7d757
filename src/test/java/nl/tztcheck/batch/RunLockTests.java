package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The run lock in the database (issue 12): a live holder is never taken over, whatever host it is
 * on; a holder that stopped beating, or whose process on this host is gone, is; of two processes
 * taking over one stale lock, exactly one wins.
 */
class RunLockTests {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final AtomicLong DATABASES = new AtomicLong();

    private DataSource db;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<RunLock> held = new ArrayList<>();

    @BeforeEach
    void database() throws Exception {
        db =
                new DriverManagerDataSource(
                        "jdbc:h2:mem:runlock" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "");
        new JdbcTemplate(db)
                .execute(
                        Files.readString(
                                Path.of("src/main/resources/db/migration/V4__run_lock.sql")));
    }

    @AfterEach
    void release() {
        held.forEach(RunLock::close);
    }

    private Optional<RunLock> acquire(
            RunLock.Holder who, Duration ttl, AtomicReference<String> refusedBy) {
        Optional<RunLock> lock =
                RunLock.tryAcquire(
                        db, "checkJob:abc", ttl, who, clock::get, r -> refusedBy.set(r.holder()));
        lock.ifPresent(held::add);
        return lock;
    }

    private static RunLock.Holder elsewhere(long pid) {
        return new RunLock.Holder("other-host", pid, "2026-01-01T00:00:00Z");
    }

    @Test
    void aSecondProcessIsRefusedAndToldWhoHoldsTheLock() {
        AtomicReference<String> refusedBy = new AtomicReference<>();
        assertThat(acquire(elsewhere(4242), TTL, refusedBy)).isPresent();

        assertThat(acquire(RunLock.Holder.current(), TTL, refusedBy)).isEmpty();
        assertThat(refusedBy.get()).contains("other-host", "pid 4242");
    }

    @Test
    void aHolderOnAnotherHostIsTakenForDeadOnlyAfterItsHeartbeatIsOlderThanTheTimeToLive() {
        // a holder on another host that stopped beating (that host lost power): its row stays
        AtomicReference<String> refusedBy = new AtomicReference<>();
        new JdbcTemplate(db)
                .update(
                        "INSERT INTO tzt_run_lock VALUES ('checkJob:abc', 'other-host', 4242, 'x', ?, ?)",
                        clock.get(),
                        clock.get());

        clock.addAndGet(TTL.toMillis() - 1);
        assertThat(acquire(RunLock.Holder.current(), TTL, refusedBy))
                .as("still within its time-to-live")
                .isEmpty();

        clock.addAndGet(2);
        Optional<RunLock> taken = acquire(RunLock.Holder.current(), TTL, refusedBy);
        assertThat(taken).isPresent();
        assertThat(taken.get().tookOver()).isTrue();
    }

    @Test
    void aHolderOnThisHostWhoseProcessIsGoneIsTakenOverAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        RunLock.Holder self = RunLock.Holder.current();
        new JdbcTemplate(db)
                .update(
                        "INSERT INTO tzt_run_lock VALUES ('checkJob:abc', ?, ?, 'x', ?, ?)",
                        self.host(),
                        gone.pid(),
                        clock.get(),
                        clock.get());

        Optional<RunLock> taken = acquire(self, TTL, new AtomicReference<>());
        assertThat(taken).isPresent();
        assertThat(taken.get().tookOver()).isTrue();
    }

    @Test
    void aLiveHolderOnThisHostIsNeverTakenOver() {
        RunLock.Holder self = RunLock.Holder.current();
        // this very process, as another run in it would be: alive, same start time
        new JdbcTemplate(db)
                .update(
                        "INSERT INTO tzt_run_lock VALUES ('checkJob:abc', ?, ?, ?, ?, ?)",
                        self.host(),
                        self.pid(),
                        self.processStart(),
                        clock.get(),
                        clock.get());
        AtomicReference<String> refusedBy = new AtomicReference<>();

        assertThat(acquire(self, TTL, refusedBy)).isEmpty();
        assertThat(refusedBy.get()).contains("pid " + self.pid());
    }

    @Test
    void theHeartbeatKeepsALongRunsLockAlive() throws Exception {
        Duration shortTtl =
                Duration.ofSeconds(2); // beats every 333 ms: a loaded CI machine still makes it
        RunLock first =
                RunLock.tryAcquire(
                                db,
                                "checkJob:abc",
                                shortTtl,
                                elsewhere(4242),
                                System::currentTimeMillis,
                                r -> {})
                        .orElseThrow();
        held.add(first);
        Thread.sleep(3 * shortTtl.toMillis()); // three times its time-to-live: only the heartbeat
        // keeps it

        AtomicReference<String> refusedBy = new AtomicReference<>();
        assertThat(
                        RunLock.tryAcquire(
                                db,
                                "checkJob:abc",
                                shortTtl,
                                RunLock.Holder.current(),
                                System::currentTimeMillis,
                                r -> refusedBy.set(r.holder())))
                .isEmpty();
        assertThat(refusedBy.get()).contains("pid 4242");
    }

    @Test
    void aReleasedLockIsFreeForTheNextRun() {
        RunLock first = acquire(elsewhere(4242), TTL, new AtomicReference<>()).orElseThrow();
        first.close();
        held.remove(first);

        Optional<RunLock> next = acquire(RunLock.Holder.current(), TTL, new AtomicReference<>());
        assertThat(next).isPresent();
        assertThat(next.get().tookOver()).isFalse();
        assertThat(
                        new JdbcTemplate(db)
                                .queryForObject("SELECT COUNT(*) FROM tzt_run_lock", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void ofEightProcessesTakingOverOneStaleLockExactlyOneWins() throws Exception {
        new JdbcTemplate(db)
                .update(
                        "INSERT INTO tzt_run_lock VALUES ('checkJob:abc', 'dead-host', 1, 'x', 0, 0)");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<RunLock>>> contenders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                RunLock.Holder h = elsewhere(5000 + i);
                contenders.add(
                        () -> RunLock.tryAcquire(db, "checkJob:abc", TTL, h, clock::get, r -> {}));
            }
            List<RunLock> winners = new ArrayList<>();
            for (Future<Optional<RunLock>> f : pool.invokeAll(contenders)) {
                f.get().ifPresent(winners::add);
            }
            held.addAll(winners);
            assertThat(winners).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
