package db

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/mubiao/mubiao/internal/targets"
)

// FigureFilter narrows a figure query; zero fields match everything.
// Regions are named by code: names repeat (two 城关镇), codes do not.
type FigureFilter struct {
	Region    string   // exactly this region
	Regions   []string // any of these regions
	Within    string   // this region and every region below it
	Level     targets.Level
	Year      int
	Indicator string
	Kind      targets.Kind
	Document  int64
	Limit     int // 0: all
	Offset    int
	// After keeps figures with a greater id, and ByID orders by id: a
	// page of the API starts after the last id of the one before (keyset
	// pagination: no deep OFFSET to step through).
	After int64
	ByID  bool
	// ByCell orders figures by region, indicator, period and year, so
	// the figures of one cell (target and results) come together and a
	// stream can judge each cell without holding the rest.
	ByCell bool
	// Verdicts reads each figure's cell's stored verdict with it
	// (Record.Verdict): a page of figures or an export judged in the one
	// query that reads them.
	Verdicts bool
	// IncludeRejected keeps figures a reviewer rejected (the document
	// view shows them struck through); charts and exports never do.
	IncludeRejected bool
}

const figureColumns = `f.id, f.document_id, d.title, r.name, r.code, r.level, f.year, f.period, f.kind, f.indicator, f.value, f.unit, f.cmp,
	f.preliminary, f.value_text, f.quote, f.start_byte, f.end_byte, f.confidence, f.review_status, COALESCE(d.report_year, 0)`

const figureJoins = ` FROM figures f
		JOIN documents d ON d.id = f.document_id
		JOIN regions r ON r.id = f.region_id`

// orderBy is the filter's ORDER BY; byRegion leads the by-cell order.
func (fl FigureFilter) orderBy(byRegion string) string {
	switch {
	case fl.ByID:
		return ` ORDER BY f.id`
	case fl.ByCell:
		return ` ORDER BY ` + byRegion + `f.indicator, f.period, f.year, f.id`
	}
	return ` ORDER BY f.document_id, f.start_byte, f.id`
}

// ownFigureColumns are a figure's own columns, without its document's
// and region's (the reads that know those once: cellFigures,
// eachFigureOfRegion); newOwnScan reads them.
const ownFigureColumns = `f.id, f.document_id, f.year, f.period, f.kind, f.indicator, f.value, f.unit, f.cmp,
	f.preliminary, f.value_text, f.quote, f.start_byte, f.end_byte, f.confidence, f.review_status`

// figureScan reads a query's figure rows through one set of scan
// destinations made once per query: a fresh []any of twenty pointers per
// row, and the record it made escape, were most of a streamed export's
// allocation. next returns a copy, so a record handed on is never
// overwritten by the next row.
type figureScan struct {
	r                targets.Record
	kind, cmp, level string
	dest             []any
}

// newOwnScan scans ownFigureColumns, then extra.
func newOwnScan(extra ...any) *figureScan {
	s := &figureScan{}
	r := &s.r
	s.dest = append([]any{&r.ID, &r.DocumentID, &r.Year, &r.Period, &s.kind, &r.Indicator, &r.Value, &r.Unit, &s.cmp,
		&r.Preliminary, &r.ValueText, &r.Quote, &r.Start, &r.End, &r.Confidence, &r.ReviewStatus}, extra...)
	return s
}

// newRecordScan scans figureColumns, then extra.
func newRecordScan(extra ...any) *figureScan {
	s := &figureScan{}
	r := &s.r
	s.dest = append([]any{&r.ID, &r.DocumentID, &r.DocumentTitle, &r.Region, &r.RegionCode, &s.level, &r.Year, &r.Period, &s.kind, &r.Indicator,
		&r.Value, &r.Unit, &s.cmp, &r.Preliminary, &r.ValueText, &r.Quote, &r.Start, &r.End, &r.Confidence, &r.ReviewStatus, &r.ReportYear}, extra...)
	return s
}

