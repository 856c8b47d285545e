-- An event's presentations and opbrengsten as files, added by its organiser (before or after the
-- event), type-checked by content when uploaded and read through the event (as visible as the
-- event itself). Not personal data: they stay when the registrations go.
CREATE TABLE agenda_files (
    id {{id}},
    event_id BIGINT NOT NULL REFERENCES agenda_events(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data {{blob}} NOT NULL,
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX agenda_files_event ON agenda_files(event_id);
