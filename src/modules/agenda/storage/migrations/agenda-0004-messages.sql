-- What an organiser wrote to an event's registrations: the subject, when and to how many (the
-- text went out by mail and is not kept). The form's one-time token is unique, so a post that is
-- sent twice (a double click, a replay) sends no second message.
CREATE TABLE agenda_messages (
    id {{id}},
    event_id BIGINT NOT NULL REFERENCES agenda_events(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    recipients BIGINT NOT NULL,
    sent_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    sent_at BIGINT NOT NULL
);
CREATE INDEX agenda_messages_event ON agenda_messages(event_id);
