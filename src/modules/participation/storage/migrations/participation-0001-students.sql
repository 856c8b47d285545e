-- Who took part in an activity of a werkplan (a quality record of kind 'activiteit'), as the
-- mentor or decaan records it per group. A student's participation stays when they leave (the
-- figures count current students only) and goes with the enrolment or the activity.
CREATE TABLE participation_students (
    activity_id BIGINT NOT NULL REFERENCES quality_records(id) ON DELETE CASCADE,
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (activity_id, student_id)
);
CREATE INDEX participation_students_student ON participation_students(student_id);
