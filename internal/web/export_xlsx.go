package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/xuri/excelize/v2"
)

// xlsxMaxRows is the most data rows a worksheet holds (1,048,576 rows
// less the header). Past it the export refuses up front and points to CSV
// rather than sending a file Excel would cut short.
const xlsxMaxRows = 1048575

// handleExportXLSX writes the figures matching the filters as an Excel
// workbook, one row per figure.
func (s *Server) handleExportXLSX(c echo.Context) error { return s.writeXLSX(c, figuresTable) }

// handleExportCellsXLSX writes the cells matching the filters as an Excel
// workbook, one row per region × indicator × year.
func (s *Server) handleExportCellsXLSX(c echo.Context) error { return s.writeXLSX(c, cellsTable) }

// writeXLSX writes a table as a workbook: a frozen header row, typed
// columns (year an integer, value a number, preliminary a boolean), links
// to the source sentences as hyperlinks, and a table so every column
// filters. excelize's stream writer keeps rows past 16 MB in a temporary
// file, so memory stays bounded however many rows there are. Text cells
// are stored as strings: xlsx has no way for a string to become a
// formula, so they need no neutralising and keep their exact wording.
func (s *Server) writeXLSX(c echo.Context, t exportTable) error {
	q, err := s.exportStart(c, t, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	if err != nil {
		return err
	}
	total, err := s.store.CountFigures(c.Request().Context(), q.filter)
	if err != nil {
		return err
	}
	if total > xlsxMaxRows {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge,
			strconv.Itoa(total)+" figures match: more rows than a worksheet holds; narrow the filters or use /export/"+t.name+".csv")
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := t.name
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	linkStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "1F5FA8", Underline: "single"}})
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, w := range t.widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	header := make([]any, len(t.header))
	for i, h := range t.header {
		header[i] = h
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	n := 1
	row := make([]any, len(t.header))
	err = t.rows(s, c, q, func(vals []any) error {
		n++
		for i, v := range vals {
			row[i] = xlsxValue(v, linkStyle)
		}
		cellRef, err := excelize.CoordinatesToCellName(1, n)
		if err != nil {
			return err
		}
		return sw.SetRow(cellRef, row)
	})
	if err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(t.header), max(n, 2))
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: t.name, StyleName: "TableStyleLight9"}); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	c.Response().WriteHeader(http.StatusOK)
	if err := f.Write(c.Response()); err != nil && !errors.Is(err, errExportRefused) {
		s.log.Error("xlsx export failed", "err", err) // headers are sent
	}
	return nil
}

// xlsxValue is a typed export value as a worksheet cell. A link is a
// HYPERLINK formula showing its URL, which Excel and WPS open with a
// click; the stream writer has no other way to make one. The URL is
// Mubiao's own (origin + /documents/N#fig-M), and quotes in it are
// doubled, so it stays one string inside the formula.
func xlsxValue(v any, linkStyle int) any {
	switch v := v.(type) {
	case freeText:
		return string(v)
	case link:
		if v == "" {
			return ""
		}
		u := strings.ReplaceAll(string(v), `"`, `""`)
		return excelize.Cell{StyleID: linkStyle, Formula: `HYPERLINK("` + u + `","` + u + `")`, Value: string(v)}
	}
	return v
}
