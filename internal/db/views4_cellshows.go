package db

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"

	"github.com/mubiao/mubiao/internal/targets"
)

// cell_shows (migration 0014) holds each cell with the target and result
// it shows written out, filed by indicator, period, year and region, so
// one indicator's cells across a province's regions are neighbouring rows
// that need no figure or document read. refreshChunkOf writes it beside
// cells in the same transaction; cellShows reads it for the filters that
// name an indicator (Cells decides).

// shownSide is the values a shown figure takes, in the order of the
// JSON array cell_shows holds for each side (migration 0017).
const shownSide = `id, document_id, value, unit, cmp, preliminary, value_text, quote, start_byte, end_byte, confidence, review_status, title, report_year`

// cellShowsOf is what cell_shows holds for the cells of the region-years
// in k(r, y): each cell with its shown target and result copied from
// figures and documents, each side packed in one column. The refresh
// writes it with one statement per chunk, after the chunk's cells
// (binding forty values a cell from Go cost more than the rest of the
// refresh); migration 0014 filled the table with the same SELECT over
// every cell.
var cellShowsOf = `INSERT INTO cell_shows SELECT c.indicator, c.period, c.year, c.region_id, c.targets, c.results, c.status,
    c.first_status, c.final_status, c.first_result_id, c.final_result_id, c.later_document_id,
    ` + packedSide("t", "td") + `, ` + packedSide("r", "rd") + `
  FROM k JOIN cells c ON c.region_id = k.r AND c.year = k.y
  LEFT JOIN figures t ON t.id = c.target_id LEFT JOIN documents td ON td.id = t.document_id
  LEFT JOIN figures r ON r.id = c.result_id LEFT JOIN documents rd ON rd.id = r.document_id`

// packedSide is the SQL of one side's column: shownSide's values of the
// figure f and its document d as a JSON array, NULL when the cell shows
// no figure on that side.
func packedSide(f, d string) string {
	return `CASE WHEN ` + f + `.id IS NULL THEN NULL ELSE json_array(` + f + `.id, ` + f + `.document_id, ` + f + `.value, ` +
		f + `.unit, ` + f + `.cmp, ` + f + `.preliminary, ` + f + `.value_text, ` + f + `.quote, ` + f + `.start_byte, ` +
		f + `.end_byte, ` + f + `.confidence, ` + f + `.review_status, ` + d + `.title, COALESCE(` + d + `.report_year, 0)) END`
}

// dropCellShows deletes the rows of the cells of the region-years in
// k(r, y), before the refresh deletes those cells (cells' key leads with
// the region-year, cell_shows' with the indicator).
const dropCellShows = `DELETE FROM cell_shows WHERE (indicator, period, year, region_id) IN
    (SELECT c.indicator, c.period, c.year, c.region_id FROM k JOIN cells c ON c.region_id = k.r AND c.year = k.y)`

// cellShowsFits says whether cellShows answers a filter cheaply: one
// indicator's whole-year cells, in a year or for named regions (by the
// table's key), or every cell of a scope's or of named regions in a
// year (by the index cell_shows_region, migration 0015: compare and the
// regions above its scope). One region's cells in a year (the overview)
// stay with cells: a score of rows, no cheaper from here side by side.
func (fl CellFilter) cellShowsFits() bool {
	if fl.Indicator != "" && fl.Annual && (fl.Year != 0 || fl.Region != "") {
		return true
	}
	return fl.Year != 0 && (len(fl.Regions) > 0 || fl.Within != "")
}

