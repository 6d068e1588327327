-- Indexes and triggers a bulk load (gen) set aside to build once at its
-- end instead of row by row (see deferred.go). A load that is stopped
-- leaves them here, and Open puts them back.
CREATE TABLE deferred_ddl (
    name TEXT PRIMARY KEY,   -- as in sqlite_master
    sql  TEXT NOT NULL       -- the CREATE statement, as sqlite_master held it
);
