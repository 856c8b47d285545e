-- The audit log says what happened in Dutch, as written when it happened (core::AuditAction);
-- `action` keeps the code for filters and scripts. Rows from before this migration have none
-- and show their code.
ALTER TABLE audit_log ADD COLUMN description TEXT NOT NULL DEFAULT '';
