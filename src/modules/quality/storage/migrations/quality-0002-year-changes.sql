-- A count of the writes to a schooljaar's records, raised in the same transaction as each write
-- (QualityRepo). The PDCA overview's counts are kept per schooljaar and this count, so they are
-- counted again after any write, in any koers process (decision 0030).
ALTER TABLE quality_years ADD COLUMN changes BIGINT NOT NULL DEFAULT 0;