// cellShows is Cells for filters cellShowsFits: the same cells, the same
// order, read from cell_shows. A first or final result other than the
// two shown (a revised result) is read from figures.
func (d *DB) cellShows(ctx context.Context, fl CellFilter) ([]targets.Cell, error) {
	where, args := fl.where()
	if fl.Year == 0 {
		// a region's years: without them the key's year would be a scan
		// of the indicator's every year and region
		where += ` AND c.year IN (SELECT year FROM region_years WHERE region_id = r.id)`
	}
	rows, err := d.query(ctx, `SELECT r.code, r.name, r.level, c.indicator, c.period, c.year, c.targets, c.results, c.status, c.first_status, c.final_status,
		c.first_result_id, c.final_result_id, c.later_document_id, COALESCE(ld.title, ''), c.t, c.r
		FROM cell_shows c JOIN regions r ON r.id = c.region_id LEFT JOIN documents ld ON ld.id = c.later_document_id`+where, args...)
	if err != nil {
		return nil, err
	}
	var cells []targets.Cell
	var more []revised
	want := map[int64]cellRegion{}
	for rows.Next() {
		var c targets.Cell
		var level, status, first, final, laterTitle string
		var firstID, finalID, later sql.NullInt64
		var t, r shownRow
		var tb, rb sql.RawBytes
		err := rows.Scan(&c.RegionCode, &c.Region, &level, &c.Indicator, &c.Period, &c.Year, &c.Targets, &c.Results, &status, &first, &final,
			&firstID, &finalID, &later, &laterTitle, &tb, &rb)
		if err == nil {
			err = t.parse(tb)
		}
		if err == nil {
			err = r.parse(rb)
		}
		if err != nil {
			rows.Close()
			return nil, err
		}
		c.Status, c.FirstStatus, c.FinalStatus = targets.Status(status), targets.Status(first), targets.Status(final)
		if later.Valid {
			c.Later = &targets.DocumentRef{ID: later.Int64, Title: laterTitle}
		}
		reg := cellRegion{c.RegionCode, c.Region, targets.Level(level)}
		c.Target = t.record(c, targets.Planned, reg)
		c.Result = r.record(c, targets.Reported, reg)
		c.FirstResult, c.FinalResult = sameAs(firstID, c.Result), sameAs(finalID, c.Result)
		more = noteRevised(more, want, len(cells), c, firstID, finalID, reg)
		cells = append(cells, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return d.finishCells(ctx, cells, more, want)
}

// revised is a cell whose first or final result is not the one it shows:
// read from figures after the rows (by id, from want).
type revised struct {
	cell        int
	first, last sql.NullInt64
}

// noteRevised adds cell i to more when its first or final result is not
// the one it shows, and those results' ids to want: they are read from
// figures after the rows.
func noteRevised(more []revised, want map[int64]cellRegion, i int, c targets.Cell, firstID, finalID sql.NullInt64, reg cellRegion) []revised {
	if (firstID.Valid && c.FirstResult == nil) || (finalID.Valid && c.FinalResult == nil) {
		more = append(more, revised{i, firstID, finalID})
		for _, id := range []sql.NullInt64{firstID, finalID} {
			if id.Valid {
				want[id.Int64] = reg
			}
		}
	}
	return more
}

// finishCells puts cells read from cell_shows or year_shows in Cells'
// order and reads the first and final results they do not show.
func (d *DB) finishCells(ctx context.Context, cells []targets.Cell, more []revised, want map[int64]cellRegion) ([]targets.Cell, error) {
	if len(cells) == 0 {
		return nil, nil
	}
	// Cells' order, sorted here: in SQL the sorter copied every wide row
	// once more, a third of the query.
	order := make([]int, len(cells))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &cells[order[i]], &cells[order[j]]
		if a.RegionCode != b.RegionCode {
			return a.RegionCode < b.RegionCode
		}
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Indicator != b.Indicator {
			return a.Indicator < b.Indicator
		}
		return a.Period < b.Period
	})
	sorted := make([]targets.Cell, len(cells))
	at := make([]int, len(cells)) // where each cell went, for more
	for i, k := range order {
		sorted[i], at[k] = cells[k], i
	}
	cells = sorted
	if len(more) == 0 {
		return cells, nil
	}
	figs, err := d.cellFigures(ctx, want)
	if err != nil {
		return nil, err
	}
	for _, m := range more {
		c := &cells[at[m.cell]]
		if c.FirstResult == nil && m.first.Valid {
			c.FirstResult = figs[m.first.Int64]
		}
		if c.FinalResult == nil && m.last.Valid {
			c.FinalResult = figs[m.last.Int64]
		}
	}
	return cells, nil
}

// sameAs is shown when id names it: a cell's first and final results are
// mostly the result it shows.
func sameAs(id sql.NullInt64, shown *targets.Record) *targets.Record {
	if id.Valid && shown != nil && shown.ID == id.Int64 {
		return shown
	}
	return nil
}

// shownRow is one side of a cell_shows row.
type shownRow struct {
	id, doc, start, end, year sql.NullInt64
	value, conf               sql.NullFloat64
	unit, cmp, text, quote    sql.NullString
	review, title             sql.NullString
	prelim                    sql.NullBool
}

