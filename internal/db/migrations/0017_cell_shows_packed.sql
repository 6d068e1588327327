-- cell_shows with each shown figure in one column: the fourteen values
-- of a side (shownSide in views4_cellshows.go) as one JSON array, NULL
-- for none. In pure-Go SQLite every column read costs on its own (the
-- driver asks each column's type, then its value, each call taking the
-- connection's mutex): reading a province's 2,368 cells with their 43
-- columns was a third of its compare page. Two columns for the 28 are
-- read in one call each and split in Go (shownRow.parse).
CREATE TABLE cell_shows_packed (
    indicator         TEXT NOT NULL,
    period            TEXT NOT NULL,
    year              INTEGER NOT NULL,
    region_id         INTEGER NOT NULL REFERENCES regions(id),
    targets           INTEGER NOT NULL,
    results           INTEGER NOT NULL,
    status            TEXT NOT NULL,
    first_status      TEXT NOT NULL,
    final_status      TEXT NOT NULL,
    first_result_id   INTEGER,
    final_result_id   INTEGER,
    later_document_id INTEGER,
    t                 TEXT, -- the target shown
    r                 TEXT, -- the result shown
    PRIMARY KEY (indicator, period, year, region_id)
) WITHOUT ROWID;

INSERT INTO cell_shows_packed SELECT indicator, period, year, region_id, targets, results, status,
    first_status, final_status, first_result_id, final_result_id, later_document_id,
    CASE WHEN t_id IS NULL THEN NULL ELSE json_array(t_id, t_document_id, t_value, t_unit, t_cmp, t_preliminary,
        t_value_text, t_quote, t_start_byte, t_end_byte, t_confidence, t_review_status, t_title, t_report_year) END,
    CASE WHEN r_id IS NULL THEN NULL ELSE json_array(r_id, r_document_id, r_value, r_unit, r_cmp, r_preliminary,
        r_value_text, r_quote, r_start_byte, r_end_byte, r_confidence, r_review_status, r_title, r_report_year) END
  FROM cell_shows ORDER BY indicator, period, year, region_id;

DROP TABLE cell_shows;
ALTER TABLE cell_shows_packed RENAME TO cell_shows;
CREATE INDEX cell_shows_region ON cell_shows(region_id, year, period);
