package web

import (
	"context"
	"sort"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// A result is often stated more than once: 预计 in the next January's
// report, final in a statistical bulletin or a later report. Every view
// that shows verdicts judges on one of them, named by ?basis=: "" the
// most certain (final over 预计, as the stored cell does), first the
// result as first reported, final the latest final statement (a cell
// with only estimates has none, and waits: 待公布).

// basisParam reads ?basis=.
func basisParam(c echo.Context) (string, error) {
	switch b := c.QueryParam("basis"); b {
	case "", "first", "final":
		return b, nil
	}
	return "", badRequest("basis 可以是 first(首次公布的结果)或 final(最终结果)。", "basis is first (the result as first reported) or final (the latest final result).")
}

// atBasis is the cell judged on the basis's result: the result it shows
// and the verdict on it. Under final, a cell whose every statement is an
// estimate keeps showing the estimate (marked 预计) but is not judged.
func atBasis(c targets.Cell, basis string) targets.Cell {
	if c.Result == nil {
		return c
	}
	switch basis {
	case "first":
		if c.FirstResult != nil && c.FirstStatus != "" {
			c.Result, c.Status = c.FirstResult, c.FirstStatus
		}
	case "final":
		if c.FinalResult != nil && c.FinalStatus != "" {
			c.Result, c.Status = c.FinalResult, c.FinalStatus
		} else if c.Target != nil {
			c.Status = targets.StatusPending
		}
	}
	return c
}

// revised says whether a cell's result was first stated as one number
// and later, in another document, as another (预计 5.0% → 5.2%, or two
// estimates); two readings in one report revise nothing. Asked of a cell
// before atBasis moved its result (annualCells notes it first).
func revised(c targets.Cell) bool {
	return restated(c.FirstResult, c.Result) || restated(c.FirstResult, c.FinalResult)
}

// restated says whether two statements of a result are another
// document's different number.
func restated(a, b *targets.Record) bool {
	return a != nil && b != nil && a.DocumentID != b.DocumentID && a.Value != b.Value
}

// estimateOnly says whether every statement of a cell's result is 预计.
func estimateOnly(c targets.Cell) bool { return c.Result != nil && c.FinalResult == nil }

// withBasis is a view's URL on a basis: links to the full view and the
// embeds keep the basis the page was judged on.
func withBasis(u, basis string) string {
	if basis == "" {
		return u
	}
	if strings.Contains(u, "?") {
		return u + "&basis=" + basis
	}
	return u + "?basis=" + basis
}

// basisSummary counts what the basis switch changes among a view's cells,
// so the page says whether it matters here: on the shipped seeds no
// result is revised, and a page says so only where that is true.
func basisSummary(p presenter, cells []targets.Cell) pages.BasisSummary {
	sum := pages.BasisSummary{Basis: p.basis}
	for _, c := range cells {
		if !revised(c) && !p.revised[keyOf(c)] {
			if c.Target != nil && estimateOnly(c) {
				sum.EstimateOnly++
			}
			continue
		}
		sum.Revised++
		if c.Target != nil { // a result with no target has no verdict to change
			sum.RevisedJudged++
		}
	}
	return sum
}

// noteRevisions marks the cells whose statements differ in value, where
// a view has read them: a result the store reads as first and final in
// one document (a bulletin sorts before the next year's report) can
// still have been stated otherwise elsewhere, and the page shows it.
func (p presenter) noteRevisions(stmts map[statementKey][]targets.Record) {
	for k, fs := range stmts {
		for i := range fs {
			for j := i + 1; j < len(fs) && !p.revised[k]; j++ {
				p.revised[k] = restated(&fs[i], &fs[j])
			}
		}
	}
}

// statementKey names a cell's result statements.
type statementKey struct {
	region, indicator, period string
	year                      int
}

func keyOf(c targets.Cell) statementKey {
	return statementKey{c.RegionCode, c.Indicator, c.Period, c.Year}
}

// statements reads every statement of the results of the cells stated by
// more than one figure, in one query: the history a cell shows.
func (s *Server) statements(ctx context.Context, cells []targets.Cell) (map[statementKey][]targets.Record, error) {
	var keys []db.CellKey
	seen := map[db.CellKey]bool{}
	for _, c := range cells {
		k := db.CellKey{Region: c.RegionCode, Indicator: c.Indicator, Year: c.Year}
		if c.Results > 1 && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	out := map[statementKey][]targets.Record{}
	if len(keys) == 0 {
		return out, nil
	}
	figs, err := s.store.FiguresOfCells(ctx, keys)
	if err != nil {
		return nil, err
	}
	for _, f := range figs {
		if f.Kind == targets.Reported {
			k := statementKey{f.RegionCode, f.Indicator, f.Period, f.Year}
			out[k] = append(out[k], f)
		}
	}
	for _, fs := range out {
		sortStatements(fs)
	}
	return out, nil
}

// sortStatements orders a result's statements as they were published:
// by report year, then the document stored first, then the figure.
func sortStatements(fs []targets.Record) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.ReportYear != b.ReportYear:
			return a.ReportYear < b.ReportYear
		case a.DocumentID != b.DocumentID:
			return a.DocumentID < b.DocumentID
		}
		return a.ID < b.ID
	})
}

