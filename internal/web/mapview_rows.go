package web

import (
	"encoding/json"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"sync"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/static/geo"
	"github.com/mubiao/mubiao/views/pages"
)

// Sequential palettes for the map's amounts: targets in the targets'
// purple, results in the results' blue (ColorBrewer's Purples and
// Blues), hit rates in the ranking bars' olive, light to dark. Not in
// 达成's green: a share of targets met is not a verdict, and the gap map
// paints verdicts in their own colours.
var (
	targetShades = []string{"#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"}
	resultShades = []string{"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"}
	rateShades   = []string{"#dbe7ae", "#b3cb6e", colourRate, "#4a6514"}
)

// mapKeys are the columns the map's table sorts by.
var mapKeys = map[string]sortKey[pages.MapRow]{
	"region":   {text: func(r pages.MapRow) string { return r.Code }},
	"target":   {num: func(r pages.MapRow) (float64, bool) { return figValue(r.Cell, true) }},
	"result":   {num: func(r pages.MapRow) (float64, bool) { return figValue(r.Cell, false) }},
	"gap":      {num: func(r pages.MapRow) (float64, bool) { return rowGap(r) }},
	"rate":     {num: func(r pages.MapRow) (float64, bool) { return r.RateVal, r.Cell == nil && r.Assessed > 0 }},
	"assessed": {num: func(r pages.MapRow) (float64, bool) { return float64(r.Assessed), true }},
}

func figValue(c *pages.Cell, target bool) (float64, bool) {
	if c == nil {
		return 0, false
	}
	f := c.Result
	if target {
		f = c.Target
	}
	if f == nil {
		return 0, false
	}
	return f.Value, true
}

func rowGap(r pages.MapRow) (float64, bool) {
	t, ok1 := figValue(r.Cell, true)
	v, ok2 := figValue(r.Cell, false)
	return v - t, ok1 && ok2
}

// mapRows makes a row per region with data, coloured by the measure, and
// the legend counting them.
func mapRows(c echo.Context, m *pages.MapView, tree *regionTree, pr presenter, cells []targets.Cell, q mapQuery) error {
	if q.measure == "rate" {
		rateRows(m, tree, cells)
	} else {
		for _, cell := range cells {
			v := pr.cell(cell)
			m.Rows = append(m.Rows, pages.MapRow{Code: cell.RegionCode, Name: cell.Region, Cell: &v,
				Href: pages.OverviewURL(cell.RegionCode, cell.Year)})
		}
		if q.measure == "gap" {
			colourByStatus(m)
		} else {
			colourByValue(m, q.measure == "target")
		}
	}
	st, err := sortParam(c, mapKeys, pages.Sort{Key: q.measure, Desc: true}, "map-table")
	if err != nil {
		return err
	}
	m.Sort = st
	sort.SliceStable(m.Rows, func(i, j int) bool { return m.Rows[i].Code < m.Rows[j].Code })
	sortRows(m.Rows, st, mapKeys)
	return nil
}

// rateRows tallies each region's targets of the year: its hit rate.
func rateRows(m *pages.MapView, tree *regionTree, cells []targets.Cell) {
	by := map[string]*targets.Tally{}
	for _, cell := range cells {
		if by[cell.RegionCode] == nil {
			by[cell.RegionCode] = &targets.Tally{}
		}
		by[cell.RegionCode].Add(cell.Status)
	}
	bounds := []float64{0.25, 0.5, 0.75, 1.01}
	labels := []string{"0–25%", "25–50%", "50–75%", "75–100%"}
	counts := make([]int, len(bounds))
	for code, t := range by {
		rate, ok := t.HitRate()
		if !ok {
			continue
		}
		r, _ := tree.get(code)
		i := 0
		for i < len(bounds)-1 && rate >= bounds[i] {
			i++
		}
		counts[i]++
		m.Rows = append(m.Rows, pages.MapRow{Code: code, Name: r.Name, Rate: percent(rate), RateVal: rate, Assessed: t.Assessed(),
			Colour: rateShades[i], Class: labels[i], Href: pages.OverviewURL(code, m.Year)})
	}
	for i, l := range labels {
		m.Legend = append(m.Legend, pages.LegendItem{Colour: rateShades[i], Label: l, Count: counts[i]})
	}
}

