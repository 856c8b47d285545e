-- The conversation around a loopbaandossier: reactions on an entry (by the student, their mentor
-- or the decaan) and a student's request for a loopbaangesprek, answered when a gesprek is
-- recorded. Both belong to the enrolment, like the entries, and go when it goes.
CREATE TABLE dossier_comments (
    id {{id}},
    entry_id BIGINT NOT NULL REFERENCES dossier_entries(id) ON DELETE CASCADE,
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    basis TEXT NOT NULL,  -- '' for the student; else "mentor van groep 3B", "decaan"
    body TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX dossier_comments_entry ON dossier_comments(entry_id, id);
CREATE INDEX dossier_comments_student ON dossier_comments(student_id);

CREATE TABLE dossier_talk_requests (
    id {{id}},
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    note TEXT NOT NULL,
    asked_at BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX dossier_talk_requests_student ON dossier_talk_requests(student_id, answered_at);
