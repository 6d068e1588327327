-- How many live figures each region-year has, kept with its tally by
-- the same refresh (cells.go): the region list behind every filter read
-- them per region with a count over the figures, seconds at two million
-- figures after every write.
ALTER TABLE region_years ADD COLUMN figures INTEGER NOT NULL DEFAULT 0;
UPDATE region_years SET figures = (SELECT COUNT(*) FROM figures f
    WHERE f.region_id = region_years.region_id AND f.year = region_years.year AND f.review_status != 'rejected');
