package web

import (
	"sort"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
	"github.com/mubiao/mubiao/views/pages"
)

// handleRegions shows the tree of regions with figures.
func (s *Server) handleRegions(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		tree, err := s.tree(c)
		if err != nil {
			return nil, err
		}
		p := page(c, "", "regions")
		p.Title = p.T("地区", "Regions")
		return pages.RegionsPage(pages.Regions{Page: p, Tree: tree.nodes()}), nil
	})
}

// handleRegion shows every indicator of one region over the years.
func (s *Server) handleRegion(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		tree, err := s.tree(c)
		if err != nil {
			return nil, err
		}
		region, ok := tree.resolve(c.Param("code"))
		if !ok {
			return nil, unknownRegion(tree, c.Param("code"), func(code string, _ int) string { return pages.RegionURL(code) })
		}
		pr, err := s.presenter(c)
		if err != nil {
			return nil, err
		}
		ctx := c.Request().Context()
		cells, err := s.store.Cells(ctx, db.CellFilter{Region: region.Code})
		if err != nil {
			return nil, err
		}
		tallies, err := s.store.Tallies(ctx, region.Code)
		if err != nil {
			return nil, err
		}
		p := page(c, region.Name, "regions")
		m := pages.Region{Page: p, Region: crumb(region)}
		for _, a := range tree.ancestors(region.Code) {
			m.Ancestors = append([]pages.Crumb{crumb(a)}, m.Ancestors...)
		}
		m.Ancestors = withoutRepeatedNames(m.Ancestors)
		for _, code := range tree.children[region.Code] {
			if tree.subtree[code] > 0 {
				child, _ := tree.get(code)
				m.Children = append(m.Children, crumb(child))
			}
		}
		sortCells(cells)
		m.Years, m.Rows = regionRows(p, pr, cells)
		m.Trend = trendRows(tallies)
		for _, cell := range cells {
			if cell.Period != "" {
				m.Periods = append(m.Periods, pr.cell(cell))
			}
		}
		m.Docs = cellDocs(cells)
		return pages.RegionPage(m), nil
	})
}

func crumb(r targets.RegionSummary) pages.Crumb {
	return pages.Crumb{Code: r.Code, Name: r.Name, Level: r.Level}
}

// regionRows lays yearly cells out as indicator rows × year columns, with
// a sparkline of results (line) and targets (diamonds) per row.
func regionRows(p layout.Page, pr presenter, cells []targets.Cell) ([]int, []pages.RegionRow) {
	yearSet := map[int]bool{}
	for _, c := range cells {
		if c.Period == "" {
			yearSet[c.Year] = true
		}
	}
	years := make([]int, 0, len(yearSet))
	for y := range yearSet {
		years = append(years, y)
	}
	sort.Ints(years)
	col := map[int]int{}
	for i, y := range years {
		col[y] = i
	}
	var rows []pages.RegionRow
	index := map[string]int{}
	for _, c := range cells {
		if c.Period != "" {
			continue
		}
		i, ok := index[c.Indicator]
		if !ok {
			v := pr.cell(c)
			i = len(rows)
			index[c.Indicator] = i
			rows = append(rows, pages.RegionRow{Indicator: c.Indicator, Name: v.Name, Unit: v.UnitText, Cells: make([]*pages.Cell, len(years))})
		}
		v := pr.cell(c)
		rows[i].Cells[col[c.Year]] = &v
	}
	for i := range rows {
		res, tgt := make([]*float64, len(years)), make([]*float64, len(years))
		for j, c := range rows[i].Cells {
			if c == nil {
				continue
			}
			if c.Result != nil {
				res[j] = &c.Result.Value
			}
			if c.Target != nil {
				tgt[j] = &c.Target.Value
			}
		}
		rows[i].Spark = pages.NewSpark(years, res, tgt, 96, 28, rows[i].Name+p.T(":实际(线)与目标(菱形)", ": results (line) and targets (diamonds)"))
	}
	return years, rows
}

// withoutRepeatedNames drops an ancestor named as the one above it: a
// prefecture without counties (东莞市, 中山市, 儋州市) sits over a county-level
// unit of its own name in the division list, and the breadcrumb read
// 东莞市 › 东莞市 › 松山湖.
func withoutRepeatedNames(crumbs []pages.Crumb) []pages.Crumb {
	out := crumbs[:0]
	for _, c := range crumbs {
		if len(out) > 0 && c.Name == out[len(out)-1].Name {
			continue
		}
		out = append(out, c)
	}
	return out
}
