package web

import (
	"strconv"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// handleOverview shows one region's scorecard for one year (?region=&year=);
// with neither, the region and year with the most targets paired to results.
func (s *Server) handleOverview(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.overview(c)
		if err != nil {
			return nil, err
		}
		return pages.OverviewPage(m), nil
	})
}

// overview builds the 概览 model; its charts are also embeds. A region
// without the year asked shows its nearest year and says so; a region
// that is not there gets a page of the regions whose names are close.
func (s *Server) overview(c echo.Context) (pages.Overview, error) {
	ctx := c.Request().Context()
	year, err := yearParam(c)
	if err != nil {
		return pages.Overview{}, err
	}
	tree, err := s.tree(c)
	if err != nil {
		return pages.Overview{}, err
	}
	pr, err := s.presenter(c)
	if err != nil {
		return pages.Overview{}, err
	}
	st, err := sortParam(c, scorecardKeys, pages.Sort{}, "scorecard")
	if err != nil {
		return pages.Overview{}, err
	}
	var region targets.RegionSummary
	if v := c.QueryParam("region"); v != "" {
		r, ok := tree.resolve(v)
		if !ok {
			return pages.Overview{}, unknownRegion(tree, v, func(code string, _ int) string { return pages.OverviewURL(code, year) })
		}
		region = r
	} else if code, bestYear, err := s.bestPairing(c); err == nil {
		region, _ = tree.get(code)
		if year == 0 {
			year = bestYear
		}
	} else {
		region = biggest(tree)
	}
	p := page(c, "", "overview")
	p.Title = p.T("概览", "Overview")
	m := pages.Overview{Page: p, Region: region.Name, RegionCode: region.Code, Regions: tree.options(region.Code, p, nil)}
	if region.Code == "" {
		return m, nil
	}
	years, err := s.store.Years(ctx, region.Code)
	if err != nil {
		return pages.Overview{}, err
	}
	switch {
	case year == 0 && len(years) > 0:
		// The year with most targets paired to results, else the latest.
		year = years[0]
		if y, err := s.store.BestYear(ctx, region.Code); err == nil {
			year = y
		}
	case year != 0 && len(years) > 0 && !containsInt(years, year):
		shown := nearestYear(years, year)
		m.Notice = yearNotice(p.Lang, region.Name, year, shown)
		year = shown
	}
	m.Years = yearOptions(years, year)
	// The year's cells and the tallies of every year: a few indexed
	// rows, judged when the data was written.
	cells, err := s.store.Cells(ctx, db.CellFilter{Region: region.Code, Year: year})
	if err != nil {
		return pages.Overview{}, err
	}
	tallies, err := s.yearTallies(ctx, region.Code, pr.basis)
	if err != nil {
		return pages.Overview{}, err
	}
	reports, err := s.store.RegionReports(ctx, region.Code)
	if err != nil {
		return pages.Overview{}, err
	}
	stmts, err := s.statements(ctx, cells)
	if err != nil {
		return pages.Overview{}, err
	}
	pr.noteRevisions(stmts)
	m.Year = year
	sortCells(cells)
	m.Rows = pr.cellsWithHistory(cells, stmts)
	m.Basis = basisSummary(pr, cells)
	for _, r := range m.Rows {
		if r.Period == "" {
			m.Counts.Add(r.Status)
			if r.Target != nil && r.Result != nil && r.Shaky() {
				m.Shaky.Add(r.Status)
			}
		}
	}
	m.Chart = overviewChart(p.Lang, region.Name, year, m.Rows)
	// The scorecard in the order asked; the chart keeps the catalogue's.
	m.Sort = st
	m.Rows = sortedCopy(m.Rows, m.Sort, scorecardKeys)
	m.Chart.Embed = p.Link("/embed/overview/growth" + pages.Query("region", region.Code, "year", strconv.Itoa(year), "basis", pr.basis))
	m.Chart.Full = withBasis(pages.OverviewURL(region.Code, year), pr.basis)
	m.Trend = trendRows(tallies)
	m.TrendChart = trendChart(p.Lang, region.Name, m.Trend)
	m.TrendChart.Embed = p.Link("/embed/overview/trend" + pages.Query("region", region.Code, "basis", pr.basis))
	m.TrendChart.Full = m.Chart.Full
	for _, r := range reports {
		m.TrendChart.Sources = append(m.TrendChart.Sources, pages.DocLink{ID: r.ID, Title: r.Title})
	}
	p.Echarts = m.Chart.Has() || m.TrendChart.Has()
	m.Page = p
	return m, nil
}

// tree loads the region tree; cheap (a few hundred rows at most), and
// pages built from it are cached.
func (s *Server) tree(c echo.Context) (*regionTree, error) {
	return s.regionTree(c.Request().Context())
}

// biggest is the region with the most figures, the default when no
// region and year pair a target with a result.
func biggest(t *regionTree) targets.RegionSummary {
	var b targets.RegionSummary
	for _, r := range t.byCode {
		if r.Figures > b.Figures || r.Figures == b.Figures && r.Figures > 0 && r.Code < b.Code {
			b = r
		}
	}
	return b
}

func yearParam(c echo.Context) (int, error) {
	v := c.QueryParam("year")
	if v == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(v)
	if err != nil || y < 1949 || y > 2200 {
		return 0, badRequest("年份应是一个年份,例如 2020。", "year must be a year such as 2020.")
	}
	return y, nil
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
