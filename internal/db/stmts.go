package db

import (
	"context"
	"database/sql"
	"sync"
)

// stmtCache keeps the page reads' statements prepared. The driver
// prepares every query it is given afresh, and parsing and planning the
// cell and figure reads (recursive CTEs, three-way joins) was a tenth of
// building a page; a *sql.Stmt is prepared once per pooled connection
// and reused. Queries are keyed by their text; the filters make a
// bounded set of texts (an IN list's length varies with a region's
// depth), and past maxCached the rest run unprepared.
type stmtCache struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

const maxCached = 256

// maxCachedArgs: a query with more parameters than this (a VALUES list of
// a page's cells, one IN list per request) is a text that seldom comes
// again, and a big statement held on every pooled connection; it runs
// unprepared.
const maxCachedArgs = 16

// query runs a read through a cached statement.
func (d *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if len(args) > maxCachedArgs {
		return d.sql.QueryContext(ctx, q, args...)
	}
	st, err := d.stmts.get(ctx, d.sql, q)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return d.sql.QueryContext(ctx, q, args...)
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is query for one row.
func (d *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if len(args) > maxCachedArgs {
		return d.sql.QueryRowContext(ctx, q, args...)
	}
	st, err := d.stmts.get(ctx, d.sql, q)
	if err != nil || st == nil {
		return d.sql.QueryRowContext(ctx, q, args...) // an error comes back from its Scan
	}
	return st.QueryRowContext(ctx, args...)
}

func (c *stmtCache) get(ctx context.Context, db *sql.DB, q string) (*sql.Stmt, error) {
	c.mu.Lock()
	st, ok := c.stmts[q]
	full := len(c.stmts) >= maxCached
	c.mu.Unlock()
	if ok || full {
		return st, nil
	}
	st, err := db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	if prev, ok := c.stmts[q]; ok {
		st.Close() // prepared by two requests at once: keep the first
		return prev, nil
	}
	c.stmts[q] = st
	return st, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.stmts {
		st.Close()
	}
	c.stmts = nil
}
