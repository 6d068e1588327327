package web

import (
	"fmt"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// The older views' tables (概览, 指标, 对比) sort by URL as the newer ones
// do (?sort=gap&desc=1); these are the keys of their rows.

// cellKeys are the columns a table of one indicator's cells sorts by:
// over the years or across regions, the values share a unit.
var cellKeys = map[string]sortKey[pages.Cell]{
	"region": {text: func(c pages.Cell) string { return c.RegionCode }},
	"year":   {num: func(c pages.Cell) (float64, bool) { return float64(c.Year), true }},
	"target": {num: func(c pages.Cell) (float64, bool) { return refValue(c.Target) }},
	"result": {num: func(c pages.Cell) (float64, bool) { return refValue(c.Result) }},
	"gap":    {num: func(c pages.Cell) (float64, bool) { return c.GapVal, c.Gap != "" }},
	"status": {num: func(c pages.Cell) (float64, bool) { return statusRank(c.Status), true }},
}

// scorecardKeys are the columns a scorecard sorts by. Its rows are
// different indicators in different units: their targets, results and
// gaps do not sort against each other, so only the name and the verdict.
var scorecardKeys = map[string]sortKey[pages.Cell]{
	"indicator": {text: func(c pages.Cell) string { return indicatorSortText(c.Indicator, c.Period) }},
	"status":    cellKeys["status"],
}

// compareKeys are the columns of the 对比 matrix: the region, and each
// indicator column by the value its cells show (the result, else the
// target).
func compareKeys(cols []pages.IndicatorItem) map[string]sortKey[pages.CompareRow] {
	keys := map[string]sortKey[pages.CompareRow]{
		"region": {text: func(r pages.CompareRow) string { return r.Region.Code }},
	}
	for i, col := range cols {
		keys[col.Key] = sortKey[pages.CompareRow]{num: func(r pages.CompareRow) (float64, bool) {
			if r.Cells[i] == nil {
				return 0, false
			}
			return refValue(r.Cells[i].Source())
		}}
	}
	return keys
}

func refValue(f *pages.FigureRef) (float64, bool) {
	if f == nil {
		return 0, false
	}
	return f.Value, true
}

// statusRank orders verdicts as the legend does: 达成 first, 无目标 last.
func statusRank(s targets.Status) float64 {
	for i, v := range targets.Statuses() {
		if v == s {
			return float64(i)
		}
	}
	return 99
}

// indicatorSortText sorts indicators in catalogue order (headline ones
// first), five-year rows after the year's.
func indicatorSortText(key, period string) string {
	rank := headlineOrder[key]
	if rank == 0 {
		rank = 999
	}
	p := "0"
	if period != "" {
		p = "1" + period
	}
	return fmt.Sprintf("%s%03d%s", p, rank, key)
}
