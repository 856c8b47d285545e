-- Parents and verzorgers linked to a student's account: what they may see of the student follows
-- from the student's age (core::ParentRule), never from the link alone.
CREATE TABLE student_parents (
    student_user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    parent_user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (student_user_id, parent_user_id)
);
CREATE INDEX student_parents_parent ON student_parents(parent_user_id);
