package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// figureQuery is a figure filter read from the query string with the
// names of the figures contract (region, indicator, year, kind) plus
// within (a region and everything below it), level and document, and what
// it names, for a download's file name.
type figureQuery struct {
	filter     db.FigureFilter
	regionName string
	within     bool // the region and every region below it
}

func (s *Server) figureQuery(c echo.Context) (figureQuery, error) {
	var q figureQuery
	year, err := yearParam(c)
	if err != nil {
		return q, err
	}
	q.filter.Year = year
	if k := c.QueryParam("indicator"); k != "" {
		if _, ok := targets.LookupIndicator(k); !ok {
			return q, echo.NewHTTPError(http.StatusNotFound, said{"没有这个指标。", "unknown indicator"})
		}
		q.filter.Indicator = k
	}
	switch k := targets.Kind(c.QueryParam("kind")); k {
	case "", targets.Planned, targets.Reported:
		q.filter.Kind = k
	default:
		return q, badRequest("kind 应是 planned(目标)或 reported(实际)。", "kind must be planned or reported")
	}
	if l := targets.Level(c.QueryParam("level")); l != "" {
		if !validLevel(l) {
			return q, badRequest("没有这个层级。", "unknown level")
		}
		q.filter.Level = l
	}
	if d := c.QueryParam("document"); d != "" {
		id, err := strconv.ParseInt(d, 10, 64)
		if err != nil || id <= 0 {
			return q, badRequest("document 应是文档编号。", "document must be a document id")
		}
		q.filter.Document = id
	}
	region, within := c.QueryParam("region"), c.QueryParam("within")
	if region != "" || within != "" {
		tree, err := s.tree(c)
		if err != nil {
			return q, err
		}
		for _, p := range []struct {
			v   string
			dst *string
		}{{region, &q.filter.Region}, {within, &q.filter.Within}} {
			if p.v == "" {
				continue
			}
			r, ok := tree.resolve(p.v)
			if !ok {
				return q, echo.NewHTTPError(http.StatusNotFound, "unknown region")
			}
			*p.dst, q.regionName = r.Code, r.Name
			q.within = p.dst == &q.filter.Within
		}
	}
	return q, nil
}

// eachCell streams the cells of a filter, each with the figures that
// make it up and its verdict as stored when the data was written
// (not_found and its report included), read in the one query that
// streams the figures.
func (s *Server) eachCell(c echo.Context, fl db.FigureFilter, fn func(targets.Cell, []targets.Record) error) error {
	fl.ByCell, fl.Verdicts = true, true
	var group, planned, reported []targets.Record
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		// The same choice of the figures shown as the stored cell's
		// (targets.Judge, on the same figures); its verdict and report.
		// The group is one cell's, so it is split here into buffers kept
		// across cells (Judge keeps copies, not pointers into them):
		// targets.Pair's map and slices per cell were a twentieth of an
		// export.
		planned, reported = planned[:0], reported[:0]
		for _, r := range group {
			if r.Kind == targets.Planned {
				planned = append(planned, r)
			} else {
				reported = append(reported, r)
			}
		}
		cell := targets.Judge(planned, reported, nil)
		cell.Status, cell.Later = group[0].Verdict, group[0].CellLater
		if err := fn(cell, group); err != nil {
			return err
		}
		group = group[:0]
		return nil
	}
	err := s.store.EachFigure(c.Request().Context(), fl, func(r targets.Record) error {
		if n := len(group); n > 0 {
			g := group[n-1]
			if g.RegionCode != r.RegionCode || g.Indicator != r.Indicator || g.Period != r.Period || g.Year != r.Year {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		group = append(group, r)
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// sourceURL is the absolute link to a figure's sentence.
func sourceURL(c echo.Context, r targets.Record) string {
	return origin(c) + "/documents/" + itoa64(r.DocumentID) + "#fig-" + itoa64(r.ID)
}

// fileName says what a download holds: 株洲市_gdp_growth_2018-2021.
func fileName(parts ...string) string {
	var keep []string
	for _, p := range parts {
		p = strings.Map(func(r rune) rune {
			if r == '/' || r == '\\' || r == '"' || r < ' ' {
				return '_'
			}
			return r
		}, p)
		if p != "" {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		return "mubiao_figures"
	}
	return strings.Join(keep, "_")
}
