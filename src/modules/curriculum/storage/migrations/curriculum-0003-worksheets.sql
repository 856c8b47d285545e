-- Worksheets of the opdrachtenbank's assignments: files a teacher hands out with an assignment
-- (a werkblad, a reflection form), type-checked by content when uploaded
-- (platform/core/common/file_type) and read only through their assignment: whoever may see the
-- assignment may download them, so a shared assignment's worksheets are public.
CREATE TABLE curriculum_worksheets (
    id {{id}},
    assignment_id BIGINT NOT NULL REFERENCES curriculum_assignments(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data {{blob}} NOT NULL,
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX curriculum_worksheets_assignment ON curriculum_worksheets(assignment_id);
