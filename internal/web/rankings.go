package web

import (
	"sort"
	"strconv"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
	"github.com/mubiao/mubiao/views/pages"
)

// handleRankings ranks the regions of a level (?level=&within=) by hit
// rate over a year or a span (?year= or ?from=&to=), regions judged on
// fewer than ?min= targets left out; with ?indicator=, by how far each
// result beat or missed its target.
func (s *Server) handleRankings(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.rankings(c)
		if err != nil {
			return nil, err
		}
		return pages.RankingsPage(m), nil
	})
}

// handleEmbedRankings is the ranking's chart for other sites to frame.
func (s *Server) handleEmbedRankings(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.rankings(c)
		if err != nil {
			return nil, err
		}
		return embedPage(c, m.Page, m.Chart), nil
	})
}

// rankQuery is what a ranking is of.
type rankQuery struct {
	level     targets.Level
	within    targets.RegionSummary
	from, to  int // 0: the latest year with judged targets
	min       int
	indicator string
	basis     string // "" the most certain result, first or final
}

const maxMinJudged = 1000

func (s *Server) rankQuery(c echo.Context, tree *regionTree) (rankQuery, error) {
	var q rankQuery
	var err error
	if q.level, err = levelParam(c); err != nil {
		return q, err
	}
	if q.indicator, err = indicatorParam(c); err != nil {
		return q, err
	}
	year, err := yearParam(c)
	if err != nil {
		return q, err
	}
	q.from, q.to = year, year
	for _, p := range []struct {
		name string
		dst  *int
	}{{"from", &q.from}, {"to", &q.to}} {
		if v := c.QueryParam(p.name); v != "" {
			y, err := strconv.Atoi(v)
			if err != nil || y < 1949 || y > 2200 {
				return q, badRequest(p.name+" 应是一个年份,例如 2020。", p.name+" must be a year such as 2020.")
			}
			*p.dst = y
		}
	}
	if q.from == 0 {
		q.from = q.to
	}
	if q.to == 0 {
		q.to = q.from
	}
	if q.from > q.to {
		return q, badRequest("起始年份(from)不能晚于结束年份(to)。", "from must not be later than to.")
	}
	q.min = 1
	if v := c.QueryParam("min"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxMinJudged {
			return q, badRequest("min(最少判定目标数)应是 1 到 1000 之间的整数。", "min (fewest judged targets) must be a whole number from 1 to 1000.")
		}
		q.min = n
	}
	if q.basis, err = basisParam(c); err != nil {
		return q, err
	}
	q.within, err = scopeParam(c, tree, func(code string, _ int) string { return "/rankings" + pages.Query("within", code) })
	return q, err
}

// rankings builds the 排行 model; its chart is also an embed.
func (s *Server) rankings(c echo.Context) (pages.Rankings, error) {
	tree, err := s.tree(c)
	if err != nil {
		return pages.Rankings{}, err
	}
	q, err := s.rankQuery(c, tree)
	if err != nil {
		return pages.Rankings{}, err
	}
	cells, pr, err := s.annualCells(c, db.FigureFilter{Within: q.within.Code, Level: q.level, Indicator: q.indicator})
	if err != nil {
		return pages.Rankings{}, err
	}
	p := page(c, "", "rankings")
	p.Title = p.T("排行", "Rankings")
	m := pages.Rankings{Page: p, Within: q.within.Code, WithinName: q.within.Name, Min: q.min}
	if m.WithinName == "" {
		m.WithinName = p.T("全部地区", "everywhere")
	}
	if q.level == "" {
		q.level = busiestLevel(tree, cells)
	}
	var atLevel []targets.Cell
	judgedYears := map[int]bool{}
	for _, cell := range cells {
		if r, _ := tree.get(cell.RegionCode); r.Level == q.level {
			atLevel = append(atLevel, cell)
			if cell.Target != nil && cell.Result != nil {
				judgedYears[cell.Year] = true
			}
		}
	}
	years := sortedYears(judgedYears)
	q, m.Notice = settleSpan(p.Lang, q, years, m.WithinName)
	m.Level, m.LevelName, m.From, m.To = string(q.level), p.T(q.level.Zh(), string(q.level)), q.from, q.to
	m.Query = pages.Query("level", m.Level, "within", m.Within, "from", strconv.Itoa(q.from), "to", strconv.Itoa(q.to),
		"min", minParam(q.min), "indicator", q.indicator, "basis", q.basis)
	s.rankingFilters(&m, tree, q, years)
	var inSpan []targets.Cell
	for _, cell := range atLevel {
		if cell.Year >= q.from && cell.Year <= q.to {
			inSpan = append(inSpan, cell)
		}
	}
	m.Basis = basisSummary(pr, inSpan)
	if q.indicator != "" {
		m.Indicator = indicatorItem(p.Lang, q.indicator)
		if err := gapRanking(c, &m, pr, inSpan); err != nil {
			return m, err
		}
	} else if err := rateRanking(c, &m, tree, inSpan, q); err != nil {
		return m, err
	}
	m.Chart.Embed = p.Link("/embed/rankings" + m.Query)
	m.Chart.Full = "/rankings" + m.Query
	m.Page.Echarts = m.Chart.Has()
	return m, nil
}

