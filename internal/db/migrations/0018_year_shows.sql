-- Each region-year's whole-year cells as they are shown, in one row
-- (views5_yearshows.go): compare reads every cell of a scope's regions in
-- a year, 2,368 rows for a province from cell_shows, each a seek through
-- cell_shows_region and a second into the table, and in pure-Go SQLite
-- every row and column read costs on its own. Here a province's year is
-- one row a region (148), each holding its cells as one JSON array of
-- [indicator, targets, results, status, first_status, final_status,
-- first_result_id, final_result_id, later_document_id, t, r], t and r
-- the sides cell_shows holds. refreshChunkOf writes it in the same
-- transaction as cell_shows, from cell_shows.
CREATE TABLE year_shows (
    region_id INTEGER NOT NULL REFERENCES regions(id),
    year      INTEGER NOT NULL,
    cells     TEXT NOT NULL,
    PRIMARY KEY (region_id, year)
) WITHOUT ROWID;

INSERT INTO year_shows SELECT region_id, year, json_group_array(json_array(indicator, targets, results, status,
    first_status, final_status, first_result_id, final_result_id, later_document_id, json(t), json(r)))
  FROM cell_shows WHERE period = '' GROUP BY region_id, year;
