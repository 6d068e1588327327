-- cell_shows filed by region and year as well (views4_cellshows.go):
-- compare reads every cell of a scope's regions in a year, and its
-- escalation those of the regions above; from cells that was a seek
-- into figures for each figure a cell shows and one into documents for
-- each of their documents, two fifths of the page's build. Through this
-- index it is one seek a region and one a cell, each row carrying what
-- the page shows (an index on a WITHOUT ROWID table holds the table's
-- key, not the row: about 30 MB on a database of a million cells).
CREATE INDEX cell_shows_region ON cell_shows(region_id, year, period);
