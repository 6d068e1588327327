package db

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mubiao/mubiao/internal/targets"
)

// storedCells is every stored cell and tally as text, for comparing.
func storedCells(t *testing.T, d *DB) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	rows, err := d.sql.QueryContext(ctx, `SELECT region_id, year, indicator, period, COALESCE(target_id, 0), COALESCE(result_id, 0),
		COALESCE(first_result_id, 0), COALESCE(final_result_id, 0), targets, results, status, first_status, final_status,
		COALESCE(gap, 'none'), COALESCE(later_document_id, 0) FROM cells ORDER BY 1, 2, 3, 4`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		v := make([]any, 15)
		p := make([]any, 15)
		for i := range v {
			p[i] = &v[i]
		}
		if err := rows.Scan(p...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&b, v...)
	}
	shows, err := d.sql.QueryContext(ctx, `SELECT * FROM cell_shows ORDER BY region_id, year, indicator, period`)
	if err != nil {
		t.Fatal(err)
	}
	defer shows.Close()
	cols, _ := shows.Columns()
	for shows.Next() {
		v := make([]any, len(cols))
		p := make([]any, len(cols))
		for i := range v {
			p[i] = &v[i]
		}
		if err := shows.Scan(p...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&b, v...)
	}
	// year_shows: each row's cells in a fixed order (json_group_array
	// gives them in the order SQLite met them).
	packed, err := d.sql.QueryContext(ctx, `SELECT region_id, year, cells FROM year_shows ORDER BY region_id, year`)
	if err != nil {
		t.Fatal(err)
	}
	defer packed.Close()
	for packed.Next() {
		var region, year int64
		var cells []byte
		if err := packed.Scan(&region, &year, &cells); err != nil {
			t.Fatal(err)
		}
		items, err := splitJSONArray(cells)
		if err != nil {
			t.Fatal(err)
		}
		sorted := make([]string, len(items))
		for i, it := range items {
			sorted[i] = string(it)
		}
		sort.Strings(sorted)
		fmt.Fprintln(&b, region, year, sorted)
	}
	tallies, _ := d.sql.QueryContext(ctx, `SELECT * FROM region_years ORDER BY region_id, year`)
	defer tallies.Close()
	for tallies.Next() {
		v := make([]any, 9)
		p := make([]any, 9)
		for i := range v {
			p[i] = &v[i]
		}
		tallies.Scan(p...)
		fmt.Fprintln(&b, v...)
	}
	return b.String()
}

// rebuilt is what the cells would be if judged from scratch.
func rebuilt(t *testing.T, d *DB) string {
	t.Helper()
	ctx := context.Background()
	if _, err := d.sql.ExecContext(ctx, `DELETE FROM cells; DELETE FROM cell_shows; DELETE FROM year_shows; DELETE FROM region_years; DELETE FROM cells_meta`); err != nil {
		t.Fatal(err)
	}
	if err := d.ensureCells(ctx); err != nil {
		t.Fatal(err)
	}
	return storedCells(t, d)
}

func seedItems(t *testing.T) []BulkItem {
	names, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	sort.Strings(names)
	var items []BulkItem
	for _, n := range names {
		items = append(items, BulkItem{Source: n, Load: func() ([]byte, error) { return os.ReadFile(n) }})
	}
	if len(items) == 0 {
		t.Fatal("no seeds")
	}
	return items
}