func (s *figureScan) next(rows *sql.Rows) (targets.Record, error) {
	s.r = targets.Record{}
	err := rows.Scan(s.dest...)
	s.r.Kind, s.r.Cmp, s.r.RegionLevel = targets.Kind(s.kind), targets.Comparator(s.cmp), targets.Level(s.level)
	return s.r, err
}

// where builds the filter's WHERE clause with its arguments; every value
// is a parameter.
func (fl FigureFilter) where() (string, []any) {
	var where []string
	if !fl.IncludeRejected {
		where = append(where, "f.review_status != 'rejected'")
	}
	var args []any
	if fl.Region != "" {
		where = append(where, "r.code = ?")
		args = append(args, fl.Region)
	}
	if len(fl.Regions) > 0 {
		where = append(where, "r.code IN (?"+strings.Repeat(", ?", len(fl.Regions)-1)+")")
		for _, c := range fl.Regions {
			args = append(args, c)
		}
	}
	if fl.Within != "" {
		where = append(where, `f.region_id IN (WITH RECURSIVE sub(id) AS (
			SELECT id FROM regions WHERE code = ?
			UNION ALL SELECT c.id FROM regions c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)`)
		args = append(args, fl.Within)
	}
	if fl.Level != "" {
		where = append(where, "r.level = ?")
		args = append(args, string(fl.Level))
	}
	if fl.Year != 0 {
		where = append(where, "f.year = ?")
		args = append(args, fl.Year)
	}
	if fl.Indicator != "" {
		where = append(where, "f.indicator = ?")
		args = append(args, fl.Indicator)
	}
	if fl.Kind != "" {
		where = append(where, "f.kind = ?")
		args = append(args, string(fl.Kind))
	}
	if fl.Document != 0 {
		where = append(where, "f.document_id = ?")
		args = append(args, fl.Document)
	}
	if fl.After > 0 {
		where = append(where, "f.id > ?")
		args = append(args, fl.After)
	}
	if len(where) == 0 {
		return "", args
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// Figures returns the figures matching a filter, rejected ones excluded,
// in document order.
func (d *DB) Figures(ctx context.Context, fl FigureFilter) ([]targets.Record, error) {
	var out []targets.Record
	err := d.EachFigure(ctx, fl, func(r targets.Record) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// EachFigure calls fn for every figure matching a filter, one row at a
// time, so a large export never holds the whole result.
func (d *DB) EachFigure(ctx context.Context, fl FigureFilter, fn func(targets.Record) error) error {
	if fl.Region != "" && len(fl.Regions) == 0 && fl.Within == "" && fl.Level == "" {
		return d.eachFigureOfRegion(ctx, fl, fn)
	}
	where, args := fl.where()
	order := fl.orderBy("r.code, ")
	cols, joins := figureColumns, figureJoins
	if fl.Verdicts {
		// The verdict stored with the figure's cell, read with the row.
		cols += `, COALESCE(cv.status, ''), COALESCE(cv.later_document_id, 0), COALESCE(ld.title, '')`
		joins += ` LEFT JOIN cells cv ON cv.region_id = f.region_id AND cv.year = f.year AND cv.indicator = f.indicator AND cv.period = f.period
			LEFT JOIN documents ld ON ld.id = cv.later_document_id`
	}
	q := `SELECT ` + cols + joins + where + order
	if fl.Limit > 0 {
		q += " LIMIT ? OFFSET ?"
		args = append(args, fl.Limit, fl.Offset)
	}
	rows, err := d.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var verdict, laterTitle string
	var later int64
	var extra []any
	if fl.Verdicts {
		extra = []any{&verdict, &later, &laterTitle}
	}
	scan := newRecordScan(extra...)
	for rows.Next() {
		rec, err := scan.next(rows)
		if err != nil {
			return err
		}
		rec.Verdict = targets.Status(verdict)
		if later != 0 {
			rec.CellLater = &targets.DocumentRef{ID: later, Title: laterTitle}
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return rows.Err()
}

// eachFigureOfRegion is EachFigure for one region (the API's and the
// export's usual filter) without joining every row to its region and
// document: the region is read once, and the titles of the documents its
// figures come from (and of the reports its cells point to) in one query
// before the figures, all in one read transaction. The joins were 40% of
// reading a county's 640 figures.
func (d *DB) eachFigureOfRegion(ctx context.Context, fl FigureFilter, fn func(targets.Record) error) error {
	rest := fl
	rest.Region = ""
	where, args := rest.where()
	if where == "" {
		where = " WHERE f.region_id = ?"
	} else {
		where += " AND f.region_id = ?"
	}
	order := fl.orderBy("") // one region: its code orders nothing
	figuresQ := `SELECT ` + ownFigureColumns + ` FROM figures f` + where + order
	if fl.Limit > 0 {
		figuresQ += " LIMIT ? OFFSET ?"
	}
	// The verdicts are the region's stored cells, read in one query
	// beside the figures and looked up by key: joining every figure to
	// its cell was a seek per row, a fifth of reading a county's 640
	// figures (2.5 ms against 1.75 + 0.22 ms in pure-Go SQLite).
	queries := []string{`SELECT id, name, level FROM regions WHERE code = ?`,
		`SELECT id, title, COALESCE(report_year, 0) FROM documents WHERE region_id = ?`,
		figuresQ,
		`SELECT title, COALESCE(report_year, 0) FROM documents WHERE id = ?`,
		`SELECT year, indicator, period, status, COALESCE(later_document_id, 0) FROM cells WHERE region_id = ?1 AND (?2 = 0 OR year = ?2)`}
	// The pooled statements are taken before the transaction: preparing
	// one may need a connection of the pool, and with every connection
	// held by a transaction waiting for it that would never come.
	cached := make([]*sql.Stmt, len(queries))
	for i, q := range queries {
		st, err := d.stmts.get(ctx, d.sql, q)
		if err != nil {
			return err
		}
		cached[i] = st
	}
	tx, err := d.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt := func(i int) (*sql.Stmt, error) {
		if cached[i] == nil {
			return tx.PrepareContext(ctx, queries[i]) // past the cache's bound
		}
		return tx.StmtContext(ctx, cached[i]), nil
	}
	st, err := stmt(0)
	if err != nil {
		return err
	}
	var regionID int64
	var name, level string
	switch err := st.QueryRowContext(ctx, fl.Region).Scan(&regionID, &name, &level); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	type doc struct {
		title string
		year  int
	}
	docs := map[int64]doc{}
	if st, err = stmt(1); err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, regionID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var d doc
		if err := rows.Scan(&id, &d.title, &d.year); err != nil {
			rows.Close()
			return err
		}
		docs[id] = d
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// The region's own documents are read above, through their region's
	// index; a figure filed under the region from another's report (a
	// province's report naming its cities) has its document read by key
	// when it comes. Naming them first through the figures read every
	// figure's row once more (a seventh of an API page).
	titles, err := stmt(3)
	if err != nil {
		return err
	}
	docOf := func(id int64) (doc, error) {
		if d, ok := docs[id]; ok {
			return d, nil
		}
		var d doc
		if err := titles.QueryRowContext(ctx, id).Scan(&d.title, &d.year); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return d, err
		}
		docs[id] = d
		return d, nil
	}
	type cellKey struct {
		year              int
		indicator, period string
	}
	type verdict struct {
		status targets.Status
		later  *targets.DocumentRef // shared by the cell's figures
	}
	var verdicts map[cellKey]verdict
	if fl.Verdicts {
		if st, err = stmt(4); err != nil {
			return err
		}
		rows, err := st.QueryContext(ctx, regionID, fl.Year)
		if err != nil {
			return err
		}
		verdicts = map[cellKey]verdict{}
		refs := map[int64]*targets.DocumentRef{} // one per report named
		for rows.Next() {
			var k cellKey
			var status string
			var later int64
			if err := rows.Scan(&k.year, &k.indicator, &k.period, &status, &later); err != nil {
				rows.Close()
				return err
			}
			v := verdict{status: targets.Status(status)}
			if later != 0 {
				if v.later = refs[later]; v.later == nil {
					ld, err := docOf(later)
					if err != nil {
						rows.Close()
						return err
					}
					v.later = &targets.DocumentRef{ID: later, Title: ld.title}
					refs[later] = v.later
				}
			}
			verdicts[k] = v
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	args = append(args, regionID)
	if fl.Limit > 0 {
		args = append(args, fl.Limit, fl.Offset)
	}
	if st, err = stmt(2); err != nil {
		return err
	}
	rows, err = st.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	scan := newOwnScan()
	for rows.Next() {
		r, err := scan.next(rows)
		if err != nil {
			return err
		}
		if fl.Verdicts {
			v := verdicts[cellKey{r.Year, r.Indicator, r.Period}]
			r.Verdict, r.CellLater = v.status, v.later
		}
		r.Region, r.RegionCode, r.RegionLevel = name, fl.Region, targets.Level(level)
		dc, err := docOf(r.DocumentID)
		if err != nil {
			return err
		}
		r.DocumentTitle, r.ReportYear = dc.title, dc.year
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// IndicatorCoverage calls fn for every region and year with a figure of
// an indicator (whole-year figures, rejected ones left out): its cells,
// read from the indicator's index.
func (d *DB) IndicatorCoverage(ctx context.Context, key string, fn func(region string, year int)) error {
	rows, err := d.query(ctx, `SELECT r.code, c.year FROM cells c JOIN regions r ON r.id = c.region_id
		WHERE c.indicator = ? AND c.period = ''`, key)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var code string
		var year int
		if err := rows.Scan(&code, &year); err != nil {
			return err
		}
		fn(code, year)
	}
	return rows.Err()
}

// YearsWithin counts, per year, the regions at or below scope with
// whole-year cells (from the tallies kept with the cells: a row per region
// and year). A year with only five-year figures (2021-2025, read from a
// plan) is not counted: compare shows whole years, and would open on it
// with nothing to show.
func (d *DB) YearsWithin(ctx context.Context, scope string) (map[int]int, error) {
	rows, err := d.query(ctx, `SELECT t.year, COUNT(*) FROM region_years t WHERE t.region_id IN (WITH RECURSIVE sub(id) AS (
			SELECT id FROM regions WHERE code = ?
			UNION ALL SELECT ch.id FROM regions ch JOIN sub ON ch.parent_id = sub.id) SELECT id FROM sub)
		AND t.met + t.on_par + t.missed + t.pending + t.not_found + t.no_target > 0 GROUP BY t.year`, scope)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int]int{}
	for rows.Next() {
		var y, n int
		if err := rows.Scan(&y, &n); err != nil {
			return nil, err
		}
		out[y] = n
	}
	return out, rows.Err()
}

// CellKey names one cell: a region's indicator in a year (all periods).
type CellKey struct {
	Region    string // code
	Indicator string
	Year      int
}

// FiguresOfCells returns the figures of many cells in one query, rejected
// ones excluded: what judging a page of figures needs, without a query
// per cell.
func (d *DB) FiguresOfCells(ctx context.Context, cells []CellKey) ([]targets.Record, error) {
	if len(cells) == 0 {
		return nil, nil
	}
	args := make([]any, 0, 3*len(cells))
	for _, c := range cells {
		args = append(args, c.Region, c.Indicator, c.Year)
	}
	q := `WITH keys(code, indicator, year) AS (VALUES (?, ?, ?)` + strings.Repeat(", (?, ?, ?)", len(cells)-1) + `)
		SELECT ` + figureColumns + ` FROM keys
		JOIN regions r ON r.code = keys.code
		JOIN figures f ON f.region_id = r.id AND f.indicator = keys.indicator AND f.year = keys.year
		JOIN documents d ON d.id = f.document_id
		WHERE f.review_status != 'rejected'`
	rows, err := d.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []targets.Record
	scan := newRecordScan()
	for rows.Next() {
		rec, err := scan.next(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, rows.Err()
}

// oneRegionLive says the filter is one region's live figures, perhaps in
// one year, and nothing else: what its region-years' tallies answer.
func (fl FigureFilter) oneRegionLive() bool {
	return fl.Region != "" && len(fl.Regions) == 0 && fl.Within == "" && fl.Level == "" && fl.Indicator == "" && fl.Kind == "" &&
		fl.Document == 0 && !fl.IncludeRejected
}

// CountFigures counts the figures matching a filter (Limit, Offset and
// After ignored: the count is of the whole selection).
func (d *DB) CountFigures(ctx context.Context, fl FigureFilter) (int, error) {
	fl.After = 0
	var n int
	if fl.oneRegionLive() {
		// One region's live figures (in a year) are counted with its
		// region-years' tallies on every write: a few rows, not a walk
		// over its figures (a tenth of an API page).
		err := d.queryRow(ctx, `SELECT COALESCE(SUM(y.figures), 0) FROM region_years y JOIN regions r ON r.id = y.region_id
			WHERE r.code = ? AND (?2 = 0 OR y.year = ?2)`, fl.Region, fl.Year).Scan(&n)
		return n, err
	}
	where, args := fl.where()
	err := d.queryRow(ctx, `SELECT COUNT(*)`+figureJoins+where, args...).Scan(&n)
	return n, err
}

// scanRecord reads figureColumns, then any extra columns into extra.
func scanRecord(rows *sql.Rows, extra ...any) (targets.Record, error) {
	return newRecordScan(extra...).next(rows)
}

// YearSpan is the first and last year of the figures matching a filter,
// zeros when none match.
func (d *DB) YearSpan(ctx context.Context, fl FigureFilter) (from, to int, err error) {
	if fl.oneRegionLive() {
		// A region's years with live figures are its region-years (a
		// tally is kept only where it has figures): a few rows, where
		// the span over its figures read every one (a tenth of an
		// export, which names its file by the span).
		err = d.queryRow(ctx, `SELECT COALESCE(MIN(y.year), 0), COALESCE(MAX(y.year), 0) FROM region_years y JOIN regions r ON r.id = y.region_id
			WHERE r.code = ? AND (?2 = 0 OR y.year = ?2) AND y.figures > 0`, fl.Region, fl.Year).Scan(&from, &to)
		return from, to, err
	}
	where, args := fl.where()
	err = d.queryRow(ctx, `SELECT COALESCE(MIN(f.year), 0), COALESCE(MAX(f.year), 0)`+figureJoins+where, args...).Scan(&from, &to)
	return from, to, err
}

// IndicatorSummary is an indicator with how much the database holds of it.
type IndicatorSummary struct {
	Key      string
	Figures  int
	Regions  int
	FromYear int
	ToYear   int
}

// IndicatorsWithFigures lists every indicator that has figures.
func (d *DB) IndicatorsWithFigures(ctx context.Context) ([]IndicatorSummary, error) {
	rows, err := d.query(ctx, `SELECT indicator, COUNT(*), COUNT(DISTINCT region_id), MIN(year), MAX(year)
		FROM figures WHERE review_status != 'rejected' GROUP BY indicator ORDER BY COUNT(*) DESC, indicator`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []IndicatorSummary
	for rows.Next() {
		var s IndicatorSummary
		if err := rows.Scan(&s.Key, &s.Figures, &s.Regions, &s.FromYear, &s.ToYear); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Generation changes whenever a document or figure is written; caches of
// anything built from the data are keyed by it. It is read on the probe
// connections, so it answers while the pool is busy.
func (d *DB) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := d.probe.QueryRowContext(ctx, `SELECT generation FROM dataset WHERE id = 1`).Scan(&g)
	return g, err
}