// parse reads a side's column: nothing (no figure shown) or the JSON
// array cellShowsOf wrote, shownSide's values in order. SQLite's
// json_array writes no spaces, escapes only quotes, backslashes and
// control characters, and writes reals so they read back the same.
func (s *shownRow) parse(b []byte) error {
	*s = shownRow{}
	if len(b) == 0 {
		return nil
	}
	if b[0] != '[' || b[len(b)-1] != ']' {
		return fmt.Errorf("db: cell_shows side %.40q is not a JSON array", b)
	}
	rest := b[1 : len(b)-1]
	for i := 0; ; i++ {
		v, tail, err := nextJSONValue(rest)
		if err != nil {
			return fmt.Errorf("db: cell_shows side %.40q: %w", b, err)
		}
		if err := s.set(i, v); err != nil {
			return fmt.Errorf("db: cell_shows side %.40q: %w", b, err)
		}
		if len(tail) == 0 {
			if i != 13 {
				return fmt.Errorf("db: cell_shows side %.40q: %d values, want 14", b, i+1)
			}
			return nil
		}
		rest = tail[1:] // the comma
	}
}

// jsonValue is one value of a side's array: null, a number's text or a
// string's (unescaped).
type jsonValue struct {
	null, str bool
	text      string
}

// nextJSONValue splits the first value off b, returning what follows it
// (empty, or starting with its comma).
func nextJSONValue(b []byte) (jsonValue, []byte, error) {
	if len(b) == 0 {
		return jsonValue{}, nil, errors.New("a value is missing")
	}
	if b[0] != '"' {
		end := bytes.IndexByte(b, ',')
		if end < 0 {
			end = len(b)
		}
		tok := string(b[:end])
		if tok == "null" {
			return jsonValue{null: true}, b[end:], nil
		}
		return jsonValue{text: tok}, b[end:], nil
	}
	escaped := false
	for i := 1; i < len(b); i++ {
		switch b[i] {
		case '\\':
			escaped = true
			i++
		case '"':
			if !escaped {
				return jsonValue{str: true, text: string(b[1:i])}, b[i+1:], nil
			}
			var s string
			if err := json.Unmarshal(b[:i+1], &s); err != nil {
				return jsonValue{}, nil, err
			}
			return jsonValue{str: true, text: s}, b[i+1:], nil
		}
	}
	return jsonValue{}, nil, errors.New("a string is not closed")
}

// set stores the i-th value of shownSide.
func (s *shownRow) set(i int, v jsonValue) error {
	if v.null {
		return nil
	}
	num := func(dst *sql.NullInt64) error {
		n, err := strconv.ParseInt(v.text, 10, 64)
		*dst = sql.NullInt64{Int64: n, Valid: err == nil}
		return err
	}
	real := func(dst *sql.NullFloat64) error {
		f, err := strconv.ParseFloat(v.text, 64)
		*dst = sql.NullFloat64{Float64: f, Valid: err == nil}
		return err
	}
	text := func(dst *sql.NullString) error {
		*dst = sql.NullString{String: v.text, Valid: true}
		return nil
	}
	switch i {
	case 0:
		return num(&s.id)
	case 1:
		return num(&s.doc)
	case 2:
		return real(&s.value)
	case 3:
		return text(&s.unit)
	case 4:
		return text(&s.cmp)
	case 5:
		var n sql.NullInt64
		err := num(&n)
		s.prelim = sql.NullBool{Bool: n.Int64 != 0, Valid: n.Valid}
		return err
	case 6:
		return text(&s.text)
	case 7:
		return text(&s.quote)
	case 8:
		return num(&s.start)
	case 9:
		return num(&s.end)
	case 10:
		return real(&s.conf)
	case 11:
		return text(&s.review)
	case 12:
		return text(&s.title)
	case 13:
		return num(&s.year)
	}
	return fmt.Errorf("more than %d values", i)
}

// record is the figure the row holds (nil for none), with the cell's
// region, year, indicator and period, and the side's kind.
func (s *shownRow) record(c targets.Cell, kind targets.Kind, reg cellRegion) *targets.Record {
	if !s.id.Valid {
		return nil
	}
	r := &targets.Record{ID: s.id.Int64, DocumentID: s.doc.Int64, DocumentTitle: s.title.String, RegionCode: reg.code, RegionLevel: reg.level,
		ReviewStatus: s.review.String, ReportYear: int(s.year.Int64)}
	r.Region, r.Year, r.Period, r.Kind, r.Indicator = reg.name, c.Year, c.Period, kind, c.Indicator
	r.Value, r.Unit, r.Cmp, r.Preliminary, r.ValueText = s.value.Float64, s.unit.String, targets.Comparator(s.cmp.String), s.prelim.Bool, s.text.String
	r.Quote, r.Start, r.End, r.Confidence = s.quote.String, int(s.start.Int64), int(s.end.Int64), s.conf.Float64
	return r
}
