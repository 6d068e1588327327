package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/mubiao/mubiao/internal/targets"
)

// Cells computed on write. Every write that changes figures or documents
// names the regions and years it touched (a regionYear each) and
// refreshCells recomputes their cells and tallies inside the same
// transaction, with targets.Judge: the pages read the result.

// cellsVersion names the judging rules the stored cells follow; change
// it when Judge, Assess or what counts as a reviewing report changes, and
// every database rebuilds its cells once on open.
const cellsVersion = "2: most certain per side (a result's number over a bound), first and latest final results, not_found by the reviewing report"

// regionYear is the unit cells are recomputed in: every cell of a
// region in a year (all indicators and periods), and its tally.
type regionYear struct {
	region int64
	year   int
}

// touched collects the region-years a write changes.
type touched map[regionYear]bool

func (t touched) add(region int64, year int) {
	if region != 0 && year != 0 {
		t[regionYear{region, year}] = true
	}
}

// addDocument marks what a document stands for besides its figures: the
// year its review covers (the year before its report year), whose
// targets it may make 未找到结果.
func (t touched) addDocument(region int64, reportYear int) {
	if region != 0 && reportYear != 0 {
		t.add(region, reportYear-1)
	}
}

// addFigures marks the region-years of the figures matching a condition
// (an SQL fragment on figures f with its arguments).
func (t touched) addFigures(ctx context.Context, tx *sql.Tx, where string, args ...any) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT f.region_id, f.year FROM figures f WHERE `+where, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var ry regionYear
		if err := rows.Scan(&ry.region, &ry.year); err != nil {
			return err
		}
		t.add(ry.region, ry.year)
	}
	return rows.Err()
}

func (t touched) list() []regionYear {
	out := make([]regionYear, 0, len(t))
	for ry := range t {
		out = append(out, ry)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].region != out[j].region {
			return out[i].region < out[j].region
		}
		return out[i].year < out[j].year
	})
	return out
}

// refreshChunk bounds the region-years recomputed by one query.
const refreshChunk = 512

// refreshCells recomputes the cells and tallies of the region-years.
func refreshCells(ctx context.Context, tx *sql.Tx, t touched) error {
	all := t.list()
	for len(all) > 0 {
		n := min(refreshChunk, len(all))
		if err := refreshChunkOf(ctx, tx, all[:n]); err != nil {
			return fmt.Errorf("cells: %w", err)
		}
		all = all[n:]
	}
	return nil
}

func refreshChunkOf(ctx context.Context, tx *sql.Tx, rys []regionYear) error {
	pairs := make([][2]int64, len(rys))
	for i, ry := range rys {
		pairs[i] = [2]int64{ry.region, int64(ry.year)}
	}
	keys, _ := json.Marshal(pairs)
	const keysCTE = `WITH k(r, y) AS (SELECT value->>0, value->>1 FROM json_each(?)) `

	// Every live figure of the region-years, with its document's region
	// (a report of the region itself reviews its year).
	type fig struct {
		targets.Record
		region, docRegion int64
	}
	groups := map[regionYear]map[[2]string][]fig{}
	rows, err := tx.QueryContext(ctx, keysCTE+`SELECT `+figureColumns+`, f.region_id, COALESCE(d.region_id, 0) FROM k
		JOIN figures f ON f.region_id = k.r AND f.year = k.y
		JOIN documents d ON d.id = f.document_id
		JOIN regions r ON r.id = f.region_id
		WHERE f.review_status != 'rejected'`, string(keys))
	if err != nil {
		return err
	}
	var region, docRegion int64
	scan := newRecordScan(&region, &docRegion)
	for rows.Next() {
		var f fig
		if f.Record, err = scan.next(rows); err != nil {
			rows.Close()
			return err
		}
		f.region, f.docRegion = region, docRegion
		ry := regionYear{f.region, f.Year}
		if groups[ry] == nil {
			groups[ry] = map[[2]string][]fig{}
		}
		k := [2]string{f.Indicator, f.Period}
		groups[ry][k] = append(groups[ry][k], f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	// The report reviewing each year: the region's own report stating
	// the most of its results for the year, else its report of the next
	// year (which reviews this one even when nothing was read from it).
	review := map[regionYear]*targets.DocumentRef{}
	for ry, g := range groups {
		count := map[int64]int{}
		title := map[int64]string{}
		for _, fs := range g {
			for _, f := range fs {
				if f.Kind == targets.Reported && f.Period == "" && f.docRegion == ry.region {
					count[f.DocumentID]++
					title[f.DocumentID] = f.DocumentTitle
				}
			}
		}
		var best int64
		for id, n := range count {
			if best == 0 || n > count[best] || n == count[best] && id < best {
				best = id
			}
		}
		if best != 0 {
			review[ry] = &targets.DocumentRef{ID: best, Title: title[best]}
		}
	}
	rows, err = tx.QueryContext(ctx, keysCTE+`SELECT k.r, k.y, MIN(d.id), d.title FROM k
		JOIN documents d ON d.region_id = k.r AND d.report_year = k.y + 1 GROUP BY k.r, k.y`, string(keys))
	if err != nil {
		return err
	}
	for rows.Next() {
		var ry regionYear
		var ref targets.DocumentRef
		if err := rows.Scan(&ry.region, &ry.year, &ref.ID, &ref.Title); err != nil {
			rows.Close()
			return err
		}
		if review[ry] == nil {
			review[ry] = &ref
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	del, err := tx.PrepareContext(ctx, `DELETE FROM cells WHERE region_id = ? AND year = ?`)
	if err != nil {
		return err
	}
	defer del.Close()
	delTally, err := tx.PrepareContext(ctx, `DELETE FROM region_years WHERE region_id = ? AND year = ?`)
	if err != nil {
		return err
	}
	defer delTally.Close()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO cells(region_id, year, indicator, period, target_id, result_id, first_result_id, final_result_id,
		targets, results, status, first_status, final_status, gap, later_document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	insTally, err := tx.PrepareContext(ctx, `INSERT INTO region_years(region_id, year, met, on_par, missed, pending, not_found, no_target, assessed, shaky, figures)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insTally.Close()
	if _, err := tx.ExecContext(ctx, keysCTE+dropCellShows, string(keys)); err != nil {
		return err
	}
	for _, ry := range rys {
		if _, err := del.ExecContext(ctx, ry.region, ry.year); err != nil {
			return err
		}
		if _, err := delTally.ExecContext(ctx, ry.region, ry.year); err != nil {
			return err
		}
		g := groups[ry]
		if len(g) == 0 {
			continue
		}
		var tally targets.Tally
		shaky, figures := 0, 0
		for k, fs := range g {
			figures += len(fs)
			var planned, reported []targets.Record
			for _, f := range fs {
				if f.Kind == targets.Planned {
					planned = append(planned, f.Record)
				} else {
					reported = append(reported, f.Record)
				}
			}
			c := targets.Judge(planned, reported, review[ry])
			if k[1] == "" {
				tally.Add(c.Status)
				if c.Target != nil && c.Result != nil && (Shaky(*c.Target) || Shaky(*c.Result)) {
					shaky++
				}
			}
			var gap sql.NullFloat64
			if v, ok := c.Gap(); ok {
				gap = sql.NullFloat64{Float64: v, Valid: true}
			}
			var later sql.NullInt64
			if c.Later != nil {
				later = sql.NullInt64{Int64: c.Later.ID, Valid: true}
			}
			if _, err := ins.ExecContext(ctx, ry.region, ry.year, k[0], k[1], recID(c.Target), recID(c.Result), recID(c.FirstResult), recID(c.FinalResult),
				c.Targets, c.Results, string(c.Status), string(c.FirstStatus), string(c.FinalStatus), gap, later); err != nil {
				return err
			}
		}
		if _, err := insTally.ExecContext(ctx, ry.region, ry.year, tally.Met, tally.OnPar, tally.Missed, tally.Pending, tally.NotFound, tally.NoTarget,
			tally.Assessed(), shaky, figures); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, keysCTE+cellShowsOf, string(keys)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, keysCTE+dropYearShows, string(keys)); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, keysCTE+yearShowsOf, string(keys))
	return err
}

