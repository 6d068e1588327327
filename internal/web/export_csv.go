package web

import (
	"encoding/csv"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
)

// handleExportCSV streams the figures matching the filters as CSV: UTF-8
// with a BOM unless ?bom=0 (Excel and WPS need it to read Chinese), one
// row per figure, cells that a spreadsheet would run as a formula
// neutralised.
func (s *Server) handleExportCSV(c echo.Context) error {
	q, err := s.exportStart(c, ".csv", "text/csv; charset=utf-8")
	if err != nil {
		return err
	}
	c.Response().WriteHeader(http.StatusOK)
	if c.QueryParam("bom") != "0" {
		if _, err := c.Response().Write([]byte("\ufeff")); err != nil {
			return nil // the client went away
		}
	}
	w := csv.NewWriter(c.Response())
	_ = w.Write(exportHeader)
	n := 0
	row := make([]string, len(exportHeader))
	err = s.eachJudged(c, q.filter, func(r targets.Record, st targets.Status) error {
		for i, v := range exportRow(c, r, st) {
			row[i] = csvText(v)
		}
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

// csvText writes a typed export value as CSV text: numbers as numbers,
// text neutralised.
func csvText(v any) string {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case string:
		return cell(v)
	}
	return ""
}

// cell neutralises text a spreadsheet would run as a formula (OWASP CSV
// injection): a leading =, +, -, @, tab, CR or LF gets a ' in front.
// Numbers are written by csvText and never pass through here.
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
