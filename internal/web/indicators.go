package web

import (
	"net/url"
	"sort"
	"strconv"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// handleIndicators lists every indicator with figures, catalogue headline
// indicators first.
func (s *Server) handleIndicators(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		sums, err := s.indicatorSums(c.Request().Context())
		if err != nil {
			return nil, err
		}
		p := page(c, "", "indicators")
		p.Title = p.T("指标", "Indicators")
		sort.SliceStable(sums, func(i, j int) bool {
			a, b := sums[i].Key, sums[j].Key
			ha, hb := isHeadline(a), isHeadline(b)
			if ha != hb {
				return ha
			}
			return indicatorLess(a, b)
		})
		m := pages.Indicators{Page: p}
		for _, sum := range sums {
			it := indicatorItem(p.Lang, sum.Key)
			it.Figures, it.Regions = sum.Figures, sum.Regions
			it.Years = strconv.Itoa(sum.FromYear)
			if sum.ToYear != sum.FromYear {
				it.Years += "–" + strconv.Itoa(sum.ToYear)
			}
			m.Items = append(m.Items, it)
		}
		return pages.IndicatorsPage(m), nil
	})
}

func isHeadline(key string) bool {
	in, ok := targets.LookupIndicator(key)
	return ok && in.Headline
}

// handleIndicator shows one indicator: over the years for one region
// (?region=), and across the regions of a level (?level=) for one year
// (?year=). Defaults are the region and the year with the most data.
func (s *Server) handleIndicator(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.indicator(c)
		if err != nil {
			return nil, err
		}
		return pages.IndicatorPage(m), nil
	})
}

