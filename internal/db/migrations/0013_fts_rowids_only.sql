-- The full-text index keeps only which documents hold each trigram
-- (detail=none), not where: every phrase is then checked against the
-- document's own text (see SearchDocuments), which finds exactly what
-- the positions found. Writing positions was most of the index's cost in
-- a bulk ingest (1,550 whole reports: 0.56x the time to index) and of its
-- size (161 MB of positions against 26 MB of rowids), and a search never
-- needed them once it read the matching text for its snippet anyway.
-- detail=none refuses phrase queries, so the index is rebuilt, with the
-- triggers that keep deletes and edits in step.
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='trigram', detail=none
);
-- Pending terms held in memory before a flush (as in 0007).
INSERT INTO documents_fts(documents_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
