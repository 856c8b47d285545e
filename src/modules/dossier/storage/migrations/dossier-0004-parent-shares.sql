-- Entries a student shares with their parents: from 16 a parent sees only these (core/parents).
-- A row per shared entry; deleting the entry or erasing the dossier removes it.
CREATE TABLE dossier_parent_shares (
    entry_id BIGINT PRIMARY KEY REFERENCES dossier_entries(id) ON DELETE CASCADE,
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    shared_at BIGINT NOT NULL
);
CREATE INDEX dossier_parent_shares_student ON dossier_parent_shares(student_id);