// indicator builds an indicator's model; its two charts are also embeds.
func (s *Server) indicator(c echo.Context) (pages.Indicator, error) {
	key := c.Param("key")
	if _, ok := targets.LookupIndicator(key); !ok {
		return pages.Indicator{}, errNotFound
	}
	year, err := yearParam(c)
	if err != nil {
		return pages.Indicator{}, err
	}
	tree, err := s.tree(c)
	if err != nil {
		return pages.Indicator{}, err
	}
	ctx := c.Request().Context()
	cov, err := s.coverage(ctx, tree, key)
	if err != nil {
		return pages.Indicator{}, err
	}
	if len(cov.perRegion) == 0 {
		return pages.Indicator{}, errNotFound
	}
	pr, err := s.presenter(c)
	if err != nil {
		return pages.Indicator{}, err
	}
	st, err := sortParam(c, cellKeys, pages.Sort{}, "")
	if err != nil {
		return pages.Indicator{}, err
	}
	perRegion, perYear := cov.perRegion, cov.perYear
	p := page(c, "", "indicators")
	item := indicatorItem(p.Lang, key)
	p.Title = item.Name
	m := pages.Indicator{Page: p, Item: item}

	region, ok := targets.RegionSummary{}, false
	if v := c.QueryParam("region"); v != "" {
		if region, ok = tree.resolve(v); !ok {
			return pages.Indicator{}, unknownRegion(tree, v, func(code string, _ int) string { return pages.IndicatorURL(key, code, year) })
		}
	} else {
		region = mostOf(tree, atLevel(tree, perRegion, targets.Level(c.QueryParam("level"))))
	}
	level := targets.Level(c.QueryParam("level"))
	if level == "" {
		level = region.Level
	} else if !validLevel(level) {
		return pages.Indicator{}, badRequest("没有这个层级:level 可以是 province、prefecture、county、town 或 zone。", "unknown level: level is province, prefecture, county, town or zone.")
	}
	if year == 0 {
		year = busiestYear(perYear, level)
	} else if perYear[year] == nil {
		var ys []int
		for y := range perYear {
			ys = append(ys, y)
		}
		shown := nearestYear(ys, year)
		m.Notice = yearNotice(p.Lang, item.Name, year, shown)
		year = shown
	}
	m.Region, m.RegionCode, m.Year, m.Level = region.Name, region.Code, year, string(level)
	m.Regions = tree.options(region.Code, p, cov.picker)
	years := make([]int, 0, len(perYear))
	for y := range perYear {
		years = append(years, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	m.Years = yearOptions(years, year)
	for _, l := range tree.levels() {
		m.Levels = append(m.Levels, pages.Option{Value: string(l), Label: p.T(l.Zh(), string(l)), Selected: l == level})
	}

	// Only the figures the two charts show: the region's over the years,
	// and the level's in the year.
	over, err := s.store.Cells(ctx, db.CellFilter{Indicator: key, Region: region.Code, Annual: true})
	if err != nil {
		return pages.Indicator{}, err
	}
	within, err := acrossScope(c, tree, region, level, year, key)
	if err != nil {
		return pages.Indicator{}, err
	}
	m.Within, m.WithinName = within.Code, within.Name
	m.Scopes = append(m.Scopes, pages.Option{Value: "all", Label: p.T("全部地区", "Everywhere"), Selected: within.Code == ""})
	for _, a := range append([]targets.RegionSummary{region}, tree.ancestors(region.Code)...) {
		if a.Code != "" && levelRank(a.Level) < levelRank(level) {
			m.Scopes = append(m.Scopes, regionOption(p, a, 0, within.Code))
		}
	}
	across, err := s.store.Cells(ctx, db.CellFilter{Indicator: key, Year: year, Level: level, Within: within.Code, Annual: true})
	if err != nil {
		return pages.Indicator{}, err
	}
	stmts, err := s.statements(ctx, append(append([]targets.Cell(nil), over...), across...))
	if err != nil {
		return pages.Indicator{}, err
	}
	pr.noteRevisions(stmts)
	m.OverYears, m.Across = pr.cellsWithHistory(over, stmts), pr.cellsWithHistory(across, stmts)
	m.Basis = basisSummary(pr, append(append([]targets.Cell(nil), over...), across...))
	sort.Slice(m.OverYears, func(i, j int) bool { return m.OverYears[i].Year < m.OverYears[j].Year })
	sort.SliceStable(m.Across, func(i, j int) bool { return shownValue(m.Across[i]) > shownValue(m.Across[j]) })
	m.YearsChart = yearsChart(p.Lang, item, region.Name, m.OverYears)
	m.YearsChart.Embed = p.Link("/embed/indicators/" + url.PathEscape(key) + "/years" + pages.Query("region", region.Code, "basis", pr.basis))
	m.YearsChart.Full = withBasis(pages.IndicatorURL(key, region.Code, 0), pr.basis)
	m.AcrossChart = acrossChart(p.Lang, item, year, m.Across)
	// The tables in the order asked; the charts keep theirs (years along
	// the axis, regions by value), drawn above from the same cells.
	m.Sort, m.YearsSort, m.AcrossSort = st, st, st
	m.YearsSort.Anchor, m.AcrossSort.Anchor = "years-table", "across-table"
	if st.Key == "" {
		m.YearsSort.Key = "year" // the years table's own order, marked
	}
	m.OverYears = sortedCopy(m.OverYears, m.YearsSort, cellKeys)
	m.Across = sortedCopy(m.Across, m.AcrossSort, cellKeys)
	acrossQuery := pages.Query("year", strconv.Itoa(year), "level", string(level), "within", withinParam(within), "basis", pr.basis)
	m.AcrossChart.Embed = p.Link("/embed/indicators/" + url.PathEscape(key) + "/across" + acrossQuery)
	m.AcrossChart.Full = "/indicators/" + url.PathEscape(key) + acrossQuery
	m.Page.Echarts = m.YearsChart.Has() || m.AcrossChart.Has()
	return m, nil
}

// acrossScope is where the across comparison looks (?within=CODE, or
// within=all for everywhere). By default it is the province of the
// region shown, when the level compared is below provinces: a county is
// compared with the counties of its province, not all 2,800 of the
// country (which within=all still gives).
func acrossScope(c echo.Context, tree *regionTree, region targets.RegionSummary, level targets.Level, year int, key string) (targets.RegionSummary, error) {
	switch v := c.QueryParam("within"); v {
	case "all":
		return targets.RegionSummary{}, nil
	case "":
		if levelRank(level) <= levelRank(targets.LevelProvince) {
			return targets.RegionSummary{}, nil
		}
		top := region
		for _, a := range tree.ancestors(region.Code) {
			top = a
		}
		if top.Level != targets.LevelProvince {
			return targets.RegionSummary{}, nil
		}
		return top, nil
	default:
		r, ok := tree.resolve(v)
		if !ok {
			return r, unknownRegion(tree, v, func(code string, _ int) string {
				return "/indicators/" + url.PathEscape(key) + pages.Query("year", strconv.Itoa(year), "level", string(level), "within", code)
			})
		}
		return r, nil
	}
}

// withinParam is the within= value that names a scope.
func withinParam(r targets.RegionSummary) string {
	if r.Code == "" {
		return "all"
	}
	return r.Code
}

// mostOf is the region with the most cells, higher levels first on a tie.
// atLevel keeps the counts of one level's regions, when a level is asked
// for and has any (?level=province: the history shown first is a
// province's, not the busiest county's); otherwise all of them.
func atLevel(tree *regionTree, counts map[string]int, level targets.Level) map[string]int {
	if level == "" {
		return counts
	}
	out := map[string]int{}
	for code, n := range counts {
		if r, ok := tree.get(code); ok && r.Level == level {
			out[code] = n
		}
	}
	if len(out) == 0 {
		return counts
	}
	return out
}

func mostOf(tree *regionTree, counts map[string]int) targets.RegionSummary {
	var best targets.RegionSummary
	bestN := 0
	for code, n := range counts {
		r, _ := tree.get(code)
		if n > bestN || n == bestN && (levelRank(r.Level) < levelRank(best.Level) || levelRank(r.Level) == levelRank(best.Level) && code < best.Code) {
			best, bestN = r, n
		}
	}
	return best
}

func levelRank(l targets.Level) int {
	for i, v := range []targets.Level{targets.LevelCountry, targets.LevelProvince, targets.LevelPrefecture, targets.LevelCounty, targets.LevelZone, targets.LevelTown} {
		if v == l {
			return i
		}
	}
	return 99
}

func validLevel(l targets.Level) bool { return levelRank(l) < 99 }

// busiestYear is the year with the most regions of a level reporting the
// indicator, the latest on a tie: the fullest comparison across regions.
func busiestYear(perYear map[int]map[targets.Level]int, level targets.Level) int {
	best, bestN := 0, -1
	for y, n := range perYear {
		if n[level] > bestN || n[level] == bestN && y > best {
			best, bestN = y, n[level]
		}
	}
	return best
}
