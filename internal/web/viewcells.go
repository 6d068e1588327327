package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// annualCells are the judged whole-year cells of a selection (five-year
// cells are judged in their own rows elsewhere): what the rankings, the
// target-setting view and the map line up. Every view of this issue reads
// cells through here: the cells the store keeps on write.
func (s *Server) annualCells(c echo.Context, fl db.FigureFilter) ([]targets.Cell, presenter, error) {
	pr, err := s.presenter(c)
	if err != nil {
		return nil, pr, err
	}
	cells, err := s.store.Cells(c.Request().Context(), db.CellFilter{Region: fl.Region, Regions: fl.Regions, Within: fl.Within,
		Level: fl.Level, Year: fl.Year, Indicator: fl.Indicator, Annual: true})
	// Judged on ?basis=; the first and final statements stay on the cell
	// for the page to say what the basis changed.
	for i := range cells {
		if revised(cells[i]) {
			pr.revised[keyOf(cells[i])] = true
		}
		cells[i] = atBasis(cells[i], pr.basis)
	}
	return cells, pr, err
}

// scopeParam reads ?within=: a region and every region below it, or
// everywhere (empty or "all").
func scopeParam(c echo.Context, tree *regionTree, link viewLink) (targets.RegionSummary, error) {
	v := c.QueryParam("within")
	if v == "" || v == "all" {
		return targets.RegionSummary{}, nil
	}
	r, ok := tree.resolve(v)
	if !ok {
		return r, unknownRegion(tree, v, link)
	}
	return r, nil
}

// levelParam reads ?level=, "" when not given.
func levelParam(c echo.Context) (targets.Level, error) {
	l := targets.Level(c.QueryParam("level"))
	if l != "" && !validLevel(l) {
		return "", badRequest("没有这个层级:level 可以是 province、prefecture、county、town 或 zone。", "unknown level: level is province, prefecture, county, town or zone.")
	}
	return l, nil
}

// indicatorParam reads ?indicator=, "" when not given; an unknown key is a 404.
func indicatorParam(c echo.Context) (string, error) {
	k := c.QueryParam("indicator")
	if k == "" {
		return "", nil
	}
	if _, ok := targets.LookupIndicator(k); !ok {
		return "", notFound("没有这个指标:"+k+"。", "No such indicator: "+k+".")
	}
	return k, nil
}

// notFound is a 404 that says what was missing in the page's language.
func notFound(zh, en string) error {
	return echo.NewHTTPError(http.StatusNotFound, said{zh, en})
}
