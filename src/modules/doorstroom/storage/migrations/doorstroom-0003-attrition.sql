-- Uitval en overstap (decision 0043): per school (BRIN code), year and onderwijstype how many were
-- ingeschreven, how many of them uitgevallen and how many overgestapt. A NULL count is "<5", and
-- of a group under 5 (enrolled NULL) the other counts are NULL too: never read as 0.
CREATE TABLE doorstroom_attrition (
    brin TEXT NOT NULL,
    year INTEGER NOT NULL,
    onderwijstype TEXT NOT NULL,
    enrolled BIGINT,
    dropped BIGINT,
    switched BIGINT,
    PRIMARY KEY (brin, year, onderwijstype)
);

-- Which file each year's uitval en overstap came from, as doorstroom_years for the flows: a file
-- of one kind never replaces the other kind's figures of the same year.
CREATE TABLE doorstroom_attrition_years (
    year INTEGER PRIMARY KEY,
    stamp BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    rows_read BIGINT NOT NULL,
    schools BIGINT NOT NULL,
    imported_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    imported_at BIGINT NOT NULL
);
