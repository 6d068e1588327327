-- The whole product's schema: regions (with their tree), indicators,
-- documents (kept whole, so every figure can be traced to its sentence)
-- and figures (the figures contract plus confidence and review status).

CREATE TABLE regions (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,           -- NBS division code; zones: parent code + "-gx"/"-jk"
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('country', 'province', 'prefecture', 'county', 'town', 'zone')),
    parent_id   INTEGER REFERENCES regions(id)
);
CREATE INDEX regions_name ON regions(name);
CREATE INDEX regions_parent ON regions(parent_id);

CREATE TABLE indicators (
    key              TEXT PRIMARY KEY,
    name_zh          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    unit             TEXT NOT NULL,
    headline         INTEGER NOT NULL DEFAULT 0,
    higher_is_better INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    sha256            TEXT NOT NULL UNIQUE,     -- of the original bytes: ingest is idempotent
    title             TEXT NOT NULL,
    region_id         INTEGER REFERENCES regions(id),
    report_year       INTEGER,
    source            TEXT NOT NULL,            -- file name or URL it came from
    encoding          TEXT NOT NULL,
    text              TEXT NOT NULL,            -- decoded UTF-8; figure offsets point into it
    extractor_version TEXT NOT NULL,
    ingested_at       TEXT NOT NULL
);

CREATE TABLE figures (
    id                INTEGER PRIMARY KEY,
    document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    region_id         INTEGER NOT NULL REFERENCES regions(id),
    year              INTEGER NOT NULL,
    period            TEXT NOT NULL DEFAULT '',
    kind              TEXT NOT NULL CHECK (kind IN ('planned', 'reported')),
    indicator         TEXT NOT NULL,            -- a catalogue key or other:<中文名>
    value             REAL NOT NULL,
    unit              TEXT NOT NULL,
    cmp               TEXT NOT NULL CHECK (cmp IN ('>=', '<=', '~', '=')),
    preliminary       INTEGER NOT NULL DEFAULT 0,
    value_text        TEXT NOT NULL DEFAULT '',
    quote             TEXT NOT NULL,
    start_byte        INTEGER NOT NULL,
    end_byte          INTEGER NOT NULL,
    confidence        REAL NOT NULL,
    review_status     TEXT NOT NULL DEFAULT 'unreviewed'
                      CHECK (review_status IN ('unreviewed', 'confirmed', 'corrected', 'rejected')),
    extractor_version TEXT NOT NULL
);
CREATE INDEX figures_series ON figures(region_id, indicator, year, kind);
CREATE INDEX figures_year ON figures(year, indicator);
CREATE INDEX figures_document ON figures(document_id);