// Every write keeps the stored cells exactly as judging all figures from
// scratch would make them: bulk ingest, a single save, reviews that
// confirm, correct (moving a figure to another year) and reject, an
// added figure, and re-extraction.
func TestCellsStayInStepWithEveryWrite(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	items := seedItems(t)
	check := func(after string) {
		t.Helper()
		got := storedCells(t, d)
		if want := rebuilt(t, d); got != want {
			t.Fatalf("after %s the stored cells differ from cells judged from scratch:\nstored  %d bytes\nrebuilt %d bytes", after, len(got), len(want))
		}
		if got == "" {
			t.Fatalf("after %s: no cells", after)
		}
		regionCountsMatch(t, d, after)
	}
	if err := d.IngestBulk(ctx, items[1:], BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	check("bulk ingest")
	raw, _ := items[0].Load()
	if _, err := d.Ingest(ctx, items[0].Source, raw); err != nil {
		t.Fatal(err)
	}
	check("one ingest")

	var ids []int64
	rows, _ := d.sql.QueryContext(ctx, `SELECT id FROM figures WHERE indicator IN ('gdp_growth', 'gdp') ORDER BY id LIMIT 3`)
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	if len(ids) < 3 {
		t.Fatal("seeds lack gdp figures")
	}
	if _, err := d.Review(ctx, "r", ids[0], ActionConfirm, Correction{}); err != nil {
		t.Fatal(err)
	}
	f, _ := d.Figure(ctx, ids[1])
	if _, err := d.Review(ctx, "r", ids[1], ActionCorrect, Correction{Region: f.RegionCode, Year: f.Year - 1, Kind: f.Kind,
		Indicator: "gdp_growth", Value: 6.5, Cmp: targets.Exactly}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Review(ctx, "r", ids[2], ActionReject, Correction{}); err != nil {
		t.Fatal(err)
	}
	check("reviews")
	if _, err := d.AddFigure(ctx, "r", f.DocumentID, f.Quote, 0, Correction{Region: f.RegionCode, Year: f.Year + 1, Kind: targets.Planned,
		Indicator: "cpi", Value: 3, Cmp: targets.About}); err != nil {
		t.Fatal(err)
	}
	check("an added figure")
	// A title the reader now reads differently: re-extraction sets it,
	// and every cell showing a figure of the document (its reviewed
	// ones, which re-extraction keeps, too) shows the new title.
	if _, err := d.sql.ExecContext(ctx, `UPDATE documents SET title = '旧标题' WHERE id = ?`, f.DocumentID); err != nil {
		t.Fatal(err)
	}
	rebuilt(t, d)
	if _, err := d.Reextract(ctx, true); err != nil {
		t.Fatal(err)
	}
	check("re-extraction")
}

// gen's cells are judged as the rest: each report's targets meet next
// year's results, the latest year's targets wait for a report not yet
// written (待公布), and the tallies count them.
func TestGeneratedCells(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if _, err := d.Generate(ctx, GenOptions{Years: 3, LastYear: 2024, Seed: 3, Prefectures: 1}); err != nil {
		t.Fatal(err)
	}
	got := storedCells(t, d)
	if want := rebuilt(t, d); got != want {
		t.Fatal("gen's cells differ from cells judged from scratch")
	}
	region, year, err := d.BestPairing(ctx)
	if err != nil || year == 2024 {
		t.Fatalf("best pairing %s %d %v: the latest year has no results yet", region, year, err)
	}
	cells, err := d.Cells(ctx, CellFilter{Region: region, Year: year, Annual: true})
	if err != nil || len(cells) != len(targets.HeadlineKeys()) {
		t.Fatalf("%d cells (%v), want one per headline indicator", len(cells), err)
	}
	for _, c := range cells {
		if c.Target == nil || c.Result == nil || c.Targets != 1 || c.Results != 1 || c.Status == targets.StatusPending {
			t.Errorf("%s %d %s: %+v", c.RegionCode, c.Year, c.Indicator, c)
		}
		if gap, _ := c.Gap(); c.Result.Value-c.Target.Value != gap {
			t.Errorf("gap %v", gap)
		}
	}
	latest, err := d.Cells(ctx, CellFilter{Region: region, Year: 2024})
	if err != nil || len(latest) == 0 {
		t.Fatal(err)
	}
	for _, c := range latest {
		if c.Status != targets.StatusPending || c.Later != nil {
			t.Errorf("2024 %s: %s, want pending (no 2025 report)", c.Indicator, c.Status)
		}
	}
	tallies, err := d.Tallies(ctx, region)
	if err != nil || len(tallies) != 4 { // 2021 (results only) to 2024
		t.Fatalf("tallies %+v %v", tallies, err)
	}
	if tl := tallies[0]; tl.Year != 2021 || tl.NoTarget != len(targets.HeadlineKeys()) {
		t.Errorf("2021: %+v, want only results without targets", tl)
	}
}

// A target whose year a stored report of the region reviews, with no
// result read from it, is 未找到结果 and links that report; the same
// target with no such report waits (待公布).
func TestNotFoundLinksTheReviewingReport(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if _, err := d.Generate(ctx, GenOptions{Years: 3, LastYear: 2024, Seed: 3, Prefectures: 1}); err != nil {
		t.Fatal(err)
	}
	region, year, _ := d.BestPairing(ctx)
	cells, _ := d.Cells(ctx, CellFilter{Region: region, Year: year, Indicator: "cpi"})
	if len(cells) != 1 || cells[0].Result == nil {
		t.Fatalf("cpi %d: %+v", year, cells)
	}
	res := cells[0].Result
	if _, err := d.Review(ctx, "r", res.ID, ActionReject, Correction{}); err != nil {
		t.Fatal(err)
	}
	cells, _ = d.Cells(ctx, CellFilter{Region: region, Year: year, Indicator: "cpi"})
	if len(cells) != 1 || cells[0].Status != targets.StatusNotFound || cells[0].Later == nil || cells[0].Later.ID != res.DocumentID {
		t.Fatalf("after rejecting the only result: %+v", cells)
	}
	var counted int
	d.sql.QueryRowContext(ctx, `SELECT t.not_found FROM region_years t JOIN regions r ON r.id = t.region_id WHERE r.code = ? AND t.year = ?`,
		region, year).Scan(&counted)
	if counted != 1 {
		t.Errorf("tally counts %d not found", counted)
	}
}

// regionCountsMatch checks the figure counts of the region list (kept in
// the region-years' tallies) against a count over the figures.
func regionCountsMatch(t *testing.T, d *DB, after string) {
	t.Helper()
	ctx := context.Background()
	regions, err := d.Regions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	rows, err := d.sql.QueryContext(ctx, `SELECT r.code, COUNT(*) FROM figures f JOIN regions r ON r.id = f.region_id
		WHERE f.review_status != 'rejected' GROUP BY r.code`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var code string
		var n int
		rows.Scan(&code, &n)
		want[code] = n
	}
	rows.Close()
	total := 0
	for _, r := range regions {
		if r.Figures != want[r.Code] {
			t.Fatalf("after %s: %s (%s) counts %d figures, the figures table %d", after, r.Name, r.Code, r.Figures, want[r.Code])
		}
		total += r.Figures
	}
	if total == 0 {
		t.Fatalf("after %s: no figures counted", after)
	}
	// CountFigures of one region (in a year) reads the same tallies.
	type regionYear struct {
		code string
		year int
	}
	perYear := map[regionYear]int{}
	rows, err = d.sql.QueryContext(ctx, `SELECT r.code, f.year, COUNT(*) FROM figures f JOIN regions r ON r.id = f.region_id
		WHERE f.review_status != 'rejected' GROUP BY r.code, f.year`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k regionYear
		var n int
		rows.Scan(&k.code, &k.year, &n)
		perYear[k] = n
	}
	rows.Close()
	for _, r := range regions {
		perYear[regionYear{r.Code, 0}] = want[r.Code]
		perYear[regionYear{r.Code, 1999}] += 0
	}
	for k, n := range perYear {
		fl := FigureFilter{Region: k.code, Year: k.year}
		if got, err := d.CountFigures(ctx, fl); err != nil || got != n {
			t.Fatalf("after %s: CountFigures(%+v) = %d, %v; the figures table has %d", after, fl, got, err, n)
		}
		// So does the span of its years (an export's file name).
		var from, to int
		if err := d.sql.QueryRowContext(ctx, `SELECT COALESCE(MIN(f.year), 0), COALESCE(MAX(f.year), 0) FROM figures f
			JOIN regions r ON r.id = f.region_id WHERE f.review_status != 'rejected' AND r.code = ? AND (?2 = 0 OR f.year = ?2)`,
			k.code, k.year).Scan(&from, &to); err != nil {
			t.Fatal(err)
		}
		if gotFrom, gotTo, err := d.YearSpan(ctx, fl); err != nil || gotFrom != from || gotTo != to {
			t.Fatalf("after %s: YearSpan(%+v) = %d-%d, %v; the figures table spans %d-%d", after, fl, gotFrom, gotTo, err, from, to)
		}
	}
}

// A database from before the counts were kept gets them from its
// migration.
func TestRegionCountsFilledByTheirMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.SyncIndicators(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.IngestBulk(ctx, seedItems(t), BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	// As it was before migration 0012.
	if _, err := d.sql.ExecContext(ctx, `ALTER TABLE region_years DROP COLUMN figures;
		DELETE FROM schema_migrations WHERE name = '0012_region_figures.sql'`); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	regionCountsMatch(t, d, "the migration")
}

// The region list at scale, from the kept counts and (for the ratio, in
// the same run) with the count over the figures it replaced.
// MUBIAO_BENCH_DB names a database made by 'server gen'.
func BenchmarkRegionList(b *testing.B) {
	path := os.Getenv("MUBIAO_BENCH_DB")
	if path == "" {
		b.Skip("set MUBIAO_BENCH_DB to a database made by 'server gen'")
	}
	d, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	b.Run("tallies", func(b *testing.B) {
		for b.Loop() {
			if _, err := d.Regions(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("count-figures", func(b *testing.B) {
		for b.Loop() {
			n, err := queryColumn[int](context.Background(), d.sql, `SELECT (SELECT COUNT(*) FROM figures f WHERE f.region_id = r.id AND f.review_status != 'rejected')
				FROM regions r LEFT JOIN regions p ON p.id = r.parent_id ORDER BY r.code`)
			if err != nil || len(n) == 0 {
				b.Fatal(err)
			}
		}
	})
}

// The figures a cell shows are read without joining each to its
// document and region: each must be the figure itself, with its region
// (the cell's), document title and report year.
func TestCellFiguresAreTheFigures(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if err := d.IngestBulk(ctx, seedItems(t), BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	cells, err := d.Cells(ctx, CellFilter{})
	if err != nil {
		t.Fatal(err)
	}
	shown := 0
	for _, c := range cells {
		for _, r := range []*targets.Record{c.Target, c.Result, c.FirstResult, c.FinalResult} {
			if r == nil {
				continue
			}
			shown++
			want, err := d.Figure(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			want.Reading = targets.Reading{} // the figure page's, not a cell's
			if *r != want {
				t.Fatalf("cell %s %s %d shows\n%+v\nthe figure is\n%+v", c.RegionCode, c.Indicator, c.Year, *r, want)
			}
		}
	}
	if shown < 100 {
		t.Fatalf("only %d figures shown by %d cells", shown, len(cells))
	}
}

// One region's figures are read without joining each to its region and
// document; every filter the API and exports use must give what the
// general query gives (the same region asked as a one-element list).
func TestFiguresOfOneRegionAsTheGeneralQuery(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if err := d.IngestBulk(ctx, seedItems(t), BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	regions, err := d.Regions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	read := func(fl FigureFilter) []targets.Record {
		t.Helper()
		var out []targets.Record
		if err := d.EachFigure(ctx, fl, func(r targets.Record) error { out = append(out, r); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	compared, rows, laters := 0, 0, 0
	for _, r := range regions {
		for _, fl := range []FigureFilter{
			{},
			{Verdicts: true, ByID: true, Limit: 7, Offset: 3},
			{Verdicts: true, ByCell: true},
			{Verdicts: true, ByCell: true, Year: 2020},
			{ByCell: true, Year: 2020},
			{IncludeRejected: true, Kind: targets.Planned},
			{After: 10, ByID: true, Indicator: "gdp_growth"},
		} {
			one, list := fl, fl
			one.Region, list.Regions = r.Code, []string{r.Code}
			got, want := read(one), read(list)
			if len(got) != len(want) {
				t.Fatalf("%s %+v: %d figures, the general query %d", r.Code, fl, len(got), len(want))
			}
			for i := range got {
				if got[i].CellLater != nil && want[i].CellLater != nil && *got[i].CellLater == *want[i].CellLater {
					got[i].CellLater = want[i].CellLater
				}
				if got[i] != want[i] {
					t.Fatalf("%s %+v, figure %d:\n%+v\nthe general query:\n%+v", r.Code, fl, i, got[i], want[i])
				}
				if got[i].CellLater != nil {
					laters++
				}
			}
			compared++
			rows += len(got)
		}
	}
	if rows < 500 || laters == 0 {
		t.Fatalf("only %d figures compared over %d filters, %d naming the report their cell should be read from", rows, compared, laters)
	}
	// Some were filed under a region from another region's report (a
	// province's naming its cities), whose titles are read by key.
	var foreign int
	if err := d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM figures f JOIN documents d ON d.id = f.document_id
		WHERE d.region_id != f.region_id`).Scan(&foreign); err != nil || foreign == 0 {
		t.Fatalf("no figure from another region's report among those compared (%v)", err)
	}
	if got := read(FigureFilter{Region: "999999"}); len(got) != 0 {
		t.Errorf("an unknown region read %d figures", len(got))
	}
}

// A reader of one region on a pool with one connection left and no
// statement prepared yet finishes: it takes its pooled statements before
// its read transaction, so the transaction never waits for a second
// connection that the other readers hold.
func TestRegionReaderOnTheLastConnection(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	if err := d.IngestBulk(ctx, seedItems(t), BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	d.stmts.close() // cold: nothing prepared
	for range d.sql.Stats().MaxOpenConnections - 1 {
		tx, err := d.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	n := 0
	if err := d.EachFigure(ctx, FigureFilter{Region: "4302", Verdicts: true, ByID: true}, func(targets.Record) error { n++; return nil }); err != nil || n == 0 {
		t.Fatalf("read %d figures on the last connection: %v", n, err)
	}
}
