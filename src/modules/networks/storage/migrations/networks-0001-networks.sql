-- Regional networks: a network belongs to one region; its members are schools (school_id) or
-- other organisations (organisation only), each with a contact person; one or more of them are
-- the regiocontactpersoon (coordinator). Meetings keep their records (agenda, notes, agreements);
-- actions are the network's action list. `version` counts every change (the access walk's census).
CREATE TABLE networks_networks (
    id {{id}},
    region_id BIGINT NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    cycle TEXT NOT NULL,
    goals TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX networks_networks_region ON networks_networks(region_id);

CREATE TABLE networks_members (
    id {{id}},
    network_id BIGINT NOT NULL REFERENCES networks_networks(id) ON DELETE CASCADE,
    school_id BIGINT REFERENCES schools(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    coordinator INTEGER NOT NULL DEFAULT 0,
    UNIQUE (network_id, school_id)
);
CREATE INDEX networks_members_school ON networks_members(school_id);

CREATE TABLE networks_meetings (
    id {{id}},
    network_id BIGINT NOT NULL REFERENCES networks_networks(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    agenda TEXT NOT NULL,
    notes TEXT NOT NULL,
    agreements TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX networks_meetings_network ON networks_meetings(network_id, held_on);

CREATE TABLE networks_actions (
    id {{id}},
    network_id BIGINT NOT NULL REFERENCES networks_networks(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    owner TEXT NOT NULL,
    due TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX networks_actions_network ON networks_actions(network_id);
