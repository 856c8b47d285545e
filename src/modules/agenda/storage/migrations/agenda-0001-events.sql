-- Bijeenkomsten and who registered for them. An event is national (region_id NULL) or belongs
-- to one region. A registration needs no account: name and e-mail address, a secret code (kept
-- only as its hash) in the link to see or cancel it, and its standing: 'bevestigd', 'wachtlijst'
-- or 'afgemeld'. One registration per e-mail address per event; registering again after
-- cancelling reuses the row. `sectors` lists the sectors an event is for ("vo,mbo"; empty: all);
-- `outcome` and `outcome_url` are the terugblik afterwards (what it yielded, the presentations or
-- a kennisbank item); `reminded_at` when the reminder went out. `version` counts every change
-- (for the access walk's census).
CREATE TABLE agenda_events (
    id {{id}},
    region_id BIGINT REFERENCES regions(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    programme TEXT NOT NULL,
    place TEXT NOT NULL,
    online_url TEXT NOT NULL,
    audience TEXT NOT NULL,
    sectors TEXT NOT NULL,
    outcome TEXT NOT NULL,
    outcome_url TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    capacity INTEGER NOT NULL,
    reminded_at BIGINT,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agenda_events_ends ON agenda_events(ends_at);
CREATE INDEX agenda_events_starts ON agenda_events(starts_at);
CREATE INDEX agenda_events_region ON agenda_events(region_id);

CREATE TABLE agenda_registrations (
    id {{id}},
    event_id BIGINT NOT NULL REFERENCES agenda_events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    organisation TEXT NOT NULL,
    role TEXT NOT NULL,
    note TEXT NOT NULL,
    standing TEXT NOT NULL,
    code_hash TEXT NOT NULL UNIQUE,
    registered_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, email)
);
CREATE INDEX agenda_registrations_queue ON agenda_registrations(event_id, standing, registered_at, id);
