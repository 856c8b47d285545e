-- The nieuwsbrief (decision 0029). Subscribers with what they want to hear about, active only
-- once they confirmed through a mailed link (double opt-in); unsubscribing deletes the row. The
-- secret links of their mails, hashed. The issues the redactie composes, with their items as they
-- were when composed, and one delivery per subscriber an issue goes to, with the outbox mail that
-- carries it (its sent_at and attempts say delivered or failed). Once no mail of an issue waits,
-- its counts are kept with it ("total skipped delivered failed"), never counted again.
CREATE TABLE newsletter_subscribers (
    id {{id}},
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '',
    themes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT
);
CREATE INDEX newsletter_subscribers_status ON newsletter_subscribers(status, id);

CREATE TABLE newsletter_links (
    token_hash TEXT PRIMARY KEY,
    subscriber_id BIGINT NOT NULL REFERENCES newsletter_subscribers(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX newsletter_links_subscriber ON newsletter_links(subscriber_id);
CREATE INDEX newsletter_links_expiry ON newsletter_links(expires_at);

CREATE TABLE newsletter_issues (
    id {{id}},
    subject TEXT NOT NULL,
    intro TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    sent_at BIGINT,
    sent_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    final_counts TEXT
);

CREATE TABLE newsletter_issue_items (
    issue_id BIGINT NOT NULL REFERENCES newsletter_issues(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    path TEXT NOT NULL,
    sectors TEXT NOT NULL,
    themes TEXT NOT NULL,
    PRIMARY KEY (issue_id, position)
);

CREATE TABLE newsletter_deliveries (
    id {{id}},
    issue_id BIGINT NOT NULL REFERENCES newsletter_issues(id) ON DELETE CASCADE,
    subscriber_id BIGINT REFERENCES newsletter_subscribers(id) ON DELETE SET NULL,
    state TEXT NOT NULL,
    outbox_id BIGINT REFERENCES outbox(id)
);
CREATE INDEX newsletter_deliveries_state ON newsletter_deliveries(issue_id, state, id);
