package web

import (
	"net/http"
	"sort"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// handleOverview shows one region's scorecard for one year (?region=&year=);
// with neither, the region and year with the most targets paired to results.
func (s *Server) handleOverview(c echo.Context) error {
	ctx := c.Request().Context()
	region := c.QueryParam("region")
	year, err := yearParam(c)
	if err != nil {
		return err
	}
	regions, err := s.store.RegionsWithFigures(ctx)
	if err != nil {
		return err
	}
	if region == "" {
		best, bestYear, err := s.store.BestPairing(ctx)
		switch {
		case err == nil:
			region = best
			if year == 0 {
				year = bestYear
			}
		case len(regions) > 0:
			region = regions[0].Name
		}
	} else if !hasRegion(regions, region) {
		return errNotFound
	}
	p := page(c, "", "overview")
	p.Title = p.T("概览", "Overview")
	m := pages.Overview{Page: p, Region: region, Counts: map[targets.Status]int{}}
	for _, r := range regions {
		m.Regions = append(m.Regions, pages.Option{Value: r.Name, Label: regionLabel(r), Selected: r.Name == region})
	}
	if region != "" {
		years, err := s.store.Years(ctx, region)
		if err != nil {
			return err
		}
		if year == 0 && len(years) > 0 {
			// The year with most targets paired to results, else the latest.
			year = years[0]
			if y, err := s.store.BestYear(ctx, region); err == nil {
				year = y
			}
		} else if year != 0 && !containsInt(years, year) {
			return errNotFound
		}
		for _, y := range years {
			m.Years = append(m.Years, pages.Option{Value: strconv.Itoa(y), Label: strconv.Itoa(y), Selected: y == year})
		}
		figs, err := s.store.Figures(ctx, db.FigureFilter{Region: region, Year: year})
		if err != nil {
			return err
		}
		m.Year = year
		m.Rows = scoreRows(p.Lang, figs)
		for _, r := range m.Rows {
			m.Counts[r.Status]++
		}
		m.ChartID = "chart-overview"
		m.ChartTitle, m.Chart, m.HasChart = overviewChart(p.Lang, region, year, m.Rows)
		p.Echarts = m.HasChart
		m.Page = p
	}
	return render(c, http.StatusOK, pages.OverviewPage(m))
}

func yearParam(c echo.Context) (int, error) {
	v := c.QueryParam("year")
	if v == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(v)
	if err != nil || y < 1949 || y > 2200 {
		return 0, echo.NewHTTPError(http.StatusBadRequest, "year must be a year such as 2020")
	}
	return y, nil
}

func hasRegion(rs []targets.RegionSummary, name string) bool {
	for _, r := range rs {
		if r.Name == name {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// regionLabel names a region with its parent, so the two 城关镇 differ.
func regionLabel(r targets.RegionSummary) string {
	if r.ParentName != "" && r.Level != targets.LevelProvince {
		return r.Name + " (" + r.ParentName + ")"
	}
	return r.Name
}

// scoreRows pairs each indicator's target with its result for one year and
// computes the verdict. Multi-year figures get rows of their own.
func scoreRows(lang string, figs []targets.Record) []pages.ScoreRow {
	type group struct{ planned, reported []targets.Record }
	groups := map[[2]string]*group{}
	var keys [][2]string
	for _, f := range figs {
		k := [2]string{f.Indicator, f.Period}
		g, ok := groups[k]
		if !ok {
			g = &group{}
			groups[k] = g
			keys = append(keys, k)
		}
		if f.Kind == targets.Planned {
			g.planned = append(g.planned, f)
		} else {
			g.reported = append(g.reported, f)
		}
	}
	order := map[string]int{}
	for i, k := range targets.HeadlineKeys() {
		order[k] = i + 1
	}
	sort.SliceStable(keys, func(i, j int) bool {
		oi, oj := order[keys[i][0]], order[keys[j][0]]
		if (oi == 0) != (oj == 0) {
			return oi != 0
		}
		if oi != oj {
			return oi < oj
		}
		if keys[i][1] != keys[j][1] {
			return keys[i][1] < keys[j][1]
		}
		return keys[i][0] < keys[j][0]
	})
	rows := make([]pages.ScoreRow, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		in, _ := targets.LookupIndicator(k[0])
		t, r := best(g.planned), best(g.reported)
		row := pages.ScoreRow{Key: k[0] + suffix(k[1]), Name: in.Zh, Unit: in.Unit, Headline: in.Headline}
		if lang == "en" {
			row.Name = in.En
		}
		var tf, rf *targets.Figure
		if t != nil {
			row.Target, tf = ref(t), &t.Figure
		}
		if r != nil {
			row.Result, rf = ref(r), &r.Figure
		}
		row.Status = targets.Assess(tf, rf, in.HigherIsBetter)
		if gap, ok := targets.Gap(tf, rf); ok {
			row.Gap = formatGap(gap, in.Unit, lang)
		}
		rows = append(rows, row)
	}
	return rows
}

func suffix(period string) string {
	if period == "" {
		return ""
	}
	return "-" + period
}

// best picks the figure to show where several documents state one: a final
// result over an estimate, then the most confident, then the latest stored.
func best(rs []targets.Record) *targets.Record {
	if len(rs) == 0 {
		return nil
	}
	b := rs[0]
	for _, r := range rs[1:] {
		switch {
		case b.Preliminary && !r.Preliminary:
			b = r
		case b.Preliminary != r.Preliminary:
		case r.Confidence > b.Confidence:
			b = r
		case r.Confidence == b.Confidence && r.ID > b.ID:
			b = r
		}
	}
	return &b
}

func ref(r *targets.Record) *pages.FigureRef {
	text := targets.WordedTarget(r.Value, r.Unit, r.Cmp)
	if r.ValueText != "" {
		text = r.ValueText
	}
	return &pages.FigureRef{ID: r.ID, DocumentID: r.DocumentID, Text: text, Value: r.Value, Preliminary: r.Preliminary,
		Quote: r.Quote, DocTitle: r.DocumentTitle, Period: r.Period}
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
