-- How long a school keeps a leaver's loopbaandossier (years; 2 when the school has no row), and
-- per enrolment what the retention job did: for which leaving it warned the student, and when it
-- erased the dossier. See core/retention.hpp.
CREATE TABLE dossier_settings (
    school_id BIGINT PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
    retention_years INTEGER NOT NULL
);

CREATE TABLE dossier_retention (
    student_id BIGINT PRIMARY KEY REFERENCES students(id) ON DELETE CASCADE,
    warned_left_at BIGINT,  -- the students.left_at the warning was about
    erased_at BIGINT
);
