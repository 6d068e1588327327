-- The full-text index is written a batch at a time, not a row at a time
-- (see indexDocuments): bulk ingest stores each document under its own
-- savepoint, and FTS5 flushes its pending terms to disk at every
-- savepoint of a transaction that has written to it, so with the insert
-- trigger every document became a segment of its own and the index spent
-- most of an ingest merging them. Deletes and updates keep their
-- triggers (they are rare and single).
DROP TRIGGER documents_fts_insert;
-- Pending terms held in memory before a flush (default 1 MB): a batch of
-- whole reports flushes as a few large segments, which merge rarely.
INSERT INTO documents_fts(documents_fts, rank) VALUES ('hashsize', 16777216);
