-- Groups (klassen, SLB-groepen) of a school with their mentors, and the students enrolled at a
-- school: the people the student scope of the access rules is about (core::Target::Student).
-- A student is an account with a leerling membership and one row in `students` per school they
-- are or were enrolled at (`left_at` set for a leaver). The school's own local id identifies a
-- student within the school: no BSN, no onderwijsnummer.
CREATE TABLE school_groups (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX school_groups_name ON school_groups(school_id, name);

CREATE TABLE group_mentors (
    group_id BIGINT NOT NULL REFERENCES school_groups(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_mentors_user ON group_mentors(user_id);

CREATE TABLE students (
    id {{id}},
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    birth_date TEXT NOT NULL,  -- YYYY-MM-DD: the age rules for parents follow from it
    onderwijstype TEXT NOT NULL,
    leerjaar INTEGER NOT NULL,
    group_id BIGINT REFERENCES school_groups(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    left_at BIGINT
);
CREATE UNIQUE INDEX students_local_id ON students(school_id, local_id);
CREATE UNIQUE INDEX students_user ON students(school_id, user_id);
CREATE INDEX students_group ON students(group_id);
CREATE INDEX students_of_user ON students(user_id);
