-- Staging moved to tables per run, created and dropped by the job (nl.tztcheck.batch.StagingTables): a single-column
-- key, indexes built after the load and DROP instead of DELETE are what make the embedded database fast. The shared
-- staging tables go; a run interrupted before this version cannot be restarted and is checked again with --force.
DROP TABLE IF EXISTS tzt_line_result;
DROP TABLE IF EXISTS tzt_claim_line;

-- Findings are keyed in the order findings.csv is written (insurer, month, client pseudonym, sequence in the client-month),
-- the order the check step produces them in: the key grows as rows arrive, instead of a hash key that puts every insert
-- at a random place. finding_key (deterministic, unique per finding) ends the key so equal pseudonyms still sort one way.
CREATE TABLE tzt_finding_v3 (
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
    PRIMARY KEY (run_id, uzovi, month_key, client, seq, finding_key)
);
INSERT INTO tzt_finding_v3 (run_id, finding_key, seq, code, line_id, line_no, client, uzovi, insurer, profile_version, month_key,
    technology, minutes_claimed, minutes_allowed, claimed, reimbursable, at_risk, cost_gap, message, source)
SELECT run_id, finding_key, seq, code, line_id, line_no, client, uzovi, insurer, profile_version, month_key,
    technology, minutes_claimed, minutes_allowed, claimed, reimbursable, at_risk, cost_gap, message, source FROM tzt_finding;
DROP TABLE tzt_finding;
ALTER TABLE tzt_finding_v3 RENAME TO tzt_finding;
