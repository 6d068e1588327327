package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/static/geo"
	"github.com/mubiao/mubiao/views/pages"
)

// handleMap is the 地图: a choropleth of the regions of a level
// (?level=province, or prefecture or county &within=PROVINCE or
// PREFECTURE) in a year, coloured by ?measure= target, result, gap or
// rate for ?indicator=.
func (s *Server) handleMap(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.mapView(c)
		if err != nil {
			return nil, err
		}
		return pages.MapPage(m), nil
	})
}

// handleEmbedMap is the map for other sites to frame.
func (s *Server) handleEmbedMap(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.mapView(c)
		if err != nil {
			return nil, err
		}
		p := m.Page
		p.Title = m.Chart.Title
		return pages.MapEmbedPage(pages.MapEmbed{Page: p, Map: m}), nil
	})
}

var geoName = regexp.MustCompile(`^(provinces|[0-9]{2}|[0-9]{2}-counties)\.json$`)

// handleGeo serves a boundary file (static/geo), compressed to clients
// that take gzip and inflated for the rest. Boundaries change only with
// a release, so browsers keep them a day.
func handleGeo(c echo.Context) error {
	name := c.Param("name")
	if !geoName.MatchString(name) {
		return errNotFound
	}
	gz, err := fs.ReadFile(geo.FS, name+".gz")
	if err != nil {
		return errNotFound
	}
	h := c.Response().Header()
	h.Set("Cache-Control", "public, max-age=86400")
	h.Add("Vary", "Accept-Encoding")
	if strings.Contains(c.Request().Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		return c.Blob(http.StatusOK, "application/json", gz)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	return c.Stream(http.StatusOK, "application/json", io.NopCloser(zr))
}

// mapQuery is what a map shows.
type mapQuery struct {
	level     targets.Level
	within    targets.RegionSummary
	year      int
	indicator string
	measure   string
}

var measures = []string{"target", "result", "gap", "rate"}

func (s *Server) mapQuery(c echo.Context, tree *regionTree) (mapQuery, error) {
	var q mapQuery
	var err error
	if q.level, err = levelParam(c); err != nil {
		return q, err
	}
	switch q.level {
	case "":
		q.level = targets.LevelProvince
	case targets.LevelProvince, targets.LevelPrefecture, targets.LevelCounty:
	default:
		return q, badRequest("地图画省、地级和县级地区:level 可以是 province、prefecture 或 county。", "the map draws provinces, prefectures and counties: level is province, prefecture or county.")
	}
	if q.year, err = yearParam(c); err != nil {
		return q, err
	}
	if q.indicator, err = indicatorParam(c); err != nil {
		return q, err
	}
	q.measure = c.QueryParam("measure")
	if q.measure != "" && !containsString(measures, q.measure) {
		return q, badRequest("measure 可以是 target(目标)、result(实际)、gap(差距)或 rate(命中率)。", "measure is target, result, gap or rate.")
	}
	if q.indicator == "" && q.measure != "rate" {
		q.indicator = "gdp_growth"
	}
	if q.within, err = scopeParam(c, tree, func(code string, _ int) string { return "/map" + pages.Query("level", string(q.level), "within", code) }); err != nil {
		return q, err
	}
	switch {
	case q.level == targets.LevelProvince:
		q.within = targets.RegionSummary{}
	case q.within.Code == "":
		if q.within = mapDefaultScope(tree, q.level); q.within.Code == "" {
			q.level = targets.LevelProvince // no region of the level has figures: China's provinces
		}
	case len(q.within.Code) != 2 && !(q.level == targets.LevelCounty && len(q.within.Code) == 4):
		return q, badRequest("地级地区的地图画一个省(within=43),县级的画一个省或一个地级市(within=4302)。",
			"a map of prefectures draws one province (within=43), of counties one province or prefecture (within=4302).")
	}
	return q, nil
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// mapDefaultScope is the province with the most regions of the level
// holding figures: the map drawn when none is asked for.
func mapDefaultScope(tree *regionTree, level targets.Level) targets.RegionSummary {
	count := map[string]int{}
	for code, r := range tree.byCode {
		if r.Level == level && r.Figures > 0 && len(code) > 2 {
			count[code[:2]]++
		}
	}
	best := ""
	if len(count) == 0 {
		return targets.RegionSummary{}
	}
	for p, n := range count {
		if best == "" || n > count[best] || n == count[best] && p < best {
			best = p
		}
	}
	r, ok := tree.get(best)
	if !ok {
		r = targets.RegionSummary{Region: targets.Region{Code: best, Name: best, Level: targets.LevelProvince}}
	}
	return r
}

// geoFile is the boundary file a map draws, and the code prefix of the
// regions it keeps (a prefecture's counties out of its province's).
func geoFile(q mapQuery) (string, string) {
	switch q.level {
	case targets.LevelProvince:
		return "provinces", ""
	case targets.LevelPrefecture:
		return q.within.Code, q.within.Code
	}
	return q.within.Code[:2] + "-counties", q.within.Code
}

// mapView builds the 地图 model; the map is also an embed.
func (s *Server) mapView(c echo.Context) (pages.MapView, error) {
	tree, err := s.tree(c)
	if err != nil {
		return pages.MapView{}, err
	}
	q, err := s.mapQuery(c, tree)
	if err != nil {
		return pages.MapView{}, err
	}
	cells, pr, err := s.annualCells(c, db.FigureFilter{Within: q.within.Code, Level: q.level, Indicator: q.indicator})
	if err != nil {
		return pages.MapView{}, err
	}
	p := page(c, "", "map")
	p.Title = p.T("地图", "Map")
	m := pages.MapView{Page: p, Level: string(q.level), Within: q.within.Code, WithinName: q.within.Name}
	if m.WithinName == "" {
		m.WithinName = p.T("全国", "China")
	}
	years := map[int]bool{}
	for _, cell := range cells {
		years[cell.Year] = true
	}
	ys := sortedYears(years)
	if q.year == 0 && len(ys) > 0 {
		q.year = ys[len(ys)-1]
	} else if q.year != 0 && len(ys) > 0 && !years[q.year] {
		shown := nearestYear(ys, q.year)
		m.Notice = yearNotice(p.Lang, m.WithinName, q.year, shown)
		q.year = shown
	}
	var inYear []targets.Cell
	for _, cell := range cells {
		if cell.Year == q.year {
			inYear = append(inYear, cell)
		}
	}
	if q.measure == "" {
		q.measure = "target"
		for _, cell := range inYear {
			if cell.Target != nil && cell.Result != nil {
				q.measure = "gap"
				break
			}
		}
	}
	m.Year, m.Measure = q.year, q.measure
	if q.indicator != "" {
		m.Indicator = indicatorItem(p.Lang, q.indicator)
	}
	mapFilters(&m, tree, q, ys)
	m.Query = pages.Query("level", m.Level, "within", m.Within, "year", strconv.Itoa(q.year), "indicator", q.indicator, "measure", q.measure, "basis", pr.basis)
	m.Basis = basisSummary(pr, inYear)
	file, prefix := geoFile(q)
	if err := mapRows(c, &m, tree, pr, inYear, q); err != nil {
		return m, err
	}
	m.Unmapped = unmapped(file, prefix, m.Rows)
	m.Chart = mapChart(p.Lang, mapTitle(m), "/geo/"+file+".json", prefix, m)
	m.Chart.Sources = judgedDocs(inYear)
	if len(m.Chart.Sources) == 0 {
		m.Chart.Sources = cellSources(mapCells(m.Rows))
	}
	m.Chart.Embed = p.Link("/embed/map" + m.Query)
	m.Chart.Full = "/map" + m.Query
	m.Page.Echarts, m.Page.Map = true, true
	return m, nil
}

func mapCells(rows []pages.MapRow) []pages.Cell {
	var out []pages.Cell
	for _, r := range rows {
		if r.Cell != nil {
			out = append(out, *r.Cell)
		}
	}
	return out
}

// mapTitle says what the map shows: 2026年 全国 省级 · 地区生产总值增长:目标(%).
func mapTitle(m pages.MapView) string {
	p := m.Page
	what := map[string]string{"target": p.T("目标", "targets"), "result": p.T("实际", "results"),
		"gap": p.T("实际与目标之差", "result minus target"), "rate": p.T("目标命中率", "share of targets met")}[m.Measure]
	level := p.T(targets.Level(m.Level).Zh(), m.Level)
	t := pages.Itoa(m.Year) + p.T("年 ", ": ") + m.WithinName + " " + level
	if m.Indicator.Key != "" && m.Measure != "rate" {
		t += " · " + m.Indicator.Name
	}
	return t + p.T(":", ", ") + what
}

// mapFilters fills the pickers.
func mapFilters(m *pages.MapView, tree *regionTree, q mapQuery, years []int) {
	p := m.Page
	for _, l := range []targets.Level{targets.LevelProvince, targets.LevelPrefecture, targets.LevelCounty} {
		m.Levels = append(m.Levels, pages.Option{Value: string(l), Label: p.T(l.Zh(), string(l)), Selected: l == q.level})
	}
	m.Scopes = append(m.Scopes, pages.Option{Value: "", Label: p.T("全国(省级地图)", "China (provinces)"), Selected: q.within.Code == ""})
	tree.walk(func(r targets.RegionSummary, depth int) {
		if r.Level == targets.LevelProvince || r.Level == targets.LevelPrefecture && q.level == targets.LevelCounty {
			m.Scopes = append(m.Scopes, regionOption(p, r, depth, q.within.Code))
		}
	})
	if q.within.Code != "" && !optionHas(m.Scopes, q.within.Code) {
		m.Scopes = append(m.Scopes, regionOption(p, q.within, 0, q.within.Code))
	}
	desc := append([]int(nil), years...)
	sort.Sort(sort.Reverse(sort.IntSlice(desc)))
	m.Years = yearOptions(desc, q.year)
	for _, k := range targets.HeadlineKeys() {
		m.Indicators = append(m.Indicators, pages.Option{Value: k, Label: indicatorItem(p.Lang, k).Name, Selected: k == q.indicator})
	}
	if q.indicator != "" && !isHeadline(q.indicator) {
		m.Indicators = append(m.Indicators, pages.Option{Value: q.indicator, Label: indicatorItem(p.Lang, q.indicator).Name, Selected: true})
	}
	names := map[string][2]string{"target": {"目标", "Target"}, "result": {"实际", "Result"}, "gap": {"差距(是否达成)", "Gap (met or not)"},
		"rate": {"命中率(全部指标)", "Hit rate (all indicators)"}}
	for _, k := range measures {
		m.Measures = append(m.Measures, pages.Option{Value: k, Label: p.T(names[k][0], names[k][1]), Selected: k == q.measure})
	}
}

func optionHas(opts []pages.Option, v string) bool {
	for _, o := range opts {
		if o.Value == v {
			return true
		}
	}
	return false
}

// unmapped counts the rows whose region the boundary file lacks.
func unmapped(file, prefix string, rows []pages.MapRow) int {
	have, err := geoCodes(file)
	if err != nil {
		return 0
	}
	n := 0
	for _, r := range rows {
		if !have[r.Code] {
			n++
		}
	}
	return n
}