// history is a cell's result statements as views show them, when more
// than one document states the result: each linked to its sentence, the
// first-reported, latest final and shown ones marked.
func (p presenter) history(c targets.Cell, shown *targets.Record, figs []targets.Record) []pages.Statement {
	docs := map[int64]bool{}
	for _, f := range figs {
		docs[f.DocumentID] = true
	}
	if len(docs) < 2 {
		return nil // one report stating a result twice revises nothing
	}
	out := make([]pages.Statement, 0, len(figs))
	for i := range figs {
		f := &figs[i]
		st := pages.Statement{FigureRef: *ref(p.lang, f)}
		st.First = c.FirstResult != nil && c.FirstResult.ID == f.ID
		st.Final = c.FinalResult != nil && c.FinalResult.ID == f.ID
		st.Shown = shown != nil && shown.ID == f.ID
		out = append(out, st)
	}
	return out
}

// cellsWithHistory presents cells with their result histories.
func (p presenter) cellsWithHistory(cells []targets.Cell, stmts map[statementKey][]targets.Record) []pages.Cell {
	out := make([]pages.Cell, 0, len(cells))
	for _, c := range cells {
		out = append(out, p.cellWithHistory(c, stmts))
	}
	return out
}

func (p presenter) cellWithHistory(c targets.Cell, stmts map[statementKey][]targets.Record) pages.Cell {
	v := p.cell(c)
	if fs := stmts[keyOf(c)]; len(fs) > 1 {
		v.History = p.history(c, atBasis(c, p.basis).Result, fs)
	}
	return v
}

// yearTallies are a region's tallies by year on a basis: the stored ones
// for the default, else counted from its cells judged on the basis.
func (s *Server) yearTallies(ctx context.Context, region, basis string) ([]db.YearTally, error) {
	if basis == "" {
		return s.store.Tallies(ctx, region)
	}
	cells, err := s.store.Cells(ctx, db.CellFilter{Region: region, Annual: true})
	if err != nil {
		return nil, err
	}
	return talliesOf(cells, basis), nil
}

// talliesOf counts whole-year cells by year on a basis, years ascending,
// as the store's tallies count them.
func talliesOf(cells []targets.Cell, basis string) []db.YearTally {
	by := map[int]*db.YearTally{}
	var years []int
	for _, c := range cells {
		if c.Period != "" {
			continue
		}
		t := by[c.Year]
		if t == nil {
			t = &db.YearTally{Year: c.Year}
			by[c.Year] = t
			years = append(years, c.Year)
		}
		c = atBasis(c, basis)
		t.Add(c.Status)
		if judged(c.Status) && cellShaky(c) {
			t.Shaky++
		}
	}
	sort.Ints(years)
	out := make([]db.YearTally, 0, len(years))
	for _, y := range years {
		out = append(out, *by[y])
	}
	return out
}
