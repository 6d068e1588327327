package db

import (
	"context"
	"fmt"
	"testing"
)

// Reads reuse one prepared statement per query text, keep answering
// after the schema changes under them (SQLite re-prepares) and past the
// cache's bound run unprepared with the same answers.
func TestCachedStatements(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	count := func(q string, args ...any) int {
		t.Helper()
		var n int
		if err := d.queryRow(ctx, q, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	const q = `SELECT COUNT(*) FROM regions WHERE code LIKE ?`
	before := count(q, "43%")
	cached := len(d.stmts.stmts)
	if count(q, "43%") != before || len(d.stmts.stmts) != cached {
		t.Fatalf("%d statements cached, then %d after the same query again", cached, len(d.stmts.stmts))
	}
	if _, err := d.sql.ExecContext(ctx, `CREATE INDEX stmts_test_idx ON regions(name); DROP INDEX stmts_test_idx`); err != nil {
		t.Fatal(err)
	}
	if count(q, "43%") != before {
		t.Error("a cached statement answered differently after a schema change")
	}
	for i := range maxCached + 10 {
		if got := count(fmt.Sprintf(`SELECT %d + COUNT(*) - COUNT(*) FROM regions`, i)); got != i {
			t.Fatalf("query %d answered %d", i, got)
		}
	}
	if len(d.stmts.stmts) != maxCached {
		t.Errorf("%d statements cached, bound %d", len(d.stmts.stmts), maxCached)
	}
	// A long parameter list is not kept.
	d.stmts.close()
	args := make([]any, maxCachedArgs+1)
	marks := "?"
	for i := range args {
		args[i] = "43"
		if i > 0 {
			marks += ", ?"
		}
	}
	if err := d.queryRow(ctx, `SELECT COUNT(*) FROM regions WHERE code IN (`+marks+`)`, args...).Scan(new(int)); err != nil {
		t.Fatal(err)
	}
	if len(d.stmts.stmts) != 0 {
		t.Errorf("a query of %d parameters was kept prepared", len(args))
	}
	d.Close()
	if err := d.queryRow(ctx, q, "43%").Scan(new(int)); err == nil {
		t.Error("a read after Close answered")
	}
}
