-- Vestigingen (decision 0041): a cell is of the whole school (vestiging '') or of one of its
-- vestigingen ('01'), so the key gains the vestiging. A new table rather than a renamed one: the
-- old primary key's index keeps its name on PostgreSQL. The figures so far are of whole schools.
CREATE TABLE doorstroom_cells (
    brin TEXT NOT NULL,
    vestiging TEXT NOT NULL,
    year INTEGER NOT NULL,
    onderwijstype TEXT NOT NULL,
    destination TEXT NOT NULL,
    leavers BIGINT,
    has_stayed INTEGER NOT NULL,
    stayed BIGINT,
    PRIMARY KEY (brin, vestiging, year, onderwijstype, destination)
);
CREATE INDEX doorstroom_cells_year ON doorstroom_cells(year);
INSERT INTO doorstroom_cells (brin, vestiging, year, onderwijstype, destination, leavers,
                              has_stayed, stayed)
    SELECT brin, '', year, onderwijstype, destination, leavers, has_stayed, stayed
    FROM doorstroom_flows;
DROP TABLE doorstroom_flows;

-- A vestiging's name, as the latest file that named it gave it.
CREATE TABLE doorstroom_vestigingen (
    brin TEXT NOT NULL,
    vestiging TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (brin, vestiging)
);
