-- Login attempts, as token buckets per client and per account name, kept
-- in the database so a restart or a second server process on the same
-- file does not hand an attacker a fresh allowance.
CREATE TABLE login_attempts (
    key    TEXT PRIMARY KEY,    -- 'client:203.0.113.7', 'client:2001:db8:1:2::/64', 'name:wang'
    tokens REAL NOT NULL,       -- attempts left (fractional: they refill continuously)
    at     REAL NOT NULL,       -- unix seconds of the last attempt
    ok     INTEGER NOT NULL     -- whether the last attempt was allowed
) WITHOUT ROWID;
CREATE INDEX login_attempts_at ON login_attempts(at);
