-- A student shares their dossier with the next school in this installation (vo -> mbo -> hbo):
-- which parts (entry kinds), the doorstroomdossier's motivation and the mentor's advice as the
-- student signed them off, and the state: concept (being prepared), aangeboden (sent),
-- geaccepteerd or afgewezen (by the receiving school), ingetrokken (by the student, at any time).
-- The receiving school reads the parts live from the student's dossier while it is accepted.
CREATE TABLE dossier_shares (
    id {{id}},
    student_id BIGINT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    to_school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    kinds TEXT NOT NULL,
    motivation TEXT NOT NULL,
    advice TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_shares_student ON dossier_shares(student_id);
CREATE INDEX dossier_shares_school ON dossier_shares(to_school_id, state);
