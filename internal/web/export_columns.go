package web

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
	"github.com/mubiao/mubiao/views/pages"
)

// Two exports of one view. The figure-level one (/export/figures.*) has
// every figure read, in the figures contract's names: what a researcher
// needs to use and check each one, several per cell where several
// documents state it. The cell-shaped one (/export/cells.*) has one row
// per region × indicator × year, as the page shows it, with Chinese
// headers: counting its 状态 in Excel gives the page's counts.

// freeText is text from a document (a quote, a title, a value as the
// report wrote it). Only it can start like a formula, so only it gets
// the CSV formula guard; numbers and Mubiao's own words are written as
// they are.
type freeText string

// link is a URL cell: a hyperlink in xlsx, the URL as text in CSV.
type link string

// exportTable is what an export writes: its sheet, columns and widths,
// and its rows streamed as typed values (int, float64, bool, string,
// freeText, link).
type exportTable struct {
	name   string // file name suffix and sheet name
	header []string
	widths []float64
	rows   func(s *Server, c echo.Context, q figureQuery, emit func([]any) error) error
	// check refuses bad parameters of its own before the file starts.
	check func(c echo.Context) error
}

// exportHeader names the figure-level export's columns, the same in CSV
// and xlsx. in_cell marks the figure its cell shows (the others state the
// same cell in other documents); filter on it to count as the page does.
var exportHeader = []string{"region", "region_code", "level", "year", "period", "indicator", "indicator_zh", "kind",
	"value", "unit", "cmp", "preliminary", "status", "value_text", "quote", "document", "source_url", "review_status",
	"in_cell", "confidence"}

var figuresTable = exportTable{
	name:   "figures",
	header: exportHeader,
	widths: []float64{14, 12, 10, 7, 9, 22, 22, 10, 10, 8, 8, 11, 10, 16, 60, 32, 48, 12, 8, 10},
	rows: func(s *Server, c echo.Context, q figureQuery, emit func([]any) error) error {
		lang := exportLang(c)
		// One row of values for the whole file: both writers copy it out
		// before the next (a fresh slice per figure was a sixth of an
		// export's allocation).
		row := make([]any, len(exportHeader))
		return s.eachCell(c, q.filter, func(cell targets.Cell, group []targets.Record) error {
			for _, r := range group {
				in := cell.Target != nil && cell.Target.ID == r.ID || cell.Result != nil && cell.Result.ID == r.ID
				if err := emit(exportRow(row, c, lang, r, cell.Status, in)); err != nil {
					return err
				}
			}
			return nil
		})
	},
}

// exportRow is one figure as typed values in exportHeader's order.
// value_text is the value as the report words it: the report's own
// text where it is not one number (6.9:44.8:48.3), else the value with
// its bound as pages write it (8%以上, 1697.7万人).
// It fills row (len(exportHeader)) and returns it.
func exportRow(row []any, c echo.Context, lang string, r targets.Record, st targets.Status, inCell bool) []any {
	in, _ := targets.LookupIndicator(r.Indicator)
	var text any = valueText(lang, r)
	if r.ValueText != "" {
		text = freeText(r.ValueText)
	}
	copy(row, []any{r.Region, r.RegionCode, string(r.RegionLevel), r.Year, r.Period,
		r.Indicator, in.Zh, string(r.Kind), r.Value, r.Unit,
		exportCmp(lang, r.Cmp), r.Preliminary, exportStatus(lang, st), text, freeText(r.Quote), freeText(r.DocumentTitle),
		link(sourceURL(c, r)), r.ReviewStatus, inCell, r.Confidence})
	return row
}

// exportStatus words a cell's status in the export's language, one
// language per file: a zh file reads 未找到结果, never not_found beside 以上.
// The file has no separate code column; a spreadsheet filters on the word.
func exportStatus(lang string, st targets.Status) string {
	if lang != "en" {
		return st.Zh()
	}
	switch st {
	case targets.StatusMet:
		return "met"
	case targets.StatusMissed:
		return "missed"
	case targets.StatusOnPar:
		return "on par"
	case targets.StatusPending:
		return "pending"
	case targets.StatusNotFound:
		return "not found"
	case targets.StatusNoTarget:
		return "no target"
	}
	return string(st)
}

// exportCmp words a comparator in the export's language: 以上/以内/左右/等于
// in zh; in en the signs value_text writes (≥ 8%), so the two columns
// agree. A plain number is "exactly", not "=": a cell "=" is a formula to Excel.
func exportCmp(lang string, cmp targets.Comparator) string {
	if lang != "en" {
		return pages.CmpWord(lang, cmp)
	}
	switch cmp {
	case targets.AtLeast:
		return "≥"
	case targets.AtMost:
		return "≤"
	case targets.About:
		return "about"
	}
	return "exactly"
}

// valueText is the value as the report words it: its own text where it
// is not one number, else the value with its bound as pages write it.
func valueText(lang string, r targets.Record) string {
	if r.ValueText != "" {
		return r.ValueText
	}
	return pages.Worded(lang, r.Value, r.Unit, r.Cmp)
}

// cellHeader names the cell-shaped export's columns: the nine a reader
// of the page wants, then what a spreadsheet needs to join and filter.
var cellHeader = []string{"地区", "年份", "指标", "目标(原文)", "实际(原文)", "差距", "状态", "目标出处", "实际出处",
	"地区代码", "指标代码", "期间", "单位", "备注"}

