-- The curriculumplanner (docs/decisions/0034-curriculumplanner.md). An activity is a record of
-- the platform's record kernel: its text and choices in `body`, every saved version in
-- curriculum_activity_revisions. The columns after `body` are read from the fields at every save
-- (storage::ActivityRepo, one function), so the planner and its coverage are read without
-- decoding a body: the title, where it sits (leerjaar, periode), what it covers (bit i is
-- option i of the platform's competencies and elements), its fase and whether it is evaluated.
-- `assignment_id` is the assignment of the opdrachtenbank it was taken from, if any.

CREATE TABLE curriculum_activities (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    assignment_id BIGINT REFERENCES curriculum_assignments(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    leerjaar INTEGER NOT NULL,
    periode INTEGER NOT NULL,
    competencies INTEGER NOT NULL,
    elements INTEGER NOT NULL,
    evaluated INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at BIGINT
);
CREATE INDEX curriculum_activities_school ON curriculum_activities(school_id, leerjaar, periode);

CREATE TABLE curriculum_activity_revisions (
    id {{id}},
    record_id BIGINT NOT NULL REFERENCES curriculum_activities(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX curriculum_activity_revisions_record
    ON curriculum_activity_revisions(record_id, version);
