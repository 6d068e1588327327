package db

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/mubiao/mubiao/internal/targets"
)

// The synthetic reports must be what they claim: text whose clauses hold
// the stored figures at the stored offsets, and which the real extractor
// reads back to the same figures, so the load numbers are measured on data
// shaped like real reports.
func TestGenerateWritesReportsTheExtractorReadsBack(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	res, err := d.Generate(ctx, GenOptions{Years: 3, LastYear: 2024, Seed: 7, Prefectures: 1})
	if err != nil {
		t.Fatal(err)
	}
	perDoc := 2 * len(targets.HeadlineKeys())
	if res.Documents != res.Regions*3 || res.Figures != res.Documents*perDoc || res.Regions < 2 {
		t.Fatalf("generated %+v, want 3 reports per region and %d figures per report", res, perDoc)
	}
	docs, err := d.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range docs[:4] {
		full, err := d.Document(ctx, doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := d.Figures(ctx, FigureFilter{Document: doc.ID})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, f := range stored {
			if full.Text[f.Start:f.End] != f.Quote {
				t.Fatalf("doc %d: quote %q is not at %d:%d", doc.ID, f.Quote, f.Start, f.End)
			}
			want = append(want, fmt.Sprintf("%d %s %s %g %s", f.Year, f.Kind, f.Indicator, f.Value, f.Cmp))
		}
		var got []string
		for _, f := range targets.Extract(full.Text) {
			got = append(got, fmt.Sprintf("%d %s %s %g %s", f.Year, f.Kind, f.Indicator, f.Value, f.Cmp))
		}
		sort.Strings(want)
		sort.Strings(got)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("doc %d %q:\n extractor reads %v\n stored         %v", doc.ID, doc.Title, got, want)
		}
	}
	// Same seed, same data; and never into a database with documents.
	if _, err := d.Generate(ctx, GenOptions{Years: 3, LastYear: 2024, Seed: 7, Prefectures: 1}); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second generate: %v, want ErrNotEmpty", err)
	}
	again := MustOpenDB(t)
	if _, err := again.Generate(ctx, GenOptions{Years: 3, LastYear: 2024, Seed: 7, Prefectures: 1}); err != nil {
		t.Fatal(err)
	}
	a, _ := d.Figures(ctx, FigureFilter{Document: docs[5].ID})
	b, _ := again.Figures(ctx, FigureFilter{Document: docs[5].ID})
	if len(a) == 0 || fmt.Sprint(a[0].Value, a[3].Value) != fmt.Sprint(b[0].Value, b[3].Value) {
		t.Fatal("the same seed gave different values")
	}
}

func TestBackupOfALiveDatabase(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if _, err := d.Ingest(ctx, "zz.txt", seed(t, "000_6f4df8c0621cba8b.txt")); err != nil {
		t.Fatal(err)
	}
	// A reader holds a snapshot open while the backup runs.
	rows, err := d.sql.QueryContext(ctx, "SELECT id FROM figures")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	rows.Next()
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := d.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	if err := d.Backup(ctx, path); err == nil {
		t.Fatal("backup overwrote an existing file")
	}
	c, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if s, err := c.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Fatalf("integrity of the copy: %q %v", s, err)
	}
	n1, _ := d.CountFigures(ctx, FigureFilter{})
	n2, _ := c.CountFigures(ctx, FigureFilter{})
	if n1 == 0 || n1 != n2 {
		t.Fatalf("copy has %d figures, original %d", n2, n1)
	}
}

// BenchmarkGenerate is `server gen` on the first MUBIAO_GEN_PREFECTURES
// prefectures (default 20) and their counties, 20 years, into a new file.
func BenchmarkGenerate(b *testing.B) {
	prefs := 20
	if v := os.Getenv("MUBIAO_GEN_PREFECTURES"); v != "" {
		prefs, _ = strconv.Atoi(v)
	}
	for b.Loop() {
		b.StopTimer()
		d, err := Open(context.Background(), filepath.Join(b.TempDir(), "gen.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := d.Generate(context.Background(), GenOptions{Years: 20, LastYear: 2025, Seed: 1, Prefectures: prefs})
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Figures)/b.Elapsed().Seconds(), "figures/s")
		d.Close()
		b.StartTimer()
	}
}
