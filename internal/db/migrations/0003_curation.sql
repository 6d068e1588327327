-- People who may write, their sessions, the audit trail of every change
-- to a figure, and uploads waiting for their preview to be saved.

-- What the extractor first said a figure's indicator was: a reviewed
-- figure is matched to the extractor's new reading of the same sentence by
-- it, so a correction survives re-extraction. NULL for figures a person
-- added (their extractor_version is 'human').
ALTER TABLE figures ADD COLUMN extracted_indicator TEXT;
UPDATE figures SET extracted_indicator = indicator;
CREATE INDEX figures_review ON figures(review_status, confidence);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,              -- bcrypt
    created_at    TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,              -- SHA-256 of the cookie's token: a stolen database opens no session
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,                 -- the session's CSRF token, in every form
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions(expires_at);

CREATE TABLE figure_audit (
    id          INTEGER PRIMARY KEY,
    figure_id   INTEGER NOT NULL,             -- no foreign key: the trail outlives a deleted document
    document_id INTEGER NOT NULL,
    user_name   TEXT NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject', 'add')),
    before      TEXT,                         -- the figure as JSON before the change; NULL for add
    after       TEXT NOT NULL                 -- and after it
);
CREATE INDEX figure_audit_figure ON figure_audit(figure_id, id);
CREATE TRIGGER figure_audit_gen AFTER INSERT ON figure_audit BEGIN UPDATE dataset SET generation = generation + 1; END;

CREATE TABLE uploads (
    token      TEXT PRIMARY KEY,              -- random; the preview form carries it
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    raw        BLOB NOT NULL,
    created_at TEXT NOT NULL
);
