-- The agreed actions of a loopbaangesprek the student has ticked off on their to-do list. An
-- action is known by its text within its gesprek: an action the mentor rewrites is a new one,
-- still to do. Belongs to the enrolment like the entries, and goes when the dossier goes.
CREATE TABLE dossier_actions_done (
    entry_id BIGINT NOT NULL REFERENCES dossier_entries(id) ON DELETE CASCADE,
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    done_at BIGINT NOT NULL,
    PRIMARY KEY (entry_id, action)
);
CREATE INDEX dossier_actions_done_student ON dossier_actions_done(student_id);
