-- Logs kept for a term, not for ever (decision 0048).
--
-- The audit log keeps a client address six months and a line two years. The housekeeping finds
-- the lines that still carry an address through this index, so it reads only those, however
-- many lines older than six months are kept without one.
CREATE INDEX audit_log_addressed ON audit_log(at) WHERE address <> '';
-- The outbox keeps a mail (to whom, which subject, whether it went) thirty days.
CREATE INDEX outbox_created ON outbox(created_at);
