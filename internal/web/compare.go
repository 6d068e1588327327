package web

import (
	"context"
	"sort"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// handleCompare is the matrix of a region and the regions below it ×
// indicators for one year (?scope=CODE&year=), and target escalation:
// each target next to the targets above it for the same indicator.
func (s *Server) handleCompare(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		ctx := c.Request().Context()
		year, err := yearParam(c)
		if err != nil {
			return nil, err
		}
		tree, err := s.tree(c)
		if err != nil {
			return nil, err
		}
		var scope targets.RegionSummary
		if v := c.QueryParam("scope"); v != "" {
			var ok bool
			if scope, ok = tree.resolve(v); !ok {
				return nil, unknownRegion(tree, v, func(code string, _ int) string { return pages.CompareURL(code, year) })
			}
		} else {
			scope = widestScope(tree)
		}
		p := page(c, "", "compare")
		p.Title = p.T("对比", "Compare")
		m := pages.Compare{Page: p, Scope: scope.Code, ScopeName: scope.Name}
		m.Scopes = tree.scopeOptions(scope.Code, p)
		if scope.Code == "" {
			return pages.ComparePage(m), nil
		}
		years, shown, err := s.compareYears(ctx, scope.Code, year)
		if err != nil {
			return nil, err
		}
		if year != 0 && shown != year {
			m.Notice = yearNotice(p.Lang, scope.Name, year, shown)
		}
		year = shown
		m.Year = year
		m.Years = yearOptions(years, year)
		cells, err := s.store.Cells(ctx, db.CellFilter{Within: scope.Code, Year: year, Annual: true})
		if err != nil {
			return nil, err
		}
		pr, err := s.presenter(c)
		if err != nil {
			return nil, err
		}
		stmts, err := s.statements(ctx, cells)
		if err != nil {
			return nil, err
		}
		pr.noteRevisions(stmts)
		m.Columns, m.Rows = compareMatrix(pr, tree, scope.Code, cells, stmts)
		m.Basis = basisSummary(pr, cells)
		if err := s.compareSorts(c, &m, pr, tree, cells); err != nil {
			return nil, err
		}
		return pages.ComparePage(m), nil
	})
}

// compareSorts orders both tables by the page's one ?sort= (region
// sorts both, an indicator's key the matrix by its column, own and raise
// the escalation, which keeps its largest raise first for the others)
// and cuts the escalation to its first rows unless ?esc=all.
func (s *Server) compareSorts(c echo.Context, m *pages.Compare, pr presenter, tree *regionTree, cells []targets.Cell) error {
	mk := compareKeys(m.Columns)
	names := keyNames(mk)
	for k := range escalationKeys {
		names[k] = true
	}
	st, err := readSort(c, names, pages.Sort{}, "")
	if err != nil {
		return err
	}
	all, err := escalationParam(c)
	if err != nil {
		return err
	}
	m.MatrixSort, m.EscalationSort = st, escalationSort(st)
	if _, ok := mk[st.Key]; !ok {
		// not one of the matrix's: it keeps its tree order and indents
		m.MatrixSort.Key, m.MatrixSort.Desc, m.MatrixSort.Asked = "", false, false
	}
	m.MatrixSort.Anchor, m.EscalationSort.Anchor = "compare-matrix", "escalation-table"
	sortRows(m.Rows, m.MatrixSort, mk)
	esc, err := s.escalation(c.Request().Context(), pr.lang, tree, m.Scope, m.Year, cells)
	if err != nil {
		return err
	}
	sortRows(esc, m.EscalationSort, escalationKeys)
	m.EscalationTotal, m.EscalationCut, m.EscalationAll = len(esc), escalationShown, all && len(esc) > escalationShown
	switch {
	case m.EscalationAll:
		m.EscalationToggle = withEsc(c, "")
	case len(esc) > escalationShown:
		esc = esc[:escalationShown]
		m.EscalationToggle = withEsc(c, "all")
	}
	m.Escalation = wordEscalation(pr.lang, esc)
	m.EscalationExport = pages.Query("within", m.Scope, "year", pages.Itoa(m.Year))
	return nil
}

