-- Platform foundation: tenants (regions, schools, teams), people and their roles, sessions,
-- login throttling, one-time tokens, the e-mail outbox and the audit log.
-- {{id}} becomes the dialect's auto-increment primary key; times are Unix seconds (UTC).

CREATE TABLE regions (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE schools (
    id {{id}},
    name TEXT NOT NULL,
    brin TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL CHECK (sector IN ('vo', 'mbo', 'hbo')),
    onderwijstypes TEXT NOT NULL DEFAULT '',
    region_id BIGINT REFERENCES regions(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX schools_region ON schools(region_id);
CREATE INDEX schools_name ON schools(name);

CREATE TABLE teams (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (school_id, name)
);

CREATE TABLE users (
    id {{id}},
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE memberships (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    school_id BIGINT REFERENCES schools(id) ON DELETE CASCADE,
    region_id BIGINT REFERENCES regions(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX memberships_unique
    ON memberships(user_id, role, COALESCE(school_id, 0), COALESCE(region_id, 0));
CREATE INDEX memberships_school ON memberships(school_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_failures (
    id {{id}},
    account_key TEXT NOT NULL,
    address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_account ON login_failures(account_key, at);
CREATE INDEX login_failures_address ON login_failures(address, at);

CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('invite', 'reset')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE outbox (
    id {{id}},
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    claimed_until BIGINT
);
CREATE INDEX outbox_pending ON outbox(sent_at, id);

CREATE TABLE audit_log (
    id {{id}},
    at BIGINT NOT NULL,
    actor_user_id BIGINT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
