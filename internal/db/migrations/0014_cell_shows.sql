-- What an indicator's cells show, kept beside them by the same refresh
-- (cells.go, views4_cellshows.go) in the same transaction: each cell
-- with the target and the result it shows written out (the figure's own
-- columns and its document's title and report year), filed by
-- indicator, period, year and region. The indicator view compares one
-- indicator across a province's regions in a year; from cells that was a
-- seek per region into cells and two more per figure shown, into figures
-- and documents, scattered over the file (a thousand seeks for a
-- province of 180 counties, two thirds of the page's build). Here those
-- rows lie side by side and carry what the page shows.
CREATE TABLE cell_shows (
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
    -- the target shown (NULL t_id: none), as figures and documents hold it
    t_id INTEGER, t_document_id INTEGER, t_value REAL, t_unit TEXT, t_cmp TEXT, t_preliminary INTEGER,
    t_value_text TEXT, t_quote TEXT, t_start_byte INTEGER, t_end_byte INTEGER, t_confidence REAL,
    t_review_status TEXT, t_title TEXT, t_report_year INTEGER,
    -- the result shown
    r_id INTEGER, r_document_id INTEGER, r_value REAL, r_unit TEXT, r_cmp TEXT, r_preliminary INTEGER,
    r_value_text TEXT, r_quote TEXT, r_start_byte INTEGER, r_end_byte INTEGER, r_confidence REAL,
    r_review_status TEXT, r_title TEXT, r_report_year INTEGER,
    PRIMARY KEY (indicator, period, year, region_id)
) WITHOUT ROWID;

-- Every cell's row, as the refresh writes them (cellShowsOf, over all
-- region-years at once), in the table's order.
WITH k(r, y) AS (SELECT region_id, year FROM region_years)
INSERT INTO cell_shows SELECT c.indicator, c.period, c.year, c.region_id, c.targets, c.results, c.status,
    c.first_status, c.final_status, c.first_result_id, c.final_result_id, c.later_document_id,
    t.id, t.document_id, t.value, t.unit, t.cmp, t.preliminary, t.value_text, t.quote, t.start_byte, t.end_byte, t.confidence,
    t.review_status, td.title, COALESCE(td.report_year, 0),
    r.id, r.document_id, r.value, r.unit, r.cmp, r.preliminary, r.value_text, r.quote, r.start_byte, r.end_byte, r.confidence,
    r.review_status, rd.title, COALESCE(rd.report_year, 0)
  FROM k JOIN cells c ON c.region_id = k.r AND c.year = k.y
  LEFT JOIN figures t ON t.id = c.target_id LEFT JOIN documents td ON td.id = t.document_id
  LEFT JOIN figures r ON r.id = c.result_id LEFT JOIN documents rd ON rd.id = r.document_id
  ORDER BY c.indicator, c.period, c.year, c.region_id;
