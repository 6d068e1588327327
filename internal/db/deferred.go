package db

import (
	"context"
	"database/sql"
	"fmt"
)

// deferDDL sets indexes and triggers aside for a bulk load: their CREATE
// statements are saved in deferred_ddl and they are dropped, in one
// transaction, so the load writes each row once instead of once per index
// and trigger; restoreDeferred builds them back (an index built whole is
// a sort, far cheaper than two million inserts into it). Names already
// set aside or unknown are skipped.
func deferDDL(ctx context.Context, c *sql.Conn, names []string) error {
	tx, err := c.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	type object struct{ typ, name, sql string }
	var objs []object
	for _, n := range names {
		rows, err := tx.QueryContext(ctx, `SELECT type, name, sql FROM sqlite_master WHERE name = ? AND sql IS NOT NULL AND type IN ('index', 'trigger')`, n)
		if err != nil {
			return err
		}
		for rows.Next() {
			var o object
			if err := rows.Scan(&o.typ, &o.name, &o.sql); err != nil {
				rows.Close()
				return err
			}
			objs = append(objs, o)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	for _, o := range objs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO deferred_ddl(name, sql) VALUES (?, ?)`, o.name, o.sql); err != nil {
			return fmt.Errorf("defer %s: %w", o.name, err)
		}
		// The name comes from sqlite_master, not from input.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`DROP %s "%s"`, o.typ, o.name)); err != nil {
			return fmt.Errorf("defer %s: %w", o.name, err)
		}
	}
	return tx.Commit()
}

// restoreDeferred builds back every index and trigger deferDDL set aside,
// in one transaction: at the end of a bulk load, and on Open after a load
// that was stopped.
func restoreDeferred(ctx context.Context, c *sql.Conn) error {
	tx, err := c.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM deferred_ddl ORDER BY rowid`)
	if err != nil {
		return err
	}
	var names, stmts []string
	for rows.Next() {
		var n, s string
		if err := rows.Scan(&n, &s); err != nil {
			rows.Close()
			return err
		}
		names, stmts = append(names, n), append(stmts, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(stmts) == 0 {
		return err
	}
	for i, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("restore %s: %w", names[i], err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM deferred_ddl`); err != nil {
		return err
	}
	return tx.Commit()
}

// restoreDeferredOnOpen puts back what a stopped bulk load (a gen that
// was killed) left aside. Should a load still be running in another
// process, it waits for the load's batch to commit and the load goes on
// with its indexes back: slower, never wrong.
func (d *DB) restoreDeferredOnOpen(ctx context.Context) error {
	var n int
	if err := d.sql.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'deferred_ddl'`).Scan(&n); err != nil || n == 0 {
		return err // a new file, or one from before migration 0011
	}
	if err := d.sql.QueryRowContext(ctx, `SELECT count(*) FROM deferred_ddl`).Scan(&n); err != nil || n == 0 {
		return err
	}
	c, err := d.sql.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return restoreDeferred(ctx, c)
}
