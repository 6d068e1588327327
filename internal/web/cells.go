package web

import (
	"sort"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// presenter turns cells and figures into what views show: in the page's
// language, with numbers written as readers read them, shaky readings
// marked and 未找到结果 told apart from 待公布. Views build every cell
// through one, so how a cell is shown is decided in one place.
type presenter struct {
	lang  string
	basis string // the result verdicts are judged on (see basis.go)
	// revised names the cells annualCells found revised before judging
	// them on the basis (which moves their result).
	revised map[statementKey]bool
}

// presenter is the request's presenter: its language and ?basis=. Cells
// come judged from the store (not_found and its report included).
func (s *Server) presenter(c echo.Context) (presenter, error) {
	b, err := basisParam(c)
	return presenter{lang: page(c, "", "").Lang, basis: b, revised: map[statementKey]bool{}}, err
}

// cell turns a judged cell into what views show, judged on the
// presenter's basis.
func (p presenter) cell(c targets.Cell) pages.Cell {
	lang := p.lang
	c = atBasis(c, p.basis)
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
	if strings.HasPrefix(c.Indicator, "other:") {
		v.Name = strings.TrimPrefix(c.Indicator, "other:")
	}
	v.UnitText = unitName(lang, v.Unit)
	if c.Target != nil {
		v.Target = ref(lang, c.Target)
	}
	if c.Result != nil {
		v.Result = ref(lang, c.Result)
	}
	if gap, ok := c.Gap(); ok && judged(c.Status) {
		v.Gap, v.GapVal = pages.GapText(lang, gap, v.Unit), gap
	}
	if c.Status == targets.StatusNotFound && c.Later != nil {
		v.Later = &pages.DocLink{ID: c.Later.ID, Title: c.Later.Title}
	}
	return v
}

// cells presents judged cells.
func (p presenter) cells(cells []targets.Cell) []pages.Cell {
	out := make([]pages.Cell, 0, len(cells))
	for _, c := range cells {
		out = append(out, p.cell(c))
	}
	return out
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

// sortCells orders a scorecard: headline indicators first in catalogue
// order, then the rest by key, five-year rows last.
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

// ref is a figure as views show it: its value worded in the page's
// language (the report's own wording when it is not one number), and
// whether a reader should take it with care.
func ref(lang string, r *targets.Record) *pages.FigureRef {
	text := pages.Worded(lang, r.Value, r.Unit, r.Cmp)
	if r.ValueText != "" {
		text = r.ValueText
	}
	return &pages.FigureRef{ID: r.ID, DocumentID: r.DocumentID, Text: text, Value: r.Value, Unit: r.Unit, Preliminary: r.Preliminary,
		Quote: r.Quote, DocTitle: r.DocumentTitle, Period: r.Period, Review: r.ReviewStatus,
		Confidence: r.Confidence, Shaky: shaky(*r)}
}

// shaky is a reading no person has checked and the extractor was unsure
// of (the review queue's 置信度低): shown, but marked.
func shaky(r targets.Record) bool { return db.Shaky(r) }

// unitName is a unit as the page's language says it.
func unitName(lang, unit string) string {
	if lang != "en" || unit == "%" {
		return unit
	}
	// One of the unit, in English: "1 yuan" names yuan; "100 million
	// yuan" (亿元) is itself the unit's name.
	if s := pages.Amount("en", 1, unit); strings.HasPrefix(s, "1 ") {
		return strings.TrimPrefix(s, "1 ")
	} else if s != "1" && pages.KnownUnit(unit) {
		return s
	}
	if pages.KnownUnit(unit) {
		return "number" // 个, 座, 件: a count with no English noun
	}
	return unit
}

// judged says whether a status is a verdict on a result (达成, 基本持平,
// 未达成): only then has a cell a gap to show.
func judged(s targets.Status) bool {
	return s == targets.StatusMet || s == targets.StatusOnPar || s == targets.StatusMissed
}

// cellShaky says whether an assessed cell's verdict rests on a shaky
// reading (its target or its result).
func cellShaky(c targets.Cell) bool {
	if c.Target == nil || c.Result == nil {
		return false
	}
	return shaky(*c.Target) || shaky(*c.Result)
}

// trendRows is a region's record over time, from the tallies kept
// with its cells.
func trendRows(tallies []db.YearTally) []pages.TrendRow {
	out := make([]pages.TrendRow, 0, len(tallies))
	for _, t := range tallies {
		row := pages.TrendRow{Year: t.Year, Tally: t.Tally, Rate: "—", Shaky: t.Shaky}
		if r, ok := t.HitRate(); ok {
			row.Rate = strconv.Itoa(int(r*100+0.5)) + "%"
		}
		out = append(out, row)
	}
	return out
}

// cellDocs are the documents of the figures cells show, in the order
// they were stored.
func cellDocs(cells []targets.Cell) []pages.DocLink {
	var out []pages.DocLink
	seen := map[int64]bool{}
	for _, c := range cells {
		for _, f := range []*targets.Record{c.Target, c.Result} {
			if f != nil && !seen[f.DocumentID] {
				seen[f.DocumentID] = true
				out = append(out, pages.DocLink{ID: f.DocumentID, Title: f.DocumentTitle})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func indicatorItem(lang string, key string) pages.IndicatorItem {
	in, _ := targets.LookupIndicator(key)
	it := pages.IndicatorItem{Key: key, Name: in.Zh, Unit: in.Unit, UnitText: unitName(lang, in.Unit), Headline: in.Headline}
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
