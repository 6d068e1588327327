package db

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// wholeReports reads the whole reports of the shared corpus (or
// MUBIAO_CORPUS), skipping the test where there are none.
func wholeReports(tb testing.TB) [][]byte {
	tb.Helper()
	dir := os.Getenv("MUBIAO_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus", "full")
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		tb.Skipf("no whole reports in %s (set MUBIAO_CORPUS)", dir)
	}
	return out
}

var synthNumber = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)

// synthReport is whole report i of a made-up corpus: report i mod n with
// every figure changed (years moved back by i/n mod 20 so the corpus
// spans two decades, other numbers' last digit drawn at random), so each is a
// distinct document of the size and shape of a real one. Made at test
// time, never stored in the repository.
func synthReport(reports [][]byte, i int) []byte {
	src := reports[i%len(reports)]
	shift := (i / len(reports)) % 20
	rng := rand.New(rand.NewPCG(uint64(i), 15))
	return synthNumber.ReplaceAllFunc(src, func(m []byte) []byte {
		if len(m) == 4 {
			if y, err := strconv.Atoi(string(m)); err == nil && y >= 1990 && y <= 2060 {
				return []byte(strconv.Itoa(y - shift))
			}
		}
		out := append([]byte(nil), m...)
		last := len(out) - 1
		out[last] = '0' + byte((int(out[last]-'0')+rng.IntN(10))%10)
		return out
	})
}

// synthItems are reports from..from+n-1, made up front so that making
// them is not part of what a benchmark times.
func synthItems(reports [][]byte, from, n int) []BulkItem {
	items := make([]BulkItem, n)
	for j := range items {
		b := synthReport(reports, from+j)
		items[j] = BulkItem{Source: fmt.Sprintf("synthetic-%04d.txt", from+j), Load: func() ([]byte, error) { return b, nil }}
	}
	return items
}

// Bulk ingest stores what one-by-one ingest stores, in order; a document
// that fails is reported and the rest of its batch commits; the same
// bytes twice are stored once.
func TestIngestBulkStoresEachDocumentWhole(t *testing.T) {
	ctx := context.Background()
	reports := wholeReports(t)
	bulk, single := MustOpenDB(t), MustOpenDB(t)
	items := synthItems(reports, 0, 12)
	items = append(items[:5], append([]BulkItem{
		{Source: "empty.txt", Load: func() ([]byte, error) { return nil, nil }},
		{Source: "unreadable.txt", Load: func() ([]byte, error) { return nil, errors.New("permission denied") }},
		items[2], // the same bytes again
	}, items[5:]...)...)
	var got []BulkOutcome
	commits := 0
	if err := bulk.IngestBulk(ctx, items, BulkOptions{Workers: 3, OnCommit: func(o []BulkOutcome) { commits++; got = append(got, o...) }}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(items) || commits == 0 {
		t.Fatalf("%d outcomes in %d commits for %d items", len(got), commits, len(items))
	}
	for i, o := range got {
		if o.Source != items[i].Source {
			t.Fatalf("outcome %d is %s, want %s: out of order", i, o.Source, items[i].Source)
		}
	}
	if !errors.Is(got[5].Err, ErrEmpty) || got[6].Err == nil || !got[7].Result.Duplicate || got[7].Result.DocumentID != got[2].Result.DocumentID {
		t.Fatalf("failures and duplicate: %+v %+v %+v", got[5], got[6], got[7])
	}
	for i, o := range got {
		if i == 5 || i == 6 || i == 7 {
			continue
		}
		if o.Err != nil || o.Result.Duplicate || o.Result.Figures == 0 {
			t.Fatalf("%s: %+v", o.Source, o)
		}
		b, _ := items[i].Load()
		want, err := single.Ingest(ctx, o.Source, b)
		if err != nil {
			t.Fatal(err)
		}
		if o.Result.Figures != want.Figures || o.Result.Year != want.Year || o.Result.Region != want.Region {
			t.Errorf("%s: bulk stored %+v, one by one %+v", o.Source, o.Result, want)
		}
		n, err := bulk.CountFigures(ctx, FigureFilter{Document: o.Result.DocumentID, IncludeRejected: true})
		if err != nil || n != o.Result.Figures {
			t.Errorf("%s: %d figures in the table, %d reported (%v)", o.Source, n, o.Result.Figures, err)
		}
	}
	if n, _ := bulk.CountDocuments(ctx); n != len(items)-3 {
		t.Errorf("%d documents stored, want %d", n, len(items)-3)
	}
	hits, err := bulk.SearchDocuments(ctx, "政府工作报告", 100)
	if err != nil || len(hits) != len(items)-3 {
		t.Errorf("full-text search after bulk ingest: %d hits, %v", len(hits), err)
	}
	if s, err := bulk.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
}

// The integrity check sees a document the full-text index lacks.
func TestIntegrityCheckFindsAnUnindexedDocument(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if _, err := d.Ingest(ctx, "a.txt", seed(t, "000_6f4df8c0621cba8b.txt")); err != nil {
		t.Fatal(err)
	}
	if s, err := d.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Fatalf("after ingest: %q %v", s, err)
	}
	if _, err := d.sql.ExecContext(ctx, `INSERT INTO documents(sha256, title, source, encoding, text, extractor_version, ingested_at)
		VALUES ('x', '无索引', 'x.txt', 'utf-8', '这份文件没有进入全文索引', 'v', '')`); err != nil {
		t.Fatal(err)
	}
	if s, err := d.IntegrityCheck(ctx); s == "ok" || err != nil {
		t.Fatalf("a document outside the index passed the check: %q %v", s, err)
	}
}

