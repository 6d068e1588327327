-- Cells computed on write (see cells.go): one row per region, year,
-- indicator and period, with the figures it shows and its verdicts, kept
-- in step by every write that changes figures (ingest, review, added
-- figures, re-extraction, gen) in the same transaction, so a page reads
-- a few indexed rows instead of pairing every figure of a region.
CREATE TABLE cells (
    region_id         INTEGER NOT NULL REFERENCES regions(id),
    year              INTEGER NOT NULL,
    indicator         TEXT NOT NULL,
    period            TEXT NOT NULL,
    target_id         INTEGER,             -- the most certain target (figures.id)
    result_id         INTEGER,             -- the most certain result
    first_result_id   INTEGER,             -- the result as first reported
    final_result_id   INTEGER,             -- the latest final (not 预计) result
    targets           INTEGER NOT NULL,    -- figures stating each side
    results           INTEGER NOT NULL,
    status            TEXT NOT NULL,
    first_status      TEXT NOT NULL,       -- the verdict on the first-reported result ('' none)
    final_status      TEXT NOT NULL,       -- on the latest final result ('' none)
    gap               REAL,                -- result − target, when both
    later_document_id INTEGER,             -- not_found: the report that reviews the year
    PRIMARY KEY (region_id, year, indicator, period)
) WITHOUT ROWID;
-- An indicator across regions in a year (the indicator view).
CREATE INDEX cells_indicator ON cells(indicator, period, year, region_id);

-- Per region and year, the tally of its (whole-year) cells: hit rates,
-- and the default view (the region and year with most targets judged).
CREATE TABLE region_years (
    region_id INTEGER NOT NULL REFERENCES regions(id),
    year      INTEGER NOT NULL,
    met       INTEGER NOT NULL,
    on_par    INTEGER NOT NULL,
    missed    INTEGER NOT NULL,
    pending   INTEGER NOT NULL,
    not_found INTEGER NOT NULL,
    no_target INTEGER NOT NULL,
    assessed  INTEGER NOT NULL,            -- met + on_par + missed
    shaky     INTEGER NOT NULL,            -- assessed on an unchecked low-confidence reading
    PRIMARY KEY (region_id, year)
) WITHOUT ROWID;
CREATE INDEX region_years_best ON region_years(assessed DESC, year DESC, region_id);

-- Which version of the judging rules the stored cells follow; a
-- different one (or none, as here) rebuilds them all on open.
CREATE TABLE cells_meta (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version TEXT NOT NULL
);

-- A region's reports by year: the report that reviews a year.
CREATE INDEX documents_region ON documents(region_id, report_year);
