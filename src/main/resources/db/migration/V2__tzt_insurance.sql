-- What the insurance verification service answered per client-month of a run (no BSN is stored).
CREATE TABLE IF NOT EXISTS tzt_insurance (
    run_id        BIGINT  NOT NULL,
    client_id     VARCHAR NOT NULL,
    month_key     INT     NOT NULL,
    status        VARCHAR(16) NOT NULL,
    uzovi         VARCHAR(4),
    insured_from  DATE,
    insured_to    DATE,
    PRIMARY KEY (run_id, client_id, month_key)
);
