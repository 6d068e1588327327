package web

import (
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/views/pages"
)

// The ranking's own export: one row per ranked region (or, by gap, per
// ranked cell) in the order and with the columns the page shows, with
// Chinese headers; the rate is a number (0.75) so a spreadsheet sorts it.

var rateHeader = []string{"名次", "地区", "地区代码", "层级", "年份", "命中率", "判定目标", "达成", "基本持平", "未达成",
	"待公布", "未找到结果", "待核实", "链接"}

var gapHeader = []string{"名次", "地区", "地区代码", "年份", "指标", "目标(原文)", "实际(原文)", "差距", "好于目标", "单位",
	"状态", "目标出处", "实际出处"}

// handleExportRankingsCSV downloads a ranking as CSV.
func (s *Server) handleExportRankingsCSV(c echo.Context) error {
	return s.writeCSV(c, rankingsTable(c))
}

// handleExportRankingsXLSX downloads a ranking as an Excel workbook.
func (s *Server) handleExportRankingsXLSX(c echo.Context) error {
	return s.writeXLSX(c, rankingsTable(c))
}

func rankingsTable(c echo.Context) exportTable {
	t := exportTable{name: "rankings", header: rateHeader,
		widths: []float64{6, 16, 10, 8, 11, 8, 9, 6, 9, 7, 7, 10, 7, 48}}
	if c.QueryParam("indicator") != "" {
		t.header, t.widths = gapHeader, []float64{6, 16, 10, 7, 22, 16, 16, 14, 10, 8, 8, 48, 48}
	}
	t.rows = func(s *Server, c echo.Context, _ figureQuery, emit func([]any) error) error {
		m, err := s.rankings(c)
		if err != nil {
			return err
		}
		for _, r := range m.Rows {
			if err := emit([]any{r.Rank, r.Region.Name, r.Region.Code, r.Region.Level.Zh(), m.Span(), r.RateVal, r.Assessed,
				r.Tally.Met, r.Tally.OnPar, r.Tally.Missed, r.Tally.Pending, r.Tally.NotFound, r.Shaky, link(origin(c) + r.Href)}); err != nil {
				return err
			}
		}
		for _, r := range m.Gaps {
			if err := emit(gapRow(c, m, r)); err != nil {
				return err
			}
		}
		return nil
	}
	return t
}

func gapRow(c echo.Context, m pages.Rankings, r pages.RankGap) []any {
	v := r.Cell
	src := func(f *pages.FigureRef) link { return link(origin(c) + f.Href()) }
	text := func(f *pages.FigureRef) freeText {
		if f.Preliminary {
			return freeText(f.Text + "(预计)")
		}
		return freeText(f.Text)
	}
	return []any{r.Rank, v.Region, v.RegionCode, v.Year, m.Indicator.Name, text(v.Target), text(v.Result), v.Gap, r.Margin,
		gapUnit("zh", v.Unit), v.Status.Zh(), src(v.Target), src(v.Result)}
}
