-- Imports of a school's student list: the uploaded file is kept from the preview until it is
-- applied (then only its summary and its changes stay; a newer upload replaces a preview that
-- was never applied), and every change an applied import made is recorded so the last import
-- can be undone. A file with a BSN column is refused before anything is stored.
CREATE TABLE roster_imports (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    file {{blob}} NOT NULL,
    by_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    by_name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    applied_at BIGINT,
    undone_at BIGINT,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX roster_imports_school ON roster_imports(school_id, created_at);

CREATE TABLE roster_import_changes (
    import_id BIGINT NOT NULL REFERENCES roster_imports(id) ON DELETE CASCADE,
    student_id BIGINT NOT NULL,  -- not a reference: undoing a new student removes it
    user_id BIGINT NOT NULL,
    action TEXT NOT NULL,        -- 'nieuw', 'gewijzigd', 'vertrokken'
    new_account INTEGER NOT NULL DEFAULT 0,  -- the import made the account
    before TEXT NOT NULL DEFAULT ''          -- the enrolment and name before (EncodeFields)
);
CREATE INDEX roster_import_changes_import ON roster_import_changes(import_id);
