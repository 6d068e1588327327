package db

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/mubiao/mubiao/internal/targets"
)

// year_shows (migration 0018) holds each region-year's whole-year cells as
// cell_shows shows them, packed in one row: compare's every cell of a
// scope's regions in a year is then a row a region, not a row a cell (a
// province: 148 rows against 2,368). refreshChunkOf rewrites a chunk's
// rows from cell_shows right after writing those; yearShows reads them
// for the filters yearShowsFits.

// dropYearShows and yearShowsOf replace the rows of the region-years in
// k(r, y), from what cell_shows now holds for them.
const (
	dropYearShows = `DELETE FROM year_shows WHERE (region_id, year) IN (SELECT r, y FROM k)`
	yearShowsOf   = `INSERT INTO year_shows SELECT c.region_id, c.year, json_group_array(json_array(c.indicator, c.targets, c.results, c.status,
    c.first_status, c.final_status, c.first_result_id, c.final_result_id, c.later_document_id, json(c.t), json(c.r)))
  FROM k JOIN cell_shows c ON c.region_id = k.r AND c.year = k.y AND c.period = '' GROUP BY c.region_id, c.year`
)

// yearShowsFits says whether yearShows answers a filter: every
// whole-year cell of a scope's or of named regions in a year, whatever
// their indicator (compare and the regions above its scope).
func (fl CellFilter) yearShowsFits() bool {
	return fl.Annual && fl.Year != 0 && fl.Indicator == "" && fl.Level == "" && fl.Region == "" && (fl.Within != "" || len(fl.Regions) > 0)
}

// yearShows is Cells for filters yearShowsFits: the same cells, in the
// same order, from year_shows, with the titles of the reports a not_found
// cell should have been read from in one more query.
func (d *DB) yearShows(ctx context.Context, fl CellFilter) ([]targets.Cell, error) {
	whole := fl
	whole.Annual = false // the table holds whole-year cells alone, and has no period
	where, args := whole.where()
	rows, err := d.query(ctx, `SELECT r.code, r.name, r.level, c.year, c.cells FROM year_shows c JOIN regions r ON r.id = c.region_id`+where, args...)
	if err != nil {
		return nil, err
	}
	var cells []targets.Cell
	var more []revised
	want := map[int64]cellRegion{}
	laters := map[int64][]int{} // a later report's id: the cells that name it
	for rows.Next() {
		var code, name, level string
		var year int
		var packed sql.RawBytes
		if err := rows.Scan(&code, &name, &level, &year, &packed); err != nil {
			rows.Close()
			return nil, err
		}
		reg := cellRegion{code, name, targets.Level(level)}
		items, err := splitJSONArray(packed)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("db: year_shows of %s %d: %w", code, year, err)
		}
		for _, item := range items {
			c, firstID, finalID, later, err := yearShowCell(item, code, name, year, reg)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("db: year_shows of %s %d: %w", code, year, err)
			}
			if later.Valid {
				laters[later.Int64] = append(laters[later.Int64], len(cells))
			}
			more = noteRevised(more, want, len(cells), c, firstID, finalID, reg)
			cells = append(cells, c)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := d.laterTitles(ctx, cells, laters); err != nil {
		return nil, err
	}
	return d.finishCells(ctx, cells, more, want)
}

