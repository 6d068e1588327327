package db

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/targets"
)

// MustOpenDB opens a database in a temp file (never :memory:, whose pooled
// connections would each see their own empty database).
func MustOpenDB(tb testing.TB) *DB {
	tb.Helper()
	d, err := Open(context.Background(), filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { d.Close() })
	if err := d.SyncIndicators(context.Background()); err != nil {
		tb.Fatalf("sync indicators: %v", err)
	}
	return d
}

func seed(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "seeds", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestMigrationsAppliedOnceAndRecorded(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := d.Migrations(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0] != "0001_init.sql" {
		t.Fatalf("migrations = %v, want 0001_init.sql first", got)
	}
	d.Close()
	// Reopening applies nothing twice (a second CREATE TABLE would fail).
	d2, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer d2.Close()
	again, _ := d2.Migrations(ctx)
	if len(again) != len(got) {
		t.Fatalf("after reopen migrations = %v, want %v", again, got)
	}
	var mode string
	if err := d2.sql.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q (%v), want wal", mode, err)
	}
	var fk int
	if err := d2.sql.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d (%v), want 1", fk, err)
	}
}

func TestIngestIsIdempotent(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	b := seed(t, "000_6f4df8c0621cba8b.txt")
	first, err := d.Ingest(ctx, "000.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	if first.Duplicate || first.Figures == 0 || first.Region != "株洲市" {
		t.Fatalf("first ingest = %+v, want a new 株洲市 document with figures", first)
	}
	second, err := d.Ingest(ctx, "copy-of-000.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	if !second.Duplicate || second.DocumentID != first.DocumentID {
		t.Fatalf("second ingest = %+v, want duplicate of document %d", second, first.DocumentID)
	}
	n, _ := d.CountDocuments(ctx)
	figs, _ := d.Figures(ctx, FigureFilter{})
	if n != 1 || len(figs) != first.Figures {
		t.Fatalf("documents = %d, figures = %d; want 1 and %d", n, len(figs), first.Figures)
	}
}

func TestIngestFailingMidwayLeavesNothing(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	good := targets.Figure{Region: "株洲市", Year: 2020, Kind: targets.Planned, Indicator: "gdp_growth", Value: 8, Unit: "%", Cmp: targets.AtLeast, Quote: "x", End: 1}
	bad := good
	bad.Cmp = "!!" // violates the CHECK constraint after a figure was written
	doc := Prepared{Hash: "h1", Source: "broken.txt", Encoding: "utf-8", Text: "x", Title: "x", Region: "株洲市", RegionCode: "4302",
		Analysis: &targets.Analysis{Figures: []targets.Figure{good, good, bad}}}
	if _, err := d.Save(ctx, doc); err == nil {
		t.Fatal("ingest with a bad figure succeeded, want an error")
	}
	for _, table := range []string{"documents", "figures", "regions"} {
		var n int
		if err := d.sql.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s holds %d rows after a failed ingest, want 0", table, n)
		}
	}
}

func TestIngestRejectsBadInput(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	for name, b := range map[string][]byte{
		"empty":  {},
		"blank":  []byte(" \n\t\n"),
		"binary": {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe, 0xfd},
	} {
		if _, err := d.Ingest(ctx, name, b); err == nil {
			t.Errorf("%s: ingest succeeded, want an error", name)
		}
	}
	if n, _ := d.CountDocuments(ctx); n != 0 {
		t.Fatalf("documents = %d after bad input, want 0", n)
	}
}

func TestQueriesOverSeeds(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if _, err := d.Ingest(ctx, "001.txt", seed(t, "001_464415f29fbaec6d.txt")); err != nil {
		t.Fatal(err)
	}
	figs, err := d.Figures(ctx, FigureFilter{Region: "4302", Year: 2020, Indicator: "gdp_growth", Kind: targets.Planned})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) == 0 || figs[0].Value != 8 || figs[0].Cmp != targets.AtLeast {
		t.Fatalf("株洲市 2020 planned gdp_growth = %+v, want 8 >=", figs)
	}
	doc, err := d.Document(ctx, figs[0].DocumentID)
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Text[figs[0].Start:figs[0].End]; got != figs[0].Quote {
		t.Fatalf("text at offsets = %q, want quote %q", got, figs[0].Quote)
	}
	if _, err := d.Document(ctx, 9999); err != ErrNotFound {
		t.Fatalf("missing document err = %v, want ErrNotFound", err)
	}
	regions, err := d.Regions(ctx)
	if err != nil || len(regions) < 3 {
		t.Fatalf("regions = %v (%v), want 醴陵市, 株洲市, 攸县 …", regions, err)
	}
	var parent string
	for _, r := range regions {
		if r.Name == "醴陵市" {
			parent = r.ParentName
		}
	}
	if parent != "株洲市" {
		t.Fatalf("醴陵市 parent = %q, want 株洲市", parent)
	}
}

