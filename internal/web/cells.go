package web

import (
	"sort"
	"strconv"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// cellView turns a paired cell into what views show, in the page's language.
func cellView(lang string, c targets.Cell) pages.Cell {
	in, _ := targets.LookupIndicator(c.Indicator)
	v := pages.Cell{Key: c.Indicator + suffix(c.Period), Indicator: c.Indicator, Name: in.Zh, Unit: in.Unit,
		Region: c.Region, RegionCode: c.RegionCode, Year: c.Year, Period: c.Period, Status: c.Status}
	if lang == "en" {
		v.Name = in.En
	}
	if v.Unit == "" { // other: indicators carry their unit on the figure
		if f := c.Shown(); f != nil {
			v.Unit = f.Unit
		}
	}
	if c.Target != nil {
		v.Target = ref(c.Target)
	}
	if c.Result != nil {
		v.Result = ref(c.Result)
	}
	if gap, ok := c.Gap(); ok {
		v.Gap = formatGap(gap, v.Unit, lang)
	}
	return v
}

// scoreRows is a scorecard: one region, one year, headline indicators
// first in catalogue order, then the rest by key, five-year rows last.
func scoreRows(lang string, figs []targets.Record) []pages.Cell {
	cells := targets.Pair(figs)
	sortCells(cells)
	rows := make([]pages.Cell, 0, len(cells))
	for _, c := range cells {
		rows = append(rows, cellView(lang, c))
	}
	return rows
}

var headlineOrder = func() map[string]int {
	m := map[string]int{}
	for i, k := range targets.HeadlineKeys() {
		m[k] = i + 1
	}
	return m
}()

// indicatorLess orders indicators: headline ones in catalogue order first.
func indicatorLess(a, b string) bool {
	oa, ob := headlineOrder[a], headlineOrder[b]
	if (oa == 0) != (ob == 0) {
		return oa != 0
	}
	if oa != ob {
		return oa < ob
	}
	return a < b
}

func sortCells(cells []targets.Cell) {
	sort.SliceStable(cells, func(i, j int) bool {
		a, b := cells[i], cells[j]
		if (a.Period == "") != (b.Period == "") {
			return a.Period == ""
		}
		if a.Indicator != b.Indicator {
			return indicatorLess(a.Indicator, b.Indicator)
		}
		return a.Period < b.Period
	})
}

func suffix(period string) string {
	if period == "" {
		return ""
	}
	return "-" + period
}

func ref(r *targets.Record) *pages.FigureRef {
	text := targets.WordedTarget(r.Value, r.Unit, r.Cmp)
	if r.ValueText != "" {
		text = r.ValueText
	}
	return &pages.FigureRef{ID: r.ID, DocumentID: r.DocumentID, Text: text, Value: r.Value, Preliminary: r.Preliminary,
		Quote: r.Quote, DocTitle: r.DocumentTitle, Period: r.Period, Review: r.ReviewStatus}
}

func formatGap(gap float64, unit, lang string) string {
	s := strconv.FormatFloat(targets.RoundGap(gap), 'f', -1, 64)
	if gap > 0 {
		s = "+" + s
	}
	if unit == "%" {
		if lang == "en" {
			return s + " pp"
		}
		return s + " 个百分点"
	}
	return s + " " + unit
}

// trendRows tallies cells per year, for a region's record over time.
func trendRows(cells []targets.Cell) []pages.TrendRow {
	years, by := targets.TallyByYear(cells)
	out := make([]pages.TrendRow, 0, len(years))
	for _, y := range years {
		t := by[y]
		row := pages.TrendRow{Year: y, Tally: t, Rate: "—"}
		if r, ok := t.HitRate(); ok {
			row.Rate = strconv.Itoa(int(r*100+0.5)) + "%"
		}
		out = append(out, row)
	}
	return out
}

func indicatorItem(lang string, key string) pages.IndicatorItem {
	in, _ := targets.LookupIndicator(key)
	it := pages.IndicatorItem{Key: key, Name: in.Zh, Unit: in.Unit, Headline: in.Headline}
	if lang == "en" {
		it.Name = in.En
	}
	switch {
	case !in.HigherIsBetter && lang == "en":
		it.Direction = "lower is better"
	case !in.HigherIsBetter:
		it.Direction = "越低越好"
	case lang == "en":
		it.Direction = "higher is better"
	default:
		it.Direction = "越高越好"
	}
	return it
}

func trimFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
