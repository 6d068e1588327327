-- Full-text search over documents. The trigram tokenizer needs no word
-- segmentation, which Chinese lacks; queries under three characters fall
-- back to LIKE in Go.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='trigram'
);
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- The dataset's generation: any write to documents or figures bumps it, so
-- the web layer can cache what it builds from the data (chart options,
-- whole pages) and drop the cache exactly when the data changes. Triggers
-- keep it right whichever code path writes.
CREATE TABLE dataset (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO dataset (id, generation) VALUES (1, 1);
CREATE TRIGGER documents_gen_insert AFTER INSERT ON documents BEGIN UPDATE dataset SET generation = generation + 1; END;
CREATE TRIGGER documents_gen_update AFTER UPDATE ON documents BEGIN UPDATE dataset SET generation = generation + 1; END;
CREATE TRIGGER documents_gen_delete AFTER DELETE ON documents BEGIN UPDATE dataset SET generation = generation + 1; END;
CREATE TRIGGER figures_gen_insert AFTER INSERT ON figures BEGIN UPDATE dataset SET generation = generation + 1; END;
CREATE TRIGGER figures_gen_update AFTER UPDATE ON figures BEGIN UPDATE dataset SET generation = generation + 1; END;
CREATE TRIGGER figures_gen_delete AFTER DELETE ON figures BEGIN UPDATE dataset SET generation = generation + 1; END;
