-- Events counted by rate limits that must hold across koers processes, such as LOB-scan
-- responses started through one open link from one client address. `subject` is a hash of
-- what is counted (never a raw address); rows are pruned once older than the longest window.
CREATE TABLE rate_events (
    bucket TEXT NOT NULL,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX rate_events_subject ON rate_events(bucket, subject, at);
CREATE INDEX rate_events_at ON rate_events(at);
