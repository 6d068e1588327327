package web

import (
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/views/pages"
)

// The escalation's own export (/export/escalation.*?within=SCOPE&year=):
// every row of the compare page's 层层加码, not only the ones it shows, in
// its order (?sort=&desc=, the largest raise first by default), with
// Chinese headers and each target's sentence a link away. The values
// are numbers in % and the raise in percentage points, so a spreadsheet
// sorts them.

var escalationHeader = []string{"指标", "地区", "地区代码", "年份", "本级目标(原文)", "本级目标(%)", "最近上级", "最近上级目标(原文)",
	"最近上级目标(%)", "加码", "加码(百分点)", "方向", "更上级目标", "本级目标出处", "上级目标出处", "指标代码"}

// handleExportEscalationCSV downloads a compare's escalation as CSV.
func (s *Server) handleExportEscalationCSV(c echo.Context) error {
	return s.writeCSV(c, escalationTable)
}

// handleExportEscalationXLSX downloads a compare's escalation as an Excel
// workbook.
func (s *Server) handleExportEscalationXLSX(c echo.Context) error {
	return s.writeXLSX(c, escalationTable)
}

var escalationTable = exportTable{
	name:   "escalation",
	header: escalationHeader,
	widths: []float64{22, 14, 10, 7, 14, 10, 14, 16, 12, 14, 10, 7, 24, 48, 48, 22},
	check: func(c echo.Context) error {
		if c.QueryParam("within") == "" {
			return badRequest("请用 within 指明范围(对比页的地区),例如 within=43。", "within (the compare page's scope) is required, e.g. within=43.")
		}
		_, err := escalationExportSort(c)
		return err
	},
	rows: func(s *Server, c echo.Context, q figureQuery, emit func([]any) error) error {
		ctx := c.Request().Context()
		tree, err := s.tree(c)
		if err != nil {
			return err
		}
		_, year, err := s.compareYears(ctx, q.filter.Within, q.filter.Year)
		if err != nil || year == 0 {
			return err
		}
		cells, err := s.store.Cells(ctx, db.CellFilter{Within: q.filter.Within, Year: year, Annual: true})
		if err != nil {
			return err
		}
		rows, err := s.escalation(ctx, "zh", tree, q.filter.Within, year, cells)
		if err != nil {
			return err
		}
		st, _ := escalationExportSort(c) // checked before the file started
		sortRows(rows, st, escalationKeys)
		for _, r := range rows {
			if err := emit(escalationLine(c, r, year)); err != nil {
				return err
			}
		}
		return nil
	},
}

// escalationExportSort is the export's order: the page's, which its
// buttons pass on.
func escalationExportSort(c echo.Context) (pages.Sort, error) {
	return sortParam(c, escalationKeys, escalationDefault, "")
}

// escalationLine is one row of the export, in escalationHeader's order.
// The raise as worded starts with + or −: guarded like document text, so
// a spreadsheet does not take +1个百分点 for a formula.
func escalationLine(c echo.Context, r *escalationRow, year int) []any {
	e := wordEscalation("zh", []*escalationRow{r})[0]
	text := func(f *pages.FigureRef) any {
		t := f.Text
		if f.Preliminary {
			t += "(预计)"
		}
		return freeText(t)
	}
	nearest := e.Above[0]
	var higher []string
	for _, a := range e.Above[1:] {
		higher = append(higher, a.Region.Name+":"+a.Target.Text)
	}
	direction := "持平"
	switch {
	case r.raise > 0:
		direction = "加码"
	case r.raise < 0:
		direction = "低于上级"
	}
	return []any{e.Name, e.Region.Name, e.Region.Code, year, text(e.Own), r.own.Value, nearest.Region.Name, text(nearest.Target),
		nearest.Target.Value, freeText(e.Diff), r.diff, direction, freeText(strings.Join(higher, ";")),
		link(origin(c) + e.Own.Href()), link(origin(c) + nearest.Target.Href()), r.indicator}
}
