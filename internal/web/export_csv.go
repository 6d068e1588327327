package web

import (
	"encoding/csv"
	"errors"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
)

// handleExportCSV streams the figures matching the filters as CSV, one
// row per figure.
func (s *Server) handleExportCSV(c echo.Context) error { return s.writeCSV(c, figuresTable) }

// handleExportCellsCSV streams the cells matching the filters as CSV, one
// row per region × indicator × year, as the page shows them.
func (s *Server) handleExportCellsCSV(c echo.Context) error { return s.writeCSV(c, cellsTable) }

// writeCSV streams a table as CSV: UTF-8 with a BOM unless ?bom=0 (Excel
// and WPS need it to read Chinese), text from documents that a
// spreadsheet would run as a formula neutralised.
func (s *Server) writeCSV(c echo.Context, t exportTable) error {
	q, err := s.exportStart(c, t, ".csv", "text/csv; charset=utf-8")
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
	_ = w.Write(t.header)
	n := 0
	row := make([]string, len(t.header))
	err = t.rows(s, c, q, func(vals []any) error {
		for i, v := range vals {
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
	if err != nil && !errors.Is(err, errExportRefused) {
		// Headers are sent: the best left is to stop; the truncated file
		// lacks rows rather than carrying an error page inside it.
		s.log.Error("export failed", "err", err)
	}
	return nil
}

// csvText writes a typed export value as CSV text: numbers as numbers,
// Mubiao's own words as they are, text from documents neutralised.
func csvText(v any) string {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case string:
		return v
	case link:
		return string(v)
	case freeText:
		return cell(string(v))
	}
	return ""
}

// cell neutralises text a spreadsheet would run as a formula (OWASP CSV
// injection): a leading =, +, -, @, tab, CR or LF gets a ' in front.
// Only text from documents passes through here.
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
