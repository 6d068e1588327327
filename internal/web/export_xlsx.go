package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/xuri/excelize/v2"

	"github.com/mubiao/mubiao/internal/targets"
)

// xlsxMaxRows is the most data rows a worksheet holds (1,048,576 rows
// less the header). Past it the export refuses up front and points to CSV
// rather than sending a file Excel would cut short.
const xlsxMaxRows = 1048575

// xlsxWidths are the column widths, in characters, in exportHeader's order.
var xlsxWidths = []float64{14, 12, 10, 7, 9, 22, 22, 10, 10, 8, 8, 11, 10, 14, 60, 32, 48, 12}

// handleExportXLSX writes the figures matching the filters as an Excel
// workbook: a frozen header row, typed columns (year an integer, value a
// number, preliminary a boolean), and a table so every column filters.
// excelize's stream writer keeps rows past 16 MB in a temporary file, so
// memory stays bounded however many rows there are. Text cells are
// stored as strings: xlsx has no way for a string to become a formula,
// so they need no neutralising and keep their exact wording.
func (s *Server) handleExportXLSX(c echo.Context) error {
	q, err := s.exportStart(c, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	total, err := s.store.CountFigures(ctx, q.filter)
	if err != nil {
		return err
	}
	if total > xlsxMaxRows {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge,
			strconv.Itoa(total)+" figures match: more rows than a worksheet holds; narrow the filters or use /export/figures.csv")
	}
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "figures"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, w := range xlsxWidths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	header := make([]any, len(exportHeader))
	for i, h := range exportHeader {
		header[i] = h
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	n := 1
	err = s.eachJudged(c, q.filter, func(r targets.Record, st targets.Status) error {
		n++
		cellRef, err := excelize.CoordinatesToCellName(1, n)
		if err != nil {
			return err
		}
		return sw.SetRow(cellRef, exportRow(c, r, st))
	})
	if err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(exportHeader), max(n, 2))
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: "figures", StyleName: "TableStyleLight9"}); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	c.Response().WriteHeader(http.StatusOK)
	if err := f.Write(c.Response()); err != nil {
		s.log.Error("xlsx export failed", "err", err) // headers are sent
	}
	return nil
}
