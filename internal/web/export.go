package web

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
)

// csvHeader names the export's columns: what a researcher needs to use a
// figure and to check it.
var csvHeader = []string{"region", "region_code", "level", "year", "period", "indicator", "indicator_zh", "kind",
	"value", "unit", "cmp", "preliminary", "status", "value_text", "quote", "document", "source_url"}

// handleExportCSV streams the figures matching the filters as CSV: UTF-8
// with a BOM unless ?bom=0 (Excel and WPS need it to read Chinese), one
// row per figure, cells that a spreadsheet would run as a formula
// neutralised.
func (s *Server) handleExportCSV(c echo.Context) error {
	q, err := s.figureQuery(c)
	if err != nil {
		return err
	}
	from, to, err := s.store.YearSpan(c.Request().Context(), q.filter)
	if err != nil {
		return err
	}
	years := ""
	if from != 0 {
		years = strconv.Itoa(from)
		if to != from {
			years += "-" + strconv.Itoa(to)
		}
	}
	name := fileName(q.regionName, q.filter.Indicator, string(q.filter.Kind), years) + ".csv"
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, "text/csv; charset=utf-8")
	h.Set(echo.HeaderContentDisposition, `attachment; filename="mubiao_figures.csv"; filename*=UTF-8''`+url.PathEscape(name))
	c.Response().WriteHeader(http.StatusOK)
	if c.QueryParam("bom") != "0" {
		if _, err := c.Response().Write([]byte("\ufeff")); err != nil {
			return nil // the client went away
		}
	}
	w := csv.NewWriter(c.Response())
	_ = w.Write(csvHeader)
	n := 0
	err = s.eachJudged(c, q.filter, func(r targets.Record, st targets.Status) error {
		in, _ := targets.LookupIndicator(r.Indicator)
		prelim := "false"
		if r.Preliminary {
			prelim = "true"
		}
		row := []string{cell(r.Region), cell(r.RegionCode), string(r.RegionLevel), strconv.Itoa(r.Year), cell(r.Period),
			cell(r.Indicator), cell(in.Zh), string(r.Kind), strconv.FormatFloat(r.Value, 'f', -1, 64), cell(r.Unit),
			cell(string(r.Cmp)), prelim, string(st), cell(r.ValueText), cell(r.Quote), cell(r.DocumentTitle), sourceURL(c, r)}
		if err := w.Write(row); err != nil {
			return err
		}
		if n++; n%2000 == 0 {
			w.Flush()
			c.Response().Flush()
		}
		return w.Error()
	})
	w.Flush()
	if err != nil {
		// Headers are sent: the best left is to stop; the truncated file
		// lacks rows rather than carrying an error page inside it.
		s.log.Error("export failed", "err", err)
	}
	return nil
}

// cell neutralises text a spreadsheet would run as a formula (OWASP CSV
// injection): a leading =, +, -, @, tab, CR or LF gets a ' in front.
// Numbers are written by the caller and never pass through here.
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return "'" + s
	}
	return s
}