// A document whose write fails midway (a figure the schema refuses) is
// rolled back to its savepoint: nothing of it stays, its neighbours in
// the batch commit.
func TestIngestBulkRollsBackOnlyTheFailedDocument(t *testing.T) {
	ctx := context.Background()
	reports := wholeReports(t)
	d := MustOpenDB(t)
	if _, err := d.sql.ExecContext(ctx, `CREATE TRIGGER refuse_shanghai BEFORE INSERT ON figures
		WHEN (SELECT source FROM documents WHERE id = new.document_id) = 'synthetic-0001.txt'
		BEGIN SELECT RAISE(ABORT, 'refused'); END`); err != nil {
		t.Fatal(err)
	}
	var got []BulkOutcome
	if err := d.IngestBulk(ctx, synthItems(reports, 0, 3), BulkOptions{OnCommit: func(o []BulkOutcome) { got = append(got, o...) }}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Err != nil || got[1].Err == nil || got[2].Err != nil {
		t.Fatalf("outcomes %+v", got)
	}
	var docs, orphans int
	d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&docs)
	d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM figures WHERE document_id NOT IN (SELECT id FROM documents)`).Scan(&orphans)
	if docs != 2 || orphans != 0 {
		t.Fatalf("%d documents, %d figures without one; want 2 and 0", docs, orphans)
	}
}

// BenchmarkBulkIngest stores MUBIAO_BULK_DOCS (default 1,550) distinct
// whole reports made from the shared corpus into a new database, as
// `server ingest` does, and reports the rate of the first and the last
// hundred documents: at a constant rate they are the same.
//
//	go test ./internal/db -run XXX -bench BulkIngest -benchtime 1x
func BenchmarkBulkIngest(b *testing.B) {
	reports := wholeReports(b)
	n := 1550
	if v := os.Getenv("MUBIAO_BULK_DOCS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		d, err := Open(ctx, filepath.Join(b.TempDir(), "bulk.db"))
		if err != nil {
			b.Fatal(err)
		}
		items := synthItems(reports, 0, n)
		var bytes int
		for _, it := range items {
			raw, _ := it.Load()
			bytes += len(raw)
		}
		type commit struct {
			at   time.Time
			docs int // stored by then
		}
		var commits []commit
		stored := 0
		var lastID int64
		b.StartTimer()
		start := time.Now()
		err = d.IngestBulk(ctx, items, BulkOptions{OnCommit: func(o []BulkOutcome) {
			for _, x := range o {
				if x.Err != nil {
					b.Errorf("%s: %v", x.Source, x.Err)
				}
			}
			stored += len(o)
			lastID = o[len(o)-1].Result.DocumentID
			commits = append(commits, commit{time.Now(), stored})
			if os.Getenv("MUBIAO_BULK_TRACE") != "" {
				b.Logf("%s %d", time.Since(start), stored)
			}
		}})
		el := time.Since(start)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		// Commits report documents in batches, so the rates are over the
		// first and the last commits that hold a tenth of the run (at
		// least a hundred documents) each.
		span := max(100, n/10)
		k := 0
		for commits[k].docs < span && k < len(commits)-1 {
			k++
		}
		first := float64(commits[k].docs) / commits[k].at.Sub(start).Seconds()
		j := len(commits) - 2
		for j > 0 && n-commits[j].docs < span {
			j--
		}
		last := float64(n-commits[max(j, 0)].docs) / commits[len(commits)-1].at.Sub(commits[max(j, 0)].at).Seconds()
		b.ReportMetric(float64(n)/el.Seconds(), "docs/s")
		b.ReportMetric(float64(bytes)/el.Seconds()/(1<<20), "MB/s")
		b.ReportMetric(first, "first-docs/s")
		b.ReportMetric(last, "last-docs/s")
		b.ReportMetric(last/first, "last÷first")
		// A search right after finds the last document by a phrase of its
		// own: nothing of the index is left to catch up.
		raw, _ := items[n-1].Load()
		phrase := numberedPhrase(string(raw))
		t0 := time.Now()
		hits, err := d.SearchDocuments(ctx, phrase, 50)
		b.ReportMetric(float64(time.Since(t0).Microseconds())/1000, "search-ms")
		found := false
		for _, h := range hits {
			found = found || h.DocumentID == lastID
		}
		if err != nil || !found {
			b.Errorf("a search for %q right after the ingest: %d hits, the last document (%d) not among them (%v)", phrase, len(hits), lastID, err)
		}
		d.Close()
		b.StartTimer()
	}
}

// numberedPhrase is ten characters from the middle of text on, without
// spaces and with a digit (synthReport draws digits per document, so it
// is most likely that document's own).
func numberedPhrase(text string) string {
	r := []rune(text)
	for i := len(r) / 2; i+10 <= len(r); i++ {
		w := string(r[i : i+10])
		if !strings.ContainsAny(w, " \t\r\n\u3000") && strings.ContainsAny(w, "0123456789") {
			return w
		}
	}
	return string(r[len(r)-10:])
}

// With MUBIAO_SYNTH_DIR set, writes MUBIAO_BULK_DOCS (default 1,550)
// synthetic whole reports there, for timing `server ingest` on them (see
// the README's Performance section); otherwise it does nothing.
func TestWriteSyntheticReports(t *testing.T) {
	dir := os.Getenv("MUBIAO_SYNTH_DIR")
	if dir == "" {
		t.Skip("set MUBIAO_SYNTH_DIR to write synthetic reports")
	}
	n := 1550
	if v := os.Getenv("MUBIAO_BULK_DOCS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	reports := wholeReports(t)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("synthetic-%04d.txt", i)), synthReport(reports, i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
