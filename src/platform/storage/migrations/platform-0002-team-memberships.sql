-- A school role can be tied to one team: a mentor or teamleider reaches only that team's
-- resources (core::Target::Team). Until the module-keyed migrations this was part of the
-- quality cycle's first migration (legacy version 4).
ALTER TABLE memberships ADD COLUMN team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE;
DROP INDEX memberships_unique;
CREATE UNIQUE INDEX memberships_unique ON memberships(
    user_id, role, COALESCE(school_id, 0), COALESCE(region_id, 0), COALESCE(team_id, 0));
