-- A mail of a mailing list (the nieuwsbrief) carries the address that unsubscribes its receiver
-- in one click (List-Unsubscribe, RFC 8058). Emptied with the body (PurgeBodies).
ALTER TABLE outbox ADD COLUMN list_unsubscribe TEXT;
