-- A mail may carry one text attachment (the .ics of a bijeenkomst): its file name, its content
-- type and its content. Emptied with the body (PurgeBodies).
ALTER TABLE outbox ADD COLUMN attachment_name TEXT;
ALTER TABLE outbox ADD COLUMN attachment_type TEXT;
ALTER TABLE outbox ADD COLUMN attachment TEXT;
