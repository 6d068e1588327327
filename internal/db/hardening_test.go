package db

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLoginAttemptsAreTokenBuckets(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if wait, err := d.TakeAttempt(ctx, "client:192.0.2.1", 3, time.Hour); err != nil || wait != 0 {
			t.Fatalf("attempt %d: wait %v, %v", i+1, wait, err)
		}
	}
	wait, err := d.TakeAttempt(ctx, "client:192.0.2.1", 3, time.Hour)
	if err != nil || wait < 59*time.Minute || wait > time.Hour {
		t.Fatalf("fourth attempt: wait %v (%v), want about an hour", wait, err)
	}
	// Refused attempts take nothing: the wait does not grow.
	if again, _ := d.TakeAttempt(ctx, "client:192.0.2.1", 3, time.Hour); again > wait {
		t.Errorf("a refused attempt lengthened the wait: %v → %v", wait, again)
	}
	// Another key has its own bucket; clearing one refills it.
	if wait, _ := d.TakeAttempt(ctx, "name:wang", 3, time.Hour); wait != 0 {
		t.Errorf("another key waits %v", wait)
	}
	// The counts survive closing the database (a restart) and are shared
	// with another connection pool (a second process).
	d.Close()
	d2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	if wait, _ := d2.TakeAttempt(ctx, "client:192.0.2.1", 3, time.Hour); wait == 0 {
		t.Error("a restart reset the allowance")
	}
	if err := d2.ClearAttempts(ctx, "client:192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	if wait, _ := d2.TakeAttempt(ctx, "client:192.0.2.1", 3, time.Hour); wait != 0 {
		t.Error("a cleared allowance still waits")
	}
	// Concurrent attempts cannot share the last token.
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if wait, err := d2.TakeAttempt(ctx, "name:li", 5, time.Hour); err == nil && wait == 0 {
				mu.Lock()
				allowed++
				mu.Unlock()
			} else if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if allowed != 5 {
		t.Errorf("20 concurrent attempts on a bucket of 5: %d allowed", allowed)
	}
}

func TestValuesAreFinite(t *testing.T) {
	ctx := context.Background()
	d, figs := reviewed(t)
	f := figs[0]
	c := Correction{Region: f.RegionCode, Year: f.Year, Kind: f.Kind, Indicator: f.Indicator, Cmp: f.Cmp}
	for _, v := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		c.Value = v
		if _, err := d.Review(ctx, "wang", f.ID, ActionCorrect, c); !errors.Is(err, ErrInvalid) {
			t.Errorf("correct to %v: %v, want ErrInvalid", v, err)
		}
		if _, err := d.AddFigure(ctx, "wang", f.DocumentID, f.Quote, 0, c); !errors.Is(err, ErrInvalid) {
			t.Errorf("add %v: %v, want ErrInvalid", v, err)
		}
	}
	// Whatever code writes, SQLite refuses an infinite value.
	if _, err := d.sql.ExecContext(ctx, `UPDATE figures SET value = ? WHERE id = ?`, math.Inf(1), f.ID); err == nil || !strings.Contains(err.Error(), "finite") {
		t.Errorf("UPDATE to +Inf: %v, want refused", err)
	}
	if _, err := d.sql.ExecContext(ctx, `INSERT INTO figures(document_id, region_id, year, period, kind, indicator, value, unit, cmp, preliminary,
		value_text, quote, start_byte, end_byte, confidence, extractor_version) SELECT document_id, region_id, year, period, kind, indicator, 9e999,
		unit, cmp, preliminary, value_text, quote, start_byte, end_byte, confidence, extractor_version FROM figures WHERE id = ?`, f.ID); err == nil {
		t.Error("INSERT of +Inf went through")
	}
}

// A database that stored Inf before migration 0006 gets the value back
// from the audit trail, and the figure goes back for review.
func TestInfiniteValuesStoredBeforeAreRepaired(t *testing.T) {
	ctx := context.Background()
	d, figs := reviewed(t)
	fixed, added := figs[0], figs[1]
	c := Correction{Region: fixed.RegionCode, Year: fixed.Year, Kind: fixed.Kind, Indicator: fixed.Indicator, Cmp: fixed.Cmp, Value: 6.5}
	if _, err := d.Review(ctx, "wang", fixed.ID, ActionCorrect, c); err != nil {
		t.Fatal(err)
	}
	// What the old code let through: the triggers gone, Inf written.
	for _, q := range []string{`DROP TRIGGER figures_finite_insert`, `DROP TRIGGER figures_finite_update`,
		`DELETE FROM schema_migrations WHERE name = '0006_finite_values.sql'`} {
		if _, err := d.sql.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []int64{fixed.ID, added.ID} {
		if _, err := d.sql.ExecContext(ctx, `UPDATE figures SET value = 9e999, review_status = 'corrected' WHERE id = ?`, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := d.Figure(ctx, fixed.ID)
	if got.Value != fixed.Value || got.ReviewStatus != "unreviewed" {
		t.Errorf("repaired figure: %v %s, want its value before the bad correction (%v) and unreviewed", got.Value, got.ReviewStatus, fixed.Value)
	}
	got, _ = d.Figure(ctx, added.ID)
	if got.ReviewStatus != "rejected" || math.IsInf(got.Value, 0) {
		t.Errorf("Inf with no earlier value: %v %s, want rejected", got.Value, got.ReviewStatus)
	}
	var n int
	d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'figures_finite_%'`).Scan(&n)
	if n != 2 {
		t.Errorf("%d finite-value triggers after the migration, want 2", n)
	}
}

// A full disk is told apart from other failures, so the server can say
// what happened.
func TestFullDiskIsRecognised(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	d.sql.SetMaxOpenConns(1) // the page limit is per connection
	var pages int
	if err := d.sql.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := d.sql.ExecContext(ctx, `PRAGMA max_page_count = `+strconv.Itoa(pages+2)); err != nil {
		t.Fatal(err)
	}
	_, err := d.Ingest(ctx, "000.txt", seed(t, "000_6f4df8c0621cba8b.txt"))
	if err == nil || !IsFull(err) {
		t.Fatalf("ingest into a full database: %v, want it recognised as full", err)
	}
	if IsFull(ErrInvalid) || IsFull(ErrEmpty) {
		t.Error("other errors taken for a full disk")
	}
	if n, _ := d.CountDocuments(ctx); n != 0 {
		t.Errorf("%d documents after a failed ingest", n)
	}
}
