-- The loopbaandossier: what a student writes (ervaringen, reflecties, keuzes) as records of the
-- platform's record kernel, one dossier per enrolment (students.id), so a school reaches only
-- what was written while the student was its own. Every saved version is kept in
-- dossier_revisions; every look at a dossier by someone other than the student is in
-- dossier_views, which the student can read. See docs/decisions/0014-loopbaandossier.md.
CREATE TABLE dossier_entries (
    id {{id}},
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at BIGINT
);
CREATE INDEX dossier_entries_student ON dossier_entries(student_id, updated_at);

CREATE TABLE dossier_revisions (
    id {{id}},
    record_id BIGINT NOT NULL REFERENCES dossier_entries(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_revisions_record ON dossier_revisions(record_id, version);

CREATE TABLE dossier_views (
    id {{id}},
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    viewer_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    viewer_name TEXT NOT NULL,
    basis TEXT NOT NULL,  -- why they may: "mentor van groep 3B", "decaan"
    what TEXT NOT NULL,   -- what they looked at: "het dossier", "ervaring: Open dag"
    at BIGINT NOT NULL
);
CREATE INDEX dossier_views_student ON dossier_views(student_id, at);