// colourByStatus colours each region by its verdict, in the statuses'
// colours and with their symbols, as every chart does.
func colourByStatus(m *pages.MapView) {
	order := []targets.Status{targets.StatusMet, targets.StatusOnPar, targets.StatusMissed, targets.StatusNotFound, targets.StatusPending, targets.StatusNoTarget}
	symbols := map[targets.Status]string{targets.StatusMet: "✓ ", targets.StatusOnPar: "≈ ", targets.StatusMissed: "✗ ", targets.StatusNotFound: "! "}
	counts := map[targets.Status]int{}
	for i := range m.Rows {
		st := m.Rows[i].Cell.Status
		m.Rows[i].Colour, m.Rows[i].Class = statusFill(st), symbols[st]+pages.StatusName(m.Page, st)
		counts[st]++
	}
	for _, st := range order {
		if counts[st] > 0 {
			m.Legend = append(m.Legend, pages.LegendItem{Colour: statusFill(st), Symbol: symbols[st], Label: pages.StatusName(m.Page, st), Count: counts[st]})
		}
	}
}

// statusFill is a verdict's colour on the map; the states with no
// verdict (待公布, 无目标) are greys, darker than no data at all.
func statusFill(st targets.Status) string {
	if c, ok := statusColours[st]; ok {
		return c
	}
	if st == targets.StatusPending {
		return "#b0b6bf"
	}
	return "#cfd3d9"
}

// colourByValue colours each region by its target or result: one shade
// per value where there are at most five, else five classes of about as
// many regions each.
func colourByValue(m *pages.MapView, target bool) {
	shades := resultShades
	if target {
		shades = targetShades
	}
	var values []float64
	for _, r := range m.Rows {
		if v, ok := figValue(r.Cell, target); ok {
			values = append(values, v)
		}
	}
	breaks, exact := classBreaks(values, len(shades))
	unit := ""
	for _, r := range m.Rows {
		unit = r.Cell.Unit
		break
	}
	counts := make([]int, len(breaks))
	for i := range m.Rows {
		v, ok := figValue(m.Rows[i].Cell, target)
		if !ok {
			m.Rows[i].Colour, m.Rows[i].Class = pages.NoDataColour, "—"
			continue
		}
		k := classOf(breaks, v)
		counts[k]++
		m.Rows[i].Colour, m.Rows[i].Class = shades[shadeOf(k, len(breaks), len(shades))], classLabel(m.Page.Lang, breaks, exact, k, unit)
	}
	for k := range breaks {
		m.Legend = append(m.Legend, pages.LegendItem{Colour: shades[shadeOf(k, len(breaks), len(shades))], Label: classLabel(m.Page.Lang, breaks, exact, k, unit), Count: counts[k]})
	}
}

// classBreaks are the lower bounds of the classes, ascending; exact when
// each class is one value.
func classBreaks(values []float64, n int) ([]float64, bool) {
	sorted := append([]float64(nil), values...)
	sort.Float64s(sorted)
	var distinct []float64
	for i, v := range sorted {
		if i == 0 || v != sorted[i-1] {
			distinct = append(distinct, v)
		}
	}
	if len(distinct) <= n {
		return distinct, true
	}
	var out []float64
	for k := 0; k < n; k++ {
		b := sorted[k*len(sorted)/n]
		if len(out) == 0 || b > out[len(out)-1] {
			out = append(out, b)
		}
	}
	return out, false
}

func classOf(breaks []float64, v float64) int {
	k := 0
	for i, b := range breaks {
		if v >= b {
			k = i
		}
	}
	return k
}

// shadeOf spreads k of n classes over the palette, darkest for the top.
func shadeOf(k, n, shades int) int {
	if n <= 1 {
		return shades - 1
	}
	return int(math.Round(float64(k) * float64(shades-1) / float64(n-1)))
}

// classLabel names class k: a value (5%), or a span (5%–5.5%), the last open (7%及以上).
func classLabel(lang string, breaks []float64, exact bool, k int, unit string) string {
	val := func(v float64) string {
		if unit == "%" {
			return strconv.FormatFloat(targets.RoundGap(v), 'f', -1, 64) + "%"
		}
		return pages.Amount(lang, v, unit)
	}
	if exact {
		return val(breaks[k])
	}
	if k+1 < len(breaks) {
		return val(breaks[k]) + "–" + val(breaks[k+1])
	}
	if len(breaks) > 1 {
		return val(breaks[k]) + tr(lang, "及以上", " and over")
	}
	return val(breaks[k])
}

// geoCodes are the division codes a boundary file draws, read once.
var geoCodeCache sync.Map // file → map[string]bool

func geoCodes(file string) (map[string]bool, error) {
	if v, ok := geoCodeCache.Load(file); ok {
		return v.(map[string]bool), nil
	}
	gz, err := fs.ReadFile(geo.FS, file+".json.gz")
	if err != nil {
		return nil, err
	}
	raw, err := inflate(gz)
	if err != nil {
		return nil, err
	}
	var fc struct {
		Features []struct{ ID string } `json:"features"`
	}
	if err := json.Unmarshal(raw, &fc); err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, f := range fc.Features {
		have[f.ID] = true
	}
	geoCodeCache.Store(file, have)
	return have, nil
}