func TestReextractOlderDocuments(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	res, err := d.Ingest(ctx, "000.txt", seed(t, "000_6f4df8c0621cba8b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Pretend an older extractor read it, and read less.
	if _, err := d.sql.Exec(`UPDATE documents SET extractor_version = 'old'`); err != nil {
		t.Fatal(err)
	}
	if _, err := d.sql.Exec(`DELETE FROM figures WHERE id IN (SELECT id FROM figures LIMIT 3)`); err != nil {
		t.Fatal(err)
	}
	got, err := d.Reextract(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if got.Documents != 1 || got.Figures != res.Figures {
		t.Fatalf("Reextract = %+v, want 1 document with %d figures", got, res.Figures)
	}
	figs, _ := d.Figures(ctx, FigureFilter{})
	if len(figs) != res.Figures {
		t.Fatalf("figures after re-extract = %d, want %d", len(figs), res.Figures)
	}
	again, _ := d.Reextract(ctx, false)
	if again.Documents != 0 {
		t.Fatalf("second Reextract = %+v, want nothing to do", again)
	}
}

func TestFilterWithinRegionTree(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	for _, name := range []string{"001_464415f29fbaec6d.txt", "000_6f4df8c0621cba8b.txt"} {
		if _, err := d.Ingest(ctx, name, seed(t, name)); err != nil {
			t.Fatal(err)
		}
	}
	all, _ := d.CountFigures(ctx, FigureFilter{})
	within, err := d.CountFigures(ctx, FigureFilter{Within: "43"})
	if err != nil {
		t.Fatal(err)
	}
	own, _ := d.CountFigures(ctx, FigureFilter{Region: "4302"})
	if within != all || own == 0 || own >= all {
		t.Fatalf("within 湖南省 = %d, all = %d, 株洲市 alone = %d: want all under the province, the city a part", within, all, own)
	}
	page, _ := d.Figures(ctx, FigureFilter{Limit: 5, Offset: 5})
	first, _ := d.Figures(ctx, FigureFilter{Limit: 10})
	if len(page) != 5 || page[0].ID != first[5].ID {
		t.Fatalf("page 2 of 5 starts at %d, want %d", page[0].ID, first[5].ID)
	}
	if levels, _ := d.Figures(ctx, FigureFilter{Level: targets.LevelCounty}); len(levels) == 0 || levels[0].RegionLevel != targets.LevelCounty {
		t.Fatalf("county figures = %d", len(levels))
	}
}

func TestSearchDocuments(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if _, err := d.Ingest(ctx, "001.txt", seed(t, "001_464415f29fbaec6d.txt")); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"地区生产总值", "就业", `"生产总值 OR`} {
		hits, err := d.SearchDocuments(ctx, q, 10)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if q == `"生产总值 OR` {
			continue // FTS syntax in a query is text, not an error
		}
		if len(hits) != 1 || !strings.Contains(hits[0].Snippet, MarkStart+q+MarkEnd) {
			t.Fatalf("%q: hits = %+v, want the document with the match marked", q, hits)
		}
	}
	if hits, _ := d.SearchDocuments(ctx, "火星移民计划", 10); len(hits) != 0 {
		t.Fatalf("nonsense query found %d documents", len(hits))
	}
}

func TestGenerationMovesWithData(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	g0, err := d.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Ingest(ctx, "001.txt", seed(t, "001_464415f29fbaec6d.txt")); err != nil {
		t.Fatal(err)
	}
	g1, _ := d.Generation(ctx)
	if g1 == g0 {
		t.Fatal("generation unchanged by an ingest")
	}
	d.Ingest(ctx, "001.txt", seed(t, "001_464415f29fbaec6d.txt")) // duplicate: nothing written
	if g2, _ := d.Generation(ctx); g2 != g1 {
		t.Fatalf("generation moved on a duplicate ingest: %d → %d", g1, g2)
	}
}

// The index holds which documents have each trigram, not where: a search
// finds a phrase only where the text has it whole, every term of the
// query in the title or the text, ASCII letters in any case, LIKE's
// wildcards as text.
func TestSearchFindsOnlyWholePhrases(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	docs := map[string]string{
		"whole":  "株洲市2021年政府工作报告\n地区生产总值增长7.4%，GDP突破3000亿元，城镇新增就业5万人。",
		"apart":  "湘潭市2021年政府工作报告\n生产总值下降；总值增长乏力，产总值增长与生产总无关。",
		"title":  "生产总值增长报告\n本文无关内容。",
		"metach": "衡阳市2021年政府工作报告\n完成率100%_以上的项目。",
	}
	ids := map[string]int64{}
	for name, text := range docs {
		res, err := d.Ingest(ctx, name+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = res.DocumentID
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"生产总值增长", []string{"whole", "title"}},
		{"总值增长乏力", []string{"apart"}},
		{"值增长与生产", []string{"apart"}},
		{"gdp突破", []string{"whole"}},
		{"生产总值 就业", []string{"whole"}},  // a two-character term is required too
		{"生产总值增长 乏力", nil},              // no document has both
		{"100%_以上", []string{"metach"}}, // % and _ are text
		{"100%以上", nil},                 // …so they match only themselves
		{`"生产总值 OR`, nil},               // FTS syntax is text
		{"就业", []string{"whole"}},       // two characters: the text alone
	} {
		hits, err := d.SearchDocuments(ctx, c.q, 10)
		if err != nil {
			t.Fatalf("%q: %v", c.q, err)
		}
		got := map[int64]bool{}
		for _, h := range hits {
			got[h.DocumentID] = true
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: %d hits %+v, want %v", c.q, len(hits), hits, c.want)
			continue
		}
		for _, w := range c.want {
			if !got[ids[w]] {
				t.Errorf("%q: %s not found (hits %+v)", c.q, w, hits)
			}
		}
	}
	// The snippet marks the text's own characters, whatever the query's case.
	hits, _ := d.SearchDocuments(ctx, "gdp突破", 10)
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, MarkStart+"GDP突破"+MarkEnd) {
		t.Errorf("snippet %+v, want GDP突破 marked", hits)
	}
}

// A database whose documents were indexed with positions (before
// migration 0013) is rebuilt as rowids only on open: its documents are
// found, its index passes the integrity check, and a delete still keeps
// the index in step.
func TestPositionalIndexMigratesToRowids(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := d.Ingest(ctx, "001.txt", seed(t, "001_464415f29fbaec6d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.Ingest(ctx, "000.txt", seed(t, "000_6f4df8c0621cba8b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// The schema as 0002 and 0007 left it, and 0013 not yet applied.
	for _, q := range []string{
		`DROP TRIGGER documents_fts_delete`, `DROP TRIGGER documents_fts_update`, `DROP TABLE documents_fts`,
		`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='trigram')`,
		`INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`,
		`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
			INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END`,
		`CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
			INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
			INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END`,
		`DELETE FROM schema_migrations WHERE name = '0013_fts_rowids_only.sql'`,
	} {
		if _, err := d.sql.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	d.Close()
	if d, err = Open(ctx, path); err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer d.Close()
	var ddl string
	if err := d.sql.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE name = 'documents_fts'`).Scan(&ddl); err != nil || !strings.Contains(ddl, "detail=none") {
		t.Fatalf("index after migration: %q %v", ddl, err)
	}
	if hits, err := d.SearchDocuments(ctx, "地区生产总值", 10); err != nil || len(hits) != 2 {
		t.Fatalf("search after migration: %d hits, %v; want both documents", len(hits), err)
	}
	if s, err := d.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Fatalf("integrity after migration: %q %v", s, err)
	}
	if _, err := d.sql.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, b.DocumentID); err != nil {
		t.Fatal(err)
	}
	hits, err := d.SearchDocuments(ctx, "地区生产总值", 10)
	if err != nil || len(hits) != 1 || hits[0].DocumentID != a.DocumentID {
		t.Fatalf("after a delete: %+v %v", hits, err)
	}
	if s, err := d.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Fatalf("integrity after a delete: %q %v", s, err)
	}
}