func minParam(n int) string {
	if n <= 1 {
		return ""
	}
	return strconv.Itoa(n)
}

// settleSpan fills a span not asked for with the latest year judged, and
// moves one with nothing judged to the nearest year that has, saying so.
func settleSpan(lang string, q rankQuery, years []int, where string) (rankQuery, string) {
	if len(years) == 0 {
		return q, ""
	}
	if q.from == 0 {
		q.from, q.to = years[len(years)-1], years[len(years)-1]
		return q, ""
	}
	for _, y := range years {
		if y >= q.from && y <= q.to {
			return q, ""
		}
	}
	shown := nearestYear(years, q.from)
	notice := yearNotice(lang, where, q.from, shown)
	q.from, q.to = shown, shown
	return q, notice
}

// busiestLevel is the level with the most regions that have a judged
// target: the ranking shown when none is asked for.
func busiestLevel(tree *regionTree, cells []targets.Cell) targets.Level {
	regions := map[targets.Level]map[string]bool{}
	for _, c := range cells {
		if c.Target == nil || c.Result == nil {
			continue
		}
		r, _ := tree.get(c.RegionCode)
		if regions[r.Level] == nil {
			regions[r.Level] = map[string]bool{}
		}
		regions[r.Level][c.RegionCode] = true
	}
	best, n := targets.LevelCounty, 0
	for l, rs := range regions {
		if len(rs) > n || len(rs) == n && levelRank(l) < levelRank(best) {
			best, n = l, len(rs)
		}
	}
	return best
}

func sortedYears(set map[int]bool) []int {
	out := make([]int, 0, len(set))
	for y := range set {
		out = append(out, y)
	}
	sort.Ints(out)
	return out
}

// rankingFilters fills the pickers: levels, scopes (the regions with
// regions below them), years judged, indicators with a gap to rank.
func (s *Server) rankingFilters(m *pages.Rankings, tree *regionTree, q rankQuery, years []int) {
	p := m.Page
	for _, l := range tree.levels() {
		m.Levels = append(m.Levels, pages.Option{Value: string(l), Label: p.T(l.Zh(), string(l)), Selected: l == q.level})
	}
	m.Scopes = append(m.Scopes, pages.Option{Value: "", Label: p.T("全部地区", "Everywhere"), Selected: q.within.Code == ""})
	tree.walk(func(r targets.RegionSummary, depth int) {
		if len(tree.children[r.Code]) > 0 && levelRank(r.Level) < levelRank(q.level) {
			m.Scopes = append(m.Scopes, regionOption(p, r, depth, q.within.Code))
		}
	})
	m.FromYears = spanYearOptions(p, years, q.from)
	m.ToYears = spanYearOptions(p, years, q.to)
	m.Indicators = append(m.Indicators, pages.Option{Value: "", Label: p.T("全部指标(按命中率)", "All indicators (by hit rate)"), Selected: q.indicator == ""})
	for _, k := range targets.HeadlineKeys() {
		it := indicatorItem(p.Lang, k)
		m.Indicators = append(m.Indicators, pages.Option{Value: k, Label: it.Name, Selected: k == q.indicator})
	}
	if q.indicator != "" && !isHeadline(q.indicator) {
		it := indicatorItem(p.Lang, q.indicator)
		m.Indicators = append(m.Indicators, pages.Option{Value: q.indicator, Label: it.Name, Selected: true})
	}
}

// spanYearOptions are a span picker's years, latest first: the years with
// judged targets, and the span's own end when it has none (2019 in
// from=2019&to=2021), marked so. Without it no option is selected, the
// browser shows the latest year instead, and the next 查看 quietly
// changes the span.
func spanYearOptions(p layout.Page, judged []int, selected int) []pages.Option {
	years := append([]int(nil), judged...)
	if selected != 0 && !containsInt(years, selected) {
		years = append(years, selected)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	out := yearOptions(years, selected)
	for i := range out {
		if y, _ := strconv.Atoi(out[i].Value); !containsInt(judged, y) {
			out[i].Label += p.T("(无可判定目标)", " (nothing judged)")
		}
	}
	return out
}
