-- Staff lists next to student lists (decision 0019): an import is of one kind, and what an
-- applied staff list changed in the staff's roles is recorded so the last import can be undone
-- whole. A role is a membership of the school (with its team for a mentor or teamleider).
-- A student list with parent columns is the truth about the parents: a link it no longer names
-- goes, recorded (removed = 1) so that undoing puts it back.
ALTER TABLE roster_imports ADD COLUMN kind TEXT NOT NULL DEFAULT 'leerlingen';

CREATE TABLE roster_import_roles (
    import_id BIGINT NOT NULL REFERENCES roster_imports(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL,  -- not a reference: undoing may remove the account
    role TEXT NOT NULL,
    team_id BIGINT,
    added INTEGER NOT NULL,   -- 1: the import gave the role, 0: it took the role away
    new_account INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX roster_import_roles_import ON roster_import_roles(import_id);

ALTER TABLE roster_import_parents ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
