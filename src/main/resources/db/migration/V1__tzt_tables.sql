-- tzt-check's own tables (the Spring Batch job tables are created by Spring Batch's scripts).
-- Written for H2 and PostgreSQL alike; applied once by Flyway (a change is a new V<n>__ file, never an edit).

-- Staging: every readable row of the export, keyed by the job instance (stable across restarts).
CREATE TABLE IF NOT EXISTS tzt_claim_line (
    run_id            BIGINT  NOT NULL,
    line_no           BIGINT  NOT NULL,
    kind              VARCHAR(16) NOT NULL,
    line_id           VARCHAR NOT NULL,
    client_id         VARCHAR NOT NULL,
    bsn               VARCHAR,
    uzovi             VARCHAR(4) NOT NULL,
    service_code      VARCHAR NOT NULL,
    service_date      DATE    NOT NULL,
    month_key         INT     NOT NULL,
    minutes           INT     NOT NULL,
    tariff_cents      BIGINT  NOT NULL,
    amount_cents      BIGINT  NOT NULL,
    amount_declared   BOOLEAN NOT NULL,
    technology        VARCHAR(16),
    product           VARCHAR,
    law               VARCHAR(8) NOT NULL,
    credit            BOOLEAN NOT NULL,
    corrects_line_id  VARCHAR,
    wlz_indication    BOOLEAN NOT NULL,
    approval_ref      VARCHAR,
    correction        VARCHAR(16),
    correction_ref    VARCHAR,
    correction_reason VARCHAR,
    PRIMARY KEY (run_id, line_no)
);
CREATE INDEX IF NOT EXISTS tzt_claim_line_id ON tzt_claim_line (run_id, line_id);
CREATE INDEX IF NOT EXISTS tzt_claim_line_group ON tzt_claim_line (run_id, kind, client_id, uzovi, month_key, line_no);

-- Rows that could not be read; raw_text is masked (no BSN, no client number).
CREATE TABLE IF NOT EXISTS tzt_reject (
    run_id   BIGINT  NOT NULL,
    line_no  BIGINT  NOT NULL,
    field    VARCHAR NOT NULL,
    reason   VARCHAR NOT NULL,
    raw_text VARCHAR,
    PRIMARY KEY (run_id, line_no)
);

-- The outcome of every technology line.
CREATE TABLE IF NOT EXISTS tzt_line_result (
    run_id          BIGINT  NOT NULL,
    line_no         BIGINT  NOT NULL,
    status          VARCHAR(16) NOT NULL,
    insurer         VARCHAR NOT NULL,
    profile_version VARCHAR NOT NULL,
    allowed_minutes INT     NOT NULL,
    claimed         BIGINT  NOT NULL,
    reimbursable    BIGINT  NOT NULL,
    at_risk         BIGINT  NOT NULL,
    unchecked       BIGINT  NOT NULL,
    codes           VARCHAR NOT NULL,
    PRIMARY KEY (run_id, line_no)
);

-- Findings, keyed deterministically: a restarted run cannot write one twice.
CREATE TABLE IF NOT EXISTS tzt_finding (
    run_id          BIGINT  NOT NULL,
    finding_key     VARCHAR(32) NOT NULL,
    seq             INT     NOT NULL,
    code            VARCHAR(32) NOT NULL,
    line_id         VARCHAR NOT NULL,
    line_no         BIGINT  NOT NULL,
    client          VARCHAR NOT NULL,
    uzovi           VARCHAR(4) NOT NULL,
    insurer         VARCHAR NOT NULL,
    profile_version VARCHAR NOT NULL,
    month_key       VARCHAR(7) NOT NULL,
    technology      VARCHAR(16),
    minutes_claimed INT     NOT NULL,
    minutes_allowed INT     NOT NULL,
    claimed         BIGINT  NOT NULL,
    reimbursable    BIGINT  NOT NULL,
    at_risk         BIGINT  NOT NULL,
    cost_gap        BIGINT  NOT NULL,
    message         VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,
    PRIMARY KEY (run_id, finding_key)
);
CREATE INDEX IF NOT EXISTS tzt_finding_order ON tzt_finding (run_id, uzovi, month_key, client, seq);
