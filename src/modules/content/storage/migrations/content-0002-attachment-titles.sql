-- An attachment has a title that readers see ("Werkblad loopbaangesprek"), besides its file
-- name. Attachments from before this migration have none and show their file name.
ALTER TABLE attachments ADD COLUMN title TEXT NOT NULL DEFAULT '';
