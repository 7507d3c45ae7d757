-- Spec 3.6: an AMOUNT_MISMATCH finding carries the money its line left unclaimed (declared below minutes x tariff / 60),
-- in cents; 0 on every other finding. The default keeps the rows of earlier runs valid. H2 and PostgreSQL alike.
ALTER TABLE tzt_finding ADD COLUMN underclaimed BIGINT DEFAULT 0 NOT NULL;
