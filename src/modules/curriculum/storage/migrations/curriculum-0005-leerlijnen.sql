-- A school plans more than one leerlijn (decision 0036): per opleiding or onderwijstype, as the
-- activity's field "leerlijn" names it ('' for the whole school, which every leerlijn includes).
-- Written from the fields at every save like the other derived columns; existing activities
-- name none, and their bodies have no such field, so they are the whole school's.
ALTER TABLE curriculum_activities ADD COLUMN leerlijn TEXT NOT NULL DEFAULT '';
CREATE INDEX curriculum_activities_leerlijn ON curriculum_activities(school_id, leerlijn);

-- A school that shares its plan with the schools of its region, for the view at the transition
-- from one school to the next (vmbo to mbo): who shared it and when.
CREATE TABLE curriculum_shared_plans (
    school_id BIGINT PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
    shared_at BIGINT NOT NULL,
    shared_by TEXT NOT NULL
);
