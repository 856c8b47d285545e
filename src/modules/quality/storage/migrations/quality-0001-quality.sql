-- The quality cycle (kwaliteitscyclus): per school and schooljaar the LOB-visie, LOB-beleid with
-- its goals, werkplannen per team with activities, evaluations, leiderschapsgesprekken and the
-- LOB-taken matrix. Each is a record whose text fields live in `body` (core/quality/record.hpp);
-- the columns hold what queries reason about. Every saved version is kept in quality_revisions.
-- See docs/decisions/0009-quality-cycle.md.

CREATE TABLE quality_years (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    start_year INTEGER NOT NULL,
    closed_at BIGINT,  -- set when the next schooljaar was started: read-only from then on
    created_at BIGINT NOT NULL,
    UNIQUE (school_id, start_year)
);

CREATE TABLE quality_records (
    id {{id}},
    year_id BIGINT NOT NULL REFERENCES quality_years(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES quality_records(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    status_at BIGINT NOT NULL DEFAULT 0,
    status_by TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    source_id BIGINT,  -- the record of the previous schooljaar this one continues
    version INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at BIGINT
);
CREATE INDEX quality_records_year ON quality_records(year_id, kind, team_id);
CREATE INDEX quality_records_parent ON quality_records(parent_id);
-- One visie, beleid, werkplan per team and evaluation per level in a schooljaar.
CREATE UNIQUE INDEX quality_records_single ON quality_records(year_id, kind, COALESCE(team_id, 0))
    WHERE kind IN ('visie', 'beleid', 'werkplan', 'evaluatie');

CREATE TABLE quality_revisions (
    id {{id}},
    record_id BIGINT NOT NULL REFERENCES quality_records(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quality_revisions_record ON quality_revisions(record_id, version);