func recID(r *targets.Record) sql.NullInt64 {
	if r == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: r.ID, Valid: true}
}

// ensureCells rebuilds every cell when the stored ones follow other
// rules than cellsVersion (or none: a database from before cells), a
// few hundred region-years a transaction.
func (d *DB) ensureCells(ctx context.Context) error {
	var v string
	err := d.queryRow(ctx, `SELECT version FROM cells_meta WHERE id = 1`).Scan(&v)
	if err == nil && v == cellsVersion {
		return nil
	}
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	all := touched{}
	rows, err := d.query(ctx, `SELECT region_id, year FROM figures GROUP BY region_id, year
		UNION SELECT region_id, year FROM cells`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var ry regionYear
		if err := rows.Scan(&ry.region, &ry.year); err != nil {
			rows.Close()
			return err
		}
		all.add(ry.region, ry.year)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	list := all.list()
	for len(list) > 0 {
		n := min(4*refreshChunk, len(list))
		chunk := touched{}
		for _, ry := range list[:n] {
			chunk[ry] = true
		}
		if err := d.inTx(ctx, func(tx *sql.Tx) error { return refreshCells(ctx, tx, chunk) }); err != nil {
			return err
		}
		list = list[n:]
	}
	return d.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO cells_meta(id, version) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version`, cellsVersion)
		return err
	})
}

func (d *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// CellFilter selects stored cells; zero fields match everything. Regions
// are named by code.
type CellFilter struct {
	Region    string   // exactly this region
	Regions   []string // any of these
	Within    string   // this region and every region below it
	Level     targets.Level
	Year      int
	Indicator string
	Annual    bool // whole-year cells only (no five-year periods)
}

// where is the filter's SQL condition. Its parameters are written +?,
// not ?: with sqlite_stat4 (PRAGMA optimize writes it) the planner
// estimates rows from a bare parameter's value and marks the statement
// to be planned again whenever that value changes, so a kept prepared
// statement was re-parsed and re-planned on every page of another region
// or year (a tenth of an indicator page). +? is the same value, not
// probed; the plans stay those of the tables' average rows per key.
func (fl CellFilter) where() (string, []any) {
	where := []string{"1"}
	var args []any
	if fl.Region != "" {
		where = append(where, "r.code = +?")
		args = append(args, fl.Region)
	}
	if len(fl.Regions) > 0 {
		where = append(where, "r.code IN (+?"+strings.Repeat(", +?", len(fl.Regions)-1)+")")
		for _, c := range fl.Regions {
			args = append(args, c)
		}
	}
	if fl.Within != "" {
		where = append(where, `c.region_id IN (WITH RECURSIVE sub(id) AS (
			SELECT id FROM regions WHERE code = +?
			UNION ALL SELECT ch.id FROM regions ch JOIN sub ON ch.parent_id = sub.id) SELECT id FROM sub)`)
		args = append(args, fl.Within)
	}
	if fl.Level != "" {
		where = append(where, "r.level = +?")
		args = append(args, string(fl.Level))
	}
	if fl.Year != 0 {
		where = append(where, "c.year = +?")
		args = append(args, fl.Year)
	}
	if fl.Indicator != "" {
		where = append(where, "c.indicator = +?")
		args = append(args, fl.Indicator)
	}
	if fl.Annual {
		where = append(where, "c.period = ''")
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// Cells reads stored cells with the figures they show, ordered by
// region code, year, indicator and period: two indexed queries, however
// many figures the cells were judged from; one, from cell_shows, for an
// indicator's cells in a year or of a region.
func (d *DB) Cells(ctx context.Context, fl CellFilter) ([]targets.Cell, error) {
	if fl.yearShowsFits() {
		return d.yearShows(ctx, fl)
	}
	if fl.cellShowsFits() {
		return d.cellShows(ctx, fl)
	}
	return d.cellsJoined(ctx, fl)
}

// cellsJoined is Cells from cells, the figures and documents.
func (d *DB) cellsJoined(ctx context.Context, fl CellFilter) ([]targets.Cell, error) {
	where, args := fl.where()
	rows, err := d.query(ctx, `SELECT r.code, r.name, r.level, c.indicator, c.period, c.year, c.target_id, c.result_id, c.first_result_id,
		c.final_result_id, c.targets, c.results, c.status, c.first_status, c.final_status, c.later_document_id, COALESCE(ld.title, '')
		FROM cells c JOIN regions r ON r.id = c.region_id LEFT JOIN documents ld ON ld.id = c.later_document_id`+where+
		` ORDER BY r.code, c.year, c.indicator, c.period`, args...)
	if err != nil {
		return nil, err
	}
	type ids struct{ target, result, first, final sql.NullInt64 }
	var cells []targets.Cell
	var refs []ids
	// the figures the cells show, each with its cell's region (a cell's
	// figures are its region's)
	want := map[int64]cellRegion{}
	for rows.Next() {
		var c targets.Cell
		var x ids
		var level, status, first, final string
		var later sql.NullInt64
		var laterTitle string
		if err := rows.Scan(&c.RegionCode, &c.Region, &level, &c.Indicator, &c.Period, &c.Year, &x.target, &x.result, &x.first, &x.final,
			&c.Targets, &c.Results, &status, &first, &final, &later, &laterTitle); err != nil {
			rows.Close()
			return nil, err
		}
		c.Status, c.FirstStatus, c.FinalStatus = targets.Status(status), targets.Status(first), targets.Status(final)
		if later.Valid {
			c.Later = &targets.DocumentRef{ID: later.Int64, Title: laterTitle}
		}
		for _, id := range []sql.NullInt64{x.target, x.result, x.first, x.final} {
			if id.Valid {
				want[id.Int64] = cellRegion{c.RegionCode, c.Region, targets.Level(level)}
			}
		}
		cells = append(cells, c)
		refs = append(refs, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	figs, err := d.cellFigures(ctx, want)
	if err != nil {
		return nil, err
	}
	get := func(id sql.NullInt64) *targets.Record {
		if !id.Valid {
			return nil
		}
		return figs[id.Int64]
	}
	for i := range cells {
		c := &cells[i]
		c.Target, c.Result, c.FirstResult, c.FinalResult = get(refs[i].target), get(refs[i].result), get(refs[i].first), get(refs[i].final)
		if c.Target != nil {
			c.Region = c.Target.Region
		} else if c.Result != nil {
			c.Region = c.Result.Region
		}
	}
	return cells, nil
}

type cellRegion struct {
	code, name string
	level      targets.Level
}

// cellFigures reads the figures cells show, by id: the figures alone,
// then their documents' titles and years once per document; the region
// comes from the cell. Joining each figure to its document and region
// was two more B-tree seeks a figure, a quarter of reading them.
func (d *DB) cellFigures(ctx context.Context, want map[int64]cellRegion) (map[int64]*targets.Record, error) {
	out := make(map[int64]*targets.Record, len(want))
	if len(want) == 0 {
		return out, nil
	}
	ids := make([]int64, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	list, _ := json.Marshal(ids)
	rows, err := d.query(ctx, `SELECT `+ownFigureColumns+` FROM figures f WHERE f.id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	docs := map[int64][]*targets.Record{}
	scan := newOwnScan()
	for rows.Next() {
		r, err := scan.next(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		reg := want[r.ID]
		r.RegionCode, r.Region, r.RegionLevel = reg.code, reg.name, reg.level
		out[r.ID] = &r
		docs[r.DocumentID] = append(docs[r.DocumentID], &r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ids = ids[:0]
	for id := range docs {
		ids = append(ids, id)
	}
	list, _ = json.Marshal(ids)
	rows, err = d.query(ctx, `SELECT id, title, COALESCE(report_year, 0) FROM documents WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var title string
		var year int
		if err := rows.Scan(&id, &title, &year); err != nil {
			return nil, err
		}
		for _, r := range docs[id] {
			r.DocumentTitle, r.ReportYear = title, year
		}
	}
	return out, rows.Err()
}

// CellFigures lists every live figure stating one cell, targets and
// results alike: the ones the cell does not show stay reachable.
func (d *DB) CellFigures(ctx context.Context, region, indicator, period string, year int) ([]targets.Record, error) {
	var out []targets.Record
	err := d.EachFigure(ctx, FigureFilter{Region: region, Indicator: indicator, Year: year}, func(r targets.Record) error {
		if r.Period == period {
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// YearTally is one year's tally of a region's whole-year cells.
type YearTally struct {
	Year int
	targets.Tally
	Shaky int // judged cells whose target or result is a Shaky reading
}

// Shaky is a reading no person has checked and the extractor was unsure
// of (under LowConfidence, what sends a figure to review).
func Shaky(r targets.Record) bool {
	return r.ReviewStatus == "unreviewed" && r.Confidence < LowConfidence
}

// Tallies lists a region's tallies by year, years ascending: the years
// with whole-year cells (a year with only five-year figures has none).
func (d *DB) Tallies(ctx context.Context, region string) ([]YearTally, error) {
	rows, err := d.query(ctx, `SELECT t.year, t.met, t.on_par, t.missed, t.pending, t.not_found, t.no_target, t.shaky
		FROM region_years t JOIN regions r ON r.id = t.region_id
		WHERE r.code = ? AND t.met + t.on_par + t.missed + t.pending + t.not_found + t.no_target > 0 ORDER BY t.year`, region)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []YearTally
	for rows.Next() {
		var y YearTally
		if err := rows.Scan(&y.Year, &y.Met, &y.OnPar, &y.Missed, &y.Pending, &y.NotFound, &y.NoTarget, &y.Shaky); err != nil {
			return nil, err
		}
		out = append(out, y)
	}
	return out, rows.Err()
}

// RegionReports lists a region's own reports, latest report year first.
func (d *DB) RegionReports(ctx context.Context, region string) ([]targets.DocumentRef, error) {
	rows, err := d.query(ctx, `SELECT d.id, d.title FROM documents d JOIN regions r ON r.id = d.region_id
		WHERE r.code = ? ORDER BY d.report_year DESC, d.id`, region)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []targets.DocumentRef
	for rows.Next() {
		var ref targets.DocumentRef
		if err := rows.Scan(&ref.ID, &ref.Title); err != nil {
			return nil, err
		}
		out = append(out, ref)
	}
	return out, rows.Err()
}
