package web

import (
	"errors"
	"sort"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// The cell-shaped export is the page its button was on: judged on the
// page's ?basis= and, when the page was sorted, in the page's ?sort=
// order. Its buttons are on the scorecard (indicator, status), the
// indicator page (region, year, target, result, gap, status) and the
// compare matrix (region, or an indicator's column).

// maxSortedCells caps what a sorted export holds in memory to sort: a
// page's cells are far fewer; a sorted export of a whole national store
// is sent whole but unsorted past it (the log says why) instead of
// holding millions of rows. An unsorted export streams without limit.
const maxSortedCells = 200000

var errTooManyToSort = errors.New("sorted cell export: more than 200000 cells")

// exportSort reads the export's ?sort= and ?desc= against every key a
// page with a cells export sorts by: a bad one is a 400 before the file
// starts.
func exportSort(c echo.Context) (pages.Sort, error) {
	keys := keyNames(cellKeys)
	for k := range scorecardKeys {
		keys[k] = true
	}
	if k := c.QueryParam("sort"); k != "" {
		if _, ok := targets.LookupIndicator(k); ok {
			keys[k] = true // a compare column
		}
	}
	return readSort(c, keys, pages.Sort{}, "")
}

// checkCellExport refuses a bad ?basis= or ?sort= before any header is
// sent.
func checkCellExport(c echo.Context) error {
	if _, err := basisParam(c); err != nil {
		return err
	}
	_, err := exportSort(c)
	return err
}

// sortedCell is a cell as the page shows it and as the store judged it.
type sortedCell struct {
	view    pages.Cell
	cell    targets.Cell
	figures int
}

// sortExportCells orders cells as the page would: first the page's own
// order (each region's cells in catalogue order, as sortCells gives a
// scorecard), then stably by the key asked. A compare column orders
// regions by their value in that indicator, each region's rows together.
func sortExportCells(rows []sortedCell, st pages.Sort) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].cell, rows[j].cell
		if a.RegionCode != b.RegionCode {
			return a.RegionCode < b.RegionCode
		}
		if (a.Period == "") != (b.Period == "") {
			return a.Period == ""
		}
		if a.Indicator != b.Indicator {
			return indicatorLess(a.Indicator, b.Indicator)
		}
		return a.Period < b.Period
	})
	if k, ok := cellKeys[st.Key]; ok {
		sortRows(rows, st, map[string]sortKey[sortedCell]{st.Key: byView(k)})
		return
	}
	if k, ok := scorecardKeys[st.Key]; ok {
		sortRows(rows, st, map[string]sortKey[sortedCell]{st.Key: byView(k)})
		return
	}
	// A compare column: each region by the value its cell of that
	// indicator shows (the result, else the target).
	value := map[string]*pages.FigureRef{}
	for _, r := range rows {
		if r.view.Indicator == st.Key && r.view.Period == "" {
			value[r.view.RegionCode] = r.view.Source()
		}
	}
	sortRows(rows, st, map[string]sortKey[sortedCell]{st.Key: {num: func(r sortedCell) (float64, bool) {
		return refValue(value[r.view.RegionCode])
	}}})
}

// byView sorts export rows by a key of the page's cells.
func byView(k sortKey[pages.Cell]) sortKey[sortedCell] {
	out := sortKey[sortedCell]{}
	if k.num != nil {
		out.num = func(r sortedCell) (float64, bool) { return k.num(r.view) }
	}
	if k.text != nil {
		out.text = func(r sortedCell) string { return k.text(r.view) }
	}
	return out
}
