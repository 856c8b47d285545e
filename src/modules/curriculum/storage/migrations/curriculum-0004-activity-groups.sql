-- Who an activity of the curriculumplanner is for, and what came of it in the loopbaandossier
-- (docs/decisions/0035-activities-reach-students.md). A school gives an activity to some of its
-- groups; a student of such a group begins it in their dossier, which adds an entry filled in
-- from the activity and the assignment it came from. The entry is the student's own from then on:
-- the link only says which entry began from which activity, so the student finds it again and
-- the school counts how many began.
CREATE TABLE curriculum_activity_groups (
    activity_id BIGINT NOT NULL REFERENCES curriculum_activities(id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES school_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, group_id)
);
CREATE INDEX curriculum_activity_groups_group ON curriculum_activity_groups(group_id);

CREATE TABLE curriculum_activity_entries (
    activity_id BIGINT NOT NULL REFERENCES curriculum_activities(id) ON DELETE CASCADE,
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    entry_id BIGINT NOT NULL REFERENCES dossier_entries(id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    PRIMARY KEY (activity_id, student_id)
);
CREATE INDEX curriculum_activity_entries_student ON curriculum_activity_entries(student_id);
