-- The text inside an attachment (a PDF, Word or OpenDocument file), for search. NULL: not read
-- yet (attachments from before this migration are read when Koers starts); '' : none found.
ALTER TABLE attachments ADD COLUMN text TEXT;