var cellsTable = exportTable{
	name:   "cells",
	header: cellHeader,
	widths: []float64{14, 7, 24, 16, 18, 14, 11, 44, 44, 12, 24, 11, 8, 60},
	check:  checkCellExport,
	rows: func(s *Server, c echo.Context, q figureQuery, emit func([]any) error) error {
		// The request's presenter: the page's basis. Its words stay
		// Chinese, as the headers and 备注 are, on an English page too.
		pr, err := s.presenter(c)
		if err != nil {
			return err
		}
		pr.lang = "zh"
		st, err := exportSort(c)
		if err != nil {
			return err
		}
		if st.Key == "" {
			return s.eachCell(c, q.filter, func(cell targets.Cell, group []targets.Record) error {
				return emit(cellRow(c, pr.cell(cell), cell, len(group)))
			})
		}
		// Past maxSortedCells the file is sent whole but unsorted (in the
		// store's order, the rows held so far first): a complete file in
		// another order beats a sorted one cut short.
		var rows []sortedCell
		streaming := false
		err = s.eachCell(c, q.filter, func(cell targets.Cell, group []targets.Record) error {
			if streaming {
				return emit(cellRow(c, pr.cell(cell), cell, len(group)))
			}
			if len(rows) == maxSortedCells {
				c.Logger().Warnf("%v: sending it unsorted", errTooManyToSort)
				streaming = true
				for _, r := range rows {
					if err := emit(cellRow(c, r.view, r.cell, r.figures)); err != nil {
						return err
					}
				}
				rows = nil
				return emit(cellRow(c, pr.cell(cell), cell, len(group)))
			}
			rows = append(rows, sortedCell{view: pr.cell(cell), cell: cell, figures: len(group)})
			return nil
		})
		if err != nil || streaming {
			return err
		}
		sortExportCells(rows, st)
		for _, r := range rows {
			if err := emit(cellRow(c, r.view, r.cell, r.figures)); err != nil {
				return err
			}
		}
		return nil
	},
}

// cellRow is one cell as the page shows it, in cellHeader's order.
func cellRow(c echo.Context, v pages.Cell, cell targets.Cell, figures int) []any {
	side := func(f *pages.FigureRef, r *targets.Record) (any, any) {
		if f == nil {
			return "", ""
		}
		text := f.Text
		if f.Preliminary {
			text += "(预计)"
		}
		var t any = text
		if r.ValueText != "" {
			t = freeText(text)
		}
		return t, link(sourceURL(c, *r))
	}
	tText, tSrc := side(v.Target, cell.Target)
	rText, rSrc := side(v.Result, cell.Result)
	var notes []string
	for _, f := range []*pages.FigureRef{v.Target, v.Result} {
		if f != nil && f.Shaky {
			notes = append(notes, "待核实:"+pages.ShakyTitle(layout.Page{Lang: "zh"}, f))
		}
	}
	if v.Later != nil {
		notes = append(notes, "未找到结果:回顾"+strconv.Itoa(v.Year)+"年的报告《"+v.Later.Title+"》已收录,未读到这一结果")
	}
	shown := 0
	if cell.Target != nil {
		shown++
	}
	if cell.Result != nil {
		shown++
	}
	if figures > shown {
		notes = append(notes, "另有 "+strconv.Itoa(figures-shown)+" 个数字陈述同一项,见逐条导出")
	}
	return []any{v.Region, v.Year, v.Name, tText, rText, v.Gap, v.Status.Zh(), tSrc, rSrc,
		v.RegionCode, v.Indicator, v.Period, v.Unit, freeText(strings.Join(notes, ";"))}
}

// exportLang is the language of an export's words (cmp, value_text):
// the page's, which the export buttons pass on.
func exportLang(c echo.Context) string {
	if c.QueryParam("lang") == "en" {
		return "en"
	}
	return "zh"
}

// exportStart reads the filters and sets the download headers: a file
// name that says what the file holds (株洲市_gdp_growth_2018-2021.csv;
// 株洲市_within_2021_cells.xlsx for 株洲市 and the regions below it), with
// an ASCII fallback for old clients.
func (s *Server) exportStart(c echo.Context, t exportTable, ext, contentType string) (figureQuery, error) {
	q, err := s.figureQuery(c)
	if err != nil {
		return q, err
	}
	if t.check != nil {
		if err := t.check(c); err != nil {
			return q, err
		}
	}
	from, to, err := s.store.YearSpan(c.Request().Context(), q.filter)
	if err != nil {
		return q, err
	}
	years := ""
	if from != 0 {
		years = strconv.Itoa(from)
		if to != from {
			years += "-" + strconv.Itoa(to)
		}
	}
	within := ""
	if q.within {
		within = "within"
	}
	suffix := ""
	if t.name != "figures" {
		suffix = t.name
	}
	name := fileName(q.regionName, within, q.filter.Indicator, string(q.filter.Kind), years, suffix) + ext
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, contentType)
	h.Set(echo.HeaderContentDisposition, `attachment; filename="mubiao_`+t.name+ext+`"; filename*=UTF-8''`+url.PathEscape(name))
	return q, nil
}
