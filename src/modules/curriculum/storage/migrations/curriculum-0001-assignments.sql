-- The opdrachtenbank (docs/decisions/0033-opdrachtenbank.md). An assignment is a record of the
-- platform's record kernel: its text and choices in `body`, every saved version in
-- curriculum_assignment_revisions. It belongs to one school; `status` says whether only that
-- school sees it ('prive') or every school does ('gedeeld', under `licence`). A copy names its
-- original and keeps the original's title, school and licence, so the attribution survives when
-- the original is deleted or stops being shared.

CREATE TABLE curriculum_assignments (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    licence TEXT NOT NULL DEFAULT '',
    shared_at BIGINT,
    origin_id BIGINT REFERENCES curriculum_assignments(id) ON DELETE SET NULL,
    origin_title TEXT NOT NULL DEFAULT '',
    origin_school TEXT NOT NULL DEFAULT '',
    origin_licence TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at BIGINT
);
CREATE INDEX curriculum_assignments_school ON curriculum_assignments(school_id);
CREATE INDEX curriculum_assignments_updated ON curriculum_assignments(updated_at);

CREATE TABLE curriculum_assignment_revisions (
    id {{id}},
    record_id BIGINT NOT NULL REFERENCES curriculum_assignments(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX curriculum_assignment_revisions_record
    ON curriculum_assignment_revisions(record_id, version);
