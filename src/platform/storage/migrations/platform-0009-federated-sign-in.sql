-- Signing in through a federation with OpenID Connect (decision 0042).
--
-- A sign-in under way, from the redirect to the provider until it answers (ten minutes at
-- most). The state and the browser's binding cookie are stored as hashes; the nonce and the
-- PKCE verifier are single-use secrets. A row is deleted when the answer uses it, so an
-- answer replayed finds nothing.
CREATE TABLE federated_sign_ins (
    state_hash TEXT PRIMARY KEY,
    browser_hash TEXT NOT NULL,
    provider TEXT NOT NULL,
    nonce TEXT NOT NULL,
    verifier TEXT NOT NULL,
    invitation_hash TEXT NOT NULL DEFAULT '',
    return_path TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX federated_sign_ins_created ON federated_sign_ins(created_at);

-- A person's identity at a provider (its pseudonymous subject) linked to one Koers account,
-- through an invitation or a beheerder; never through an e-mail address alone.
CREATE TABLE federated_identities (
    provider TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL DEFAULT '',
    linked_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX federated_identities_user ON federated_identities(user_id);

-- An identity that signed in without a linked account: what its provider said of it, for the
-- beheerder to link to an account (or to let lapse). Kept fourteen days from its last attempt.
CREATE TABLE federated_link_requests (
    id {{id}},
    provider TEXT NOT NULL,
    subject TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    affiliations TEXT NOT NULL DEFAULT '',
    requested_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX federated_link_requests_subject ON federated_link_requests(provider, subject);

-- How a school's people sign in: the federation's name for the school (its schac home
-- organisation, such as "veldzicht.nl") that an identity linked to its accounts must carry, and
-- whether its accounts may still sign in with a password. No row: no check, passwords allowed.
CREATE TABLE school_sign_in (
    school_id BIGINT PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL DEFAULT '',
    passwords INTEGER NOT NULL DEFAULT 1
);

-- The session a federated sign-in began, with the id_token the provider's logout asks for.
CREATE TABLE federated_sessions (
    session_hash TEXT PRIMARY KEY REFERENCES sessions(token_hash) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    id_token TEXT NOT NULL
);
