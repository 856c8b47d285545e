-- Instroom (decision 0044): per receiving institution (BRIN code), school of origin, year and the
-- onderwijstype they came from, how many came. A NULL count is "<5". Shown only to the receiving
-- institution.
CREATE TABLE doorstroom_inflow (
    brin TEXT NOT NULL,
    origin TEXT NOT NULL,
    year INTEGER NOT NULL,
    onderwijstype TEXT NOT NULL,
    arrived BIGINT,
    PRIMARY KEY (brin, year, origin, onderwijstype)
);

-- Which file each year's instroom came from, as doorstroom_years for the flows.
CREATE TABLE doorstroom_inflow_years (
    year INTEGER PRIMARY KEY,
    stamp BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    rows_read BIGINT NOT NULL,
    schools BIGINT NOT NULL,
    imported_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    imported_at BIGINT NOT NULL
);
