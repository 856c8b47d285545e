-- A school's own questions for loopbaangesprekken, next to the built-in library (core/talks):
-- per part and competency, shown to the school's mentors and decaan only.
CREATE TABLE dossier_talk_questions (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    competency TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX dossier_talk_questions_school ON dossier_talk_questions(school_id);
