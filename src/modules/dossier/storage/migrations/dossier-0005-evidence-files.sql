-- The files of a bewijs (an entry of kind "bewijs"): type-checked by content when uploaded
-- (platform/core/common/file_type), kept with the entry and erased with the dossier.
CREATE TABLE dossier_files (
    id {{id}},
    entry_id BIGINT NOT NULL REFERENCES dossier_entries(id) ON DELETE CASCADE,
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data {{blob}} NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX dossier_files_entry ON dossier_files(entry_id);
CREATE INDEX dossier_files_student ON dossier_files(student_id);
