-- Doorstroomgegevens (decision 0038): published aggregate figures, no personal data. One row per
-- school (BRIN code; also schools that do not use Koers, for the national figures), year,
-- onderwijstype and destination. A NULL count is "<5": suppressed by the source or on import,
-- and never read as 0.
CREATE TABLE doorstroom_flows (
    brin TEXT NOT NULL,
    year INTEGER NOT NULL,
    onderwijstype TEXT NOT NULL,
    destination TEXT NOT NULL,
    leavers BIGINT,
    has_stayed INTEGER NOT NULL,  -- 1: the file said how many were still there a year later
    stayed BIGINT,                -- with has_stayed 1, NULL is "<5"
    PRIMARY KEY (brin, year, onderwijstype, destination)
);
CREATE INDEX doorstroom_flows_year ON doorstroom_flows(year);

-- The country's figures, added up once per import (dashboards never add up the raw rows): the
-- sum of the known counts and how many "<5" cells are not in it.
CREATE TABLE doorstroom_national (
    year INTEGER NOT NULL,
    onderwijstype TEXT NOT NULL,
    destination TEXT NOT NULL,
    leavers_known BIGINT NOT NULL,
    leavers_hidden BIGINT NOT NULL,
    stayed_known BIGINT NOT NULL,
    stayed_hidden BIGINT NOT NULL,
    followed BIGINT NOT NULL,
    PRIMARY KEY (year, onderwijstype, destination)
);

-- Which file each year's figures came from; importing a year again replaces it. `stamp` (the
-- import's clock in milliseconds) tells the figures kept in memory by every koers process that a
-- year changed.
CREATE TABLE doorstroom_years (
    year INTEGER PRIMARY KEY,
    stamp BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    rows_read BIGINT NOT NULL,
    schools BIGINT NOT NULL,
    imported_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    imported_at BIGINT NOT NULL
);
