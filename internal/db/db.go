// Package db stores Mubiao's documents and figures in SQLite (modernc.org,
// pure Go): opening with pragmas in the DSN, embedded ordered migrations,
// ingest and the queries the dashboard asks.
package db

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an open Mubiao database.
type DB struct {
	sql *sql.DB
	// probe is two connections of their own for the questions that must
	// be answered while every pooled connection is busy (slow exports, a
	// burst of uncached pages): is the database there, and which data
	// generation is current. In WAL mode a reader waits for nobody.
	probe *sql.DB
	path  string
	stmts stmtCache // the page reads' prepared statements (stmts.go)
}

// Open opens (creating if needed) the database at path and applies any
// migrations not yet recorded. Pragmas go in the DSN so every pooled
// connection gets them; busy_timeout comes first so the others wait for
// a lock instead of failing. Fifteen seconds: a bulk ingest in another
// process holds the write lock for a batch (up to two seconds of
// documents, then their cells and index), longer on a loaded machine, and
// a reviewer's save should wait that out rather than fail.
//
// Write transactions begin IMMEDIATE (_txlock): a deferred transaction
// starts as a read and upgrades at its first write, and when another
// connection wrote in between SQLite answers SQLITE_BUSY at once, without
// waiting the busy timeout ("database is locked" for one of two people
// saving at once). Taking the write lock up front makes writers queue.
// Read-only transactions (sql.TxOptions{ReadOnly: true}) stay deferred.
func Open(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("db: create %s: %w", dir, err)
		}
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(15000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	sqldb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("db: open %s: %w", path, err)
	}
	// A bounded pool: every open connection keeps its own page cache
	// (up to 2 MB each by default), and more connections than cores only
	// queue inside SQLite. Under 50 concurrent requests an unbounded pool
	// opened 50. Sixteen leaves room for a few slow clients holding a
	// connection while an export streams to them.
	conns := max(16, 4*runtime.GOMAXPROCS(0))
	sqldb.SetMaxOpenConns(conns)
	sqldb.SetMaxIdleConns(conns)
	probe, err := sql.Open("sqlite", dsn)
	if err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("db: open %s: %w", path, err)
	}
	probe.SetMaxOpenConns(2)
	probe.SetMaxIdleConns(2)
	d := &DB{sql: sqldb, probe: probe, path: path}
	// Before the migrations: one of them may alter an index or trigger a
	// stopped bulk load had set aside.
	if err := d.restoreDeferredOnOpen(ctx); err != nil {
		d.Close()
		return nil, fmt.Errorf("db: restore indexes: %w", err)
	}
	if err := d.migrate(ctx); err != nil {
		d.Close()
		return nil, err
	}
	if err := d.ensureCells(ctx); err != nil {
		d.Close()
		return nil, fmt.Errorf("db: cells: %w", err)
	}
	// Keeps the planner's statistics current for the indexes it chooses
	// among (SQLite's advice for every long-lived connection; it analyses
	// only tables that need it).
	if _, err := sqldb.ExecContext(ctx, "PRAGMA optimize=0x10002"); err != nil {
		d.Close()
		return nil, fmt.Errorf("db: optimize: %w", err)
	}
	return d, nil
}

// Close closes the database.
func (d *DB) Close() error {
	d.stmts.close()
	d.probe.Close()
	return d.sql.Close()
}

// Ping reports whether the database answers a query (on the probe
// connections: it answers while the pool is busy).
func (d *DB) Ping(ctx context.Context) error {
	var g int64
	return d.probe.QueryRowContext(ctx, "SELECT generation FROM dataset WHERE id = 1").Scan(&g)
}

// migrate applies each embedded migration not yet in schema_migrations,
// in name order, each in its own transaction with its record.
func (d *DB) migrate(ctx context.Context) error {
	if _, err := d.sql.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))`); err != nil {
		return fmt.Errorf("db: migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := d.applyMigration(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) applyMigration(ctx context.Context, name string) error {
	base := strings.TrimPrefix(name, "migrations/")
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_migrations WHERE name = ?", base).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return fmt.Errorf("db: migration %s: %w", base, err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations(name) VALUES (?)", base); err != nil {
		return err
	}
	return tx.Commit()
}

// Migrations lists the migrations recorded as applied.
func (d *DB) Migrations(ctx context.Context) ([]string, error) {
	return queryColumn[string](ctx, d.sql, "SELECT name FROM schema_migrations ORDER BY name")
}

// queryColumn runs a query that returns one column and collects it.
func queryColumn[T any](ctx context.Context, db *sql.DB, q string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
