-- LOB-scan: versioned instruments, rounds per school (or team), respondents with their answers,
-- the theme tallies of closed rounds (what peers compare with) and action points.
-- A respondent's e-mail address is kept only until they submit (for reminders), so submitted
-- answers are not linked to a person.

CREATE TABLE scan_instruments (
    id {{id}},
    sector TEXT NOT NULL CHECK (sector IN ('vo', 'mbo', 'hbo')),
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    UNIQUE (sector, version)
);

CREATE TABLE scan_rounds (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id),
    team_id BIGINT REFERENCES teams(id),
    instrument_id BIGINT NOT NULL REFERENCES scan_instruments(id),
    title TEXT NOT NULL,
    respondent_groups TEXT NOT NULL,
    deadline BIGINT NOT NULL,
    closed_at BIGINT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX scan_rounds_school ON scan_rounds(school_id, created_at);
CREATE INDEX scan_rounds_closed ON scan_rounds(closed_at, school_id);

-- One open link per round and group, shown as a QR code in a team meeting. The token stays
-- readable: the coordinator shows it again and again, and it only lets people start a response.
CREATE TABLE scan_open_links (
    round_id BIGINT NOT NULL REFERENCES scan_rounds(id),
    grp TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    PRIMARY KEY (round_id, grp)
);

CREATE TABLE scan_responses (
    id {{id}},
    round_id BIGINT NOT NULL REFERENCES scan_rounds(id),
    grp TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    email TEXT,
    invited BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    reminded_at BIGINT,
    updated_at BIGINT,
    submitted_at BIGINT,
    UNIQUE (round_id, email)
);
CREATE INDEX scan_responses_round ON scan_responses(round_id, submitted_at);

CREATE TABLE scan_answers (
    response_id BIGINT NOT NULL REFERENCES scan_responses(id),
    statement TEXT NOT NULL,
    answer BIGINT NOT NULL CHECK (answer BETWEEN 0 AND 4),
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, statement)
);

CREATE TABLE scan_round_scores (
    round_id BIGINT NOT NULL REFERENCES scan_rounds(id),
    theme TEXT NOT NULL,
    dont_know BIGINT NOT NULL,
    phase1 BIGINT NOT NULL,
    phase2 BIGINT NOT NULL,
    phase3 BIGINT NOT NULL,
    phase4 BIGINT NOT NULL,
    PRIMARY KEY (round_id, theme)
);

CREATE TABLE scan_actions (
    id {{id}},
    round_id BIGINT NOT NULL REFERENCES scan_rounds(id),
    theme TEXT NOT NULL,
    what TEXT NOT NULL,
    who TEXT NOT NULL,
    due TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX scan_actions_round ON scan_actions(round_id);