// yearShowCell reads one cell of a year_shows row: the values migration
// 0018 packs, in its order.
func yearShowCell(item []byte, code, name string, year int, reg cellRegion) (c targets.Cell, firstID, finalID, later sql.NullInt64, err error) {
	vs, err := splitJSONArray(item)
	if err != nil {
		return c, firstID, finalID, later, err
	}
	if len(vs) != 11 {
		return c, firstID, finalID, later, fmt.Errorf("a cell of %d values, want 11", len(vs))
	}
	str := func(b []byte) (string, error) {
		v, _, err := nextJSONValue(b)
		if err == nil && !v.str {
			err = fmt.Errorf("%.20q is not a string", b)
		}
		return v.text, err
	}
	num := func(b []byte) (sql.NullInt64, error) {
		v, _, err := nextJSONValue(b)
		if err != nil || v.null {
			return sql.NullInt64{}, err
		}
		n, err := strconv.ParseInt(v.text, 10, 64)
		return sql.NullInt64{Int64: n, Valid: err == nil}, err
	}
	var status, first, final string
	var targetsN, resultsN sql.NullInt64
	for _, step := range []func() error{
		func() (e error) { c.Indicator, e = str(vs[0]); return },
		func() (e error) { targetsN, e = num(vs[1]); return },
		func() (e error) { resultsN, e = num(vs[2]); return },
		func() (e error) { status, e = str(vs[3]); return },
		func() (e error) { first, e = str(vs[4]); return },
		func() (e error) { final, e = str(vs[5]); return },
		func() (e error) { firstID, e = num(vs[6]); return },
		func() (e error) { finalID, e = num(vs[7]); return },
		func() (e error) { later, e = num(vs[8]); return },
	} {
		if err = step(); err != nil {
			return c, firstID, finalID, later, err
		}
	}
	c.RegionCode, c.Region, c.Year = code, name, year
	c.Targets, c.Results = int(targetsN.Int64), int(resultsN.Int64)
	c.Status, c.FirstStatus, c.FinalStatus = targets.Status(status), targets.Status(first), targets.Status(final)
	var t, r shownRow
	if err = t.parse(sideBytes(vs[9])); err != nil {
		return c, firstID, finalID, later, err
	}
	if err = r.parse(sideBytes(vs[10])); err != nil {
		return c, firstID, finalID, later, err
	}
	if later.Valid {
		c.Later = &targets.DocumentRef{ID: later.Int64}
	}
	c.Target = t.record(c, targets.Planned, reg)
	c.Result = r.record(c, targets.Reported, reg)
	c.FirstResult, c.FinalResult = sameAs(firstID, c.Result), sameAs(finalID, c.Result)
	return c, firstID, finalID, later, nil
}

// sideBytes is a packed side as shownRow.parse reads it: nothing for null.
func sideBytes(b []byte) []byte {
	if string(b) == "null" {
		return nil
	}
	return b
}

// laterTitles gives each cell that names the report it should have been
// read from that report's title, as cells read by a join have it.
func (d *DB) laterTitles(ctx context.Context, cells []targets.Cell, laters map[int64][]int) error {
	if len(laters) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(laters))
	for id := range laters {
		ids = append(ids, id)
	}
	list, _ := json.Marshal(ids)
	rows, err := d.query(ctx, `SELECT id, title FROM documents WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			return err
		}
		for _, i := range laters[id] {
			cells[i].Later.Title = title
		}
	}
	return rows.Err()
}

// splitJSONArray returns the raw bytes of each value of the JSON array b,
// as SQLite's json functions write it (no spaces between values). Most of
// a row is the quotes of the figures shown: a string is skipped to its
// closing quote in one search, not read byte by byte.
func splitJSONArray(b []byte) ([][]byte, error) {
	if len(b) < 2 || b[0] != '[' || b[len(b)-1] != ']' {
		return nil, fmt.Errorf("%.40q is not a JSON array", b)
	}
	body := b[1 : len(b)-1]
	if len(body) == 0 {
		return nil, nil
	}
	out := make([][]byte, 0, 16)
	depth, start := 0, 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '"':
			j := i + 1
			for {
				q := bytes.IndexByte(body[j:], '"')
				if q < 0 {
					return nil, errors.New("a string is not closed")
				}
				j += q
				n := 0 // backslashes before it: an odd number escapes it
				for k := j - 1; k > i && body[k] == '\\'; k-- {
					n++
				}
				if n%2 == 0 {
					break
				}
				j++
			}
			i = j
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth < 0 {
				return nil, errors.New("a bracket closes what was not opened")
			}
		case ',':
			if depth == 0 {
				out = append(out, body[start:i])
				start = i + 1
			}
		}
	}
	if depth != 0 {
		return nil, errors.New("a bracket is not closed")
	}
	return append(out, body[start:]), nil
}
