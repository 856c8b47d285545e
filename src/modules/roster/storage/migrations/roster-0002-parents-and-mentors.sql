-- What an applied import changed beyond the enrolments, so the last import can be undone whole:
-- the parent links it made (and whether it made the parent's account or their ouder membership
-- at the school), and each group's mentors as they were before it set them.
CREATE TABLE roster_import_parents (
    import_id BIGINT NOT NULL REFERENCES roster_imports(id) ON DELETE CASCADE,
    student_user_id BIGINT NOT NULL,  -- not references: undoing may remove either account
    parent_user_id BIGINT NOT NULL,
    new_account INTEGER NOT NULL DEFAULT 0,
    new_membership INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX roster_import_parents_import ON roster_import_parents(import_id);

CREATE TABLE roster_import_mentors (
    import_id BIGINT NOT NULL REFERENCES roster_imports(id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL,
    mentors_before TEXT NOT NULL  -- user ids, comma separated ('' for none)
);
CREATE INDEX roster_import_mentors_import ON roster_import_mentors(import_id);