// escalation is the 层层加码 of a scope's cells in a year, against the
// targets of the regions above the scope as well as those within it.
func (s *Server) escalation(ctx context.Context, lang string, tree *regionTree, scope string, year int, cells []targets.Cell) ([]*escalationRow, error) {
	above, err := s.store.Cells(ctx, db.CellFilter{Year: year, Annual: true, Regions: ancestorCodes(tree, scope)})
	if err != nil {
		return nil, err
	}
	return escalationRows(lang, tree, cells, above), nil
}

// compareYears are the years with figures in scope, latest first, and
// the year to show for the one asked: itself, the nearest year with
// figures, or (0 asked) the year the most regions have figures for.
func (s *Server) compareYears(ctx context.Context, scope string, asked int) ([]int, int, error) {
	regionsIn, err := s.yearsWithin(ctx, scope)
	if err != nil {
		return nil, 0, err
	}
	var years []int
	for y := range regionsIn {
		years = append(years, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	year := asked
	if year == 0 {
		bestN := 0
		for _, y := range years {
			if n := regionsIn[y]; n > bestN {
				year, bestN = y, n
			}
		}
	} else if regionsIn[year] == 0 && len(years) > 0 {
		year = nearestYear(years, year)
	}
	return years, year, nil
}

// widestScope is the region with figures of its own and the most regions
// with figures below it: the default comparison.
func widestScope(t *regionTree) targets.RegionSummary {
	var best targets.RegionSummary
	bestN := -1
	t.walk(func(r targets.RegionSummary, depth int) {
		if r.Figures == 0 {
			return
		}
		n := 0
		var count func(code string)
		count = func(code string) {
			for _, ch := range t.children[code] {
				if t.byCode[ch].Figures > 0 {
					n++
				}
				count(ch)
			}
		}
		count(r.Code)
		if n > bestN {
			best, bestN = r, n
		}
	})
	return best
}

func ancestorCodes(t *regionTree, code string) []string {
	var out []string
	for _, a := range t.ancestors(code) {
		out = append(out, a.Code)
	}
	if len(out) == 0 {
		out = []string{""} // matches nothing: IN () is not SQL
	}
	return out
}

// compareMatrix lays cells out as regions (tree order) × indicators. The
// columns are headline indicators with data and any other indicator that
// at least two regions share: a column of one region compares nothing.
func compareMatrix(pr presenter, t *regionTree, scope string, cells []targets.Cell, stmts map[statementKey][]targets.Record) ([]pages.IndicatorItem, []pages.CompareRow) {
	regionsOf := map[string]map[string]bool{}
	byRegion := map[string][]targets.Cell{}
	for _, c := range cells {
		if regionsOf[c.Indicator] == nil {
			regionsOf[c.Indicator] = map[string]bool{}
		}
		regionsOf[c.Indicator][c.RegionCode] = true
		byRegion[c.RegionCode] = append(byRegion[c.RegionCode], c)
	}
	var keys []string
	for k, rs := range regionsOf {
		if isHeadline(k) || len(rs) >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return indicatorLess(keys[i], keys[j]) })
	col := map[string]int{}
	var cols []pages.IndicatorItem
	for i, k := range keys {
		col[k] = i
		cols = append(cols, indicatorItem(pr.lang, k))
	}
	var rows []pages.CompareRow
	var visit func(code string, depth int)
	visit = func(code string, depth int) {
		row := pages.CompareRow{Region: crumb(t.byCode[code]), Depth: depth, Cells: make([]*pages.Cell, len(keys))}
		shown := false
		for _, c := range byRegion[code] {
			if i, ok := col[c.Indicator]; ok {
				v := pr.cellWithHistory(c, stmts)
				row.Cells[i], shown = &v, true
			}
		}
		if shown {
			rows = append(rows, row)
		}
		for _, ch := range t.children[code] {
			visit(ch, depth+1)
		}
	}
	visit(scope, 0)
	return cols, rows
}
