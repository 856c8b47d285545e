-- A 0 tells about a group under 5 (decision 0043): figures imported before the rule get it now,
-- as ReadFlowFile applies it to every file since. A 0 of a school's (or vestiging's) onderwijstype
-- and year whose known counts add up to less than 5 becomes "<5" (NULL), and so does who stayed of
-- a "<5". Then the country's sums are added up again from the cells.
UPDATE doorstroom_cells SET leavers = NULL
WHERE leavers = 0
  AND (SELECT COALESCE(SUM(g.leavers), 0) FROM doorstroom_cells g
       WHERE g.brin = doorstroom_cells.brin AND g.vestiging = doorstroom_cells.vestiging
         AND g.year = doorstroom_cells.year
         AND g.onderwijstype = doorstroom_cells.onderwijstype) < 5;
UPDATE doorstroom_cells SET stayed = NULL
WHERE has_stayed = 1 AND leavers IS NULL AND stayed IS NOT NULL;
DELETE FROM doorstroom_national;
INSERT INTO doorstroom_national (year, onderwijstype, destination, leavers_known, leavers_hidden,
                                 stayed_known, stayed_hidden, followed)
    SELECT year, onderwijstype, destination,
           COALESCE(SUM(leavers), 0),
           SUM(CASE WHEN leavers IS NULL THEN 1 ELSE 0 END),
           COALESCE(SUM(stayed), 0),
           SUM(CASE WHEN has_stayed = 1 AND stayed IS NULL THEN 1 ELSE 0 END),
           COALESCE(SUM(CASE WHEN stayed IS NOT NULL THEN leavers END), 0)
    FROM doorstroom_cells GROUP BY year, onderwijstype, destination;
