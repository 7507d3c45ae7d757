-- The run lock lives where the runs meet: in the database every process of an installation shares (issue 12).
-- One row per job instance being run (lock_key = job name and Spring Batch's job key), written by the process that runs
-- it and refreshed by a heartbeat; the row is deleted when the run ends. A row whose heartbeat is older than the lock's
-- time-to-live, or whose process is known dead (same host, pid gone), belongs to an abandoned run and is taken over.
-- Times are epoch milliseconds of the writing process's clock, so H2 and PostgreSQL read them alike.
CREATE TABLE tzt_run_lock (
    lock_key      VARCHAR(100) NOT NULL PRIMARY KEY,
    host          VARCHAR(200) NOT NULL,
    pid           BIGINT       NOT NULL,
    process_start VARCHAR(40)  NOT NULL,
    acquired_ms   BIGINT       NOT NULL,
    heartbeat_ms  BIGINT       NOT NULL
);
