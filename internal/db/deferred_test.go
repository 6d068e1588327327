package db

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// schemaOf lists every index and trigger with its CREATE statement.
func schemaOf(tb testing.TB, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) []string {
	tb.Helper()
	rows, err := q.QueryContext(context.Background(), `SELECT type || ' ' || name || ': ' || sql FROM sqlite_master
		WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			tb.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// A bulk load stopped while its indexes and triggers were set aside (the
// process killed between deferDDL and restoreDeferred) leaves a file that
// the next Open gives every one of them back, as they were.
func TestDeferredDDLComesBackOnOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "deferred.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	want := schemaOf(t, d.sql)
	conn, err := d.sql.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := deferDDL(ctx, conn, append([]string{"no_such_index"}, genDeferred...)); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	if got := schemaOf(t, d.sql); len(got) != len(want)-len(genDeferred) {
		t.Fatalf("after deferDDL %d indexes and triggers, want %d fewer than %d", len(got), len(genDeferred), len(want))
	}
	var saved int
	if err := d.sql.QueryRow(`SELECT count(*) FROM deferred_ddl`).Scan(&saved); err != nil || saved != len(genDeferred) {
		t.Fatalf("%d statements saved (%v), want %d", saved, err, len(genDeferred))
	}
	d.Close() // as a kill would leave it: nothing restored

	d, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("open after a stopped load: %v", err)
	}
	defer d.Close()
	if got := schemaOf(t, d.sql); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("after reopening:\n%q\nwant\n%q", got, want)
	}
	if err := d.sql.QueryRow(`SELECT count(*) FROM deferred_ddl`).Scan(&saved); err != nil || saved != 0 {
		t.Fatalf("%d statements still saved (%v)", saved, err)
	}
	// The restored trigger works again: a non-finite value is refused.
	if _, err := d.sql.Exec(`INSERT INTO figures(document_id, region_id, year, kind, indicator, value, unit, cmp, quote, start_byte, end_byte, confidence, extractor_version)
		VALUES (1, 1, 2024, 'planned', 'gdp', 9e999, '%', 'eq', 'x', 0, 1, 1, 'v')`); err == nil || !strings.Contains(err.Error(), "finite") {
		t.Fatalf("an infinite value: %v; figures_finite_insert did not come back", err)
	}
}

// gen sets its indexes and triggers aside while it writes and ends with
// all of them back, and the figures they index found through them.
func TestGenerateEndsWithEveryIndexAndTrigger(t *testing.T) {
	ctx := context.Background()
	fresh := MustOpenDB(t)
	want := schemaOf(t, fresh.sql)
	d := MustOpenDB(t)
	if _, err := d.Generate(ctx, GenOptions{Years: 2, LastYear: 2024, Seed: 3, Prefectures: 1}); err != nil {
		t.Fatal(err)
	}
	if got := schemaOf(t, d.sql); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("after gen:\n%q\nwant\n%q", got, want)
	}
	if s, err := d.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Fatalf("integrity_check after gen: %q %v", s, err)
	}
	regionCountsMatch(t, d, "gen")
	var plan string
	if err := d.sql.QueryRow(`EXPLAIN QUERY PLAN SELECT count(*) FROM figures WHERE document_id = 1`).Scan(new(int), new(int), new(int), &plan); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := d.sql.QueryRow(`SELECT count(*) FROM figures INDEXED BY figures_document WHERE document_id = 1`).Scan(&n); err != nil || n == 0 {
		t.Fatalf("figures of document 1 through the rebuilt index: %d %v (plan %s)", n, err, plan)
	}
}
