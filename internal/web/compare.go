package web

import (
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
		// Years with figures in scope, and how many regions each has.
		regionsIn, err := s.yearsWithin(ctx, scope.Code)
		if err != nil {
			return nil, err
		}
		var years []int
		for y := range regionsIn {
			years = append(years, y)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(years)))
		if year == 0 {
			bestN := 0
			for _, y := range years {
				if n := regionsIn[y]; n > bestN {
					year, bestN = y, n
				}
			}
		} else if regionsIn[year] == 0 && len(years) > 0 {
			shown := nearestYear(years, year)
			m.Notice = yearNotice(p.Lang, scope.Name, year, shown)
			year = shown
		}
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
		above, err := s.store.Cells(ctx, db.CellFilter{Year: year, Annual: true, Regions: ancestorCodes(tree, scope.Code)})
		if err != nil {
			return nil, err
		}
		m.Escalation = escalation(pr, tree, cells, above)
		// One ?sort= for both tables: region sorts both, an indicator's
		// key the matrix by its column, own and raise the escalation.
		mk := compareKeys(m.Columns)
		names := keyNames(mk)
		for k := range escalationKeys {
			names[k] = true
		}
		st, err := readSort(c, names, pages.Sort{}, "")
		if err != nil {
			return nil, err
		}
		m.MatrixSort, m.EscalationSort = st, st
		m.MatrixSort.Anchor, m.EscalationSort.Anchor = "compare-matrix", "escalation-table"
		sortRows(m.Rows, m.MatrixSort, mk)
		sortRows(m.Escalation, m.EscalationSort, escalationKeys)
		return pages.ComparePage(m), nil
	})
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

// escalation puts each region's target beside the targets of the regions
// above it for the same indicator and year (层层加码): the county's 8%
// against the city's 7.5% and the province's 7%. Only rates (%) compare
// across levels: a county's 228亿元 of investment is not a raise on the
// city's 1000亿元.
func escalation(pr presenter, t *regionTree, cells, above []targets.Cell) []pages.Escalation {
	targetOf := map[[2]string]*targets.Record{}
	for _, c := range append(append([]targets.Cell(nil), above...), cells...) {
		if c.Target != nil && c.Period == "" {
			targetOf[[2]string{c.RegionCode, c.Indicator}] = c.Target
		}
	}
	var out []pages.Escalation
	for _, c := range cells {
		if c.Target == nil || c.Target.Unit != "%" {
			continue
		}
		e := pages.Escalation{Key: c.RegionCode + "-" + c.Indicator, Indicator: c.Indicator,
			Region: crumb(t.byCode[c.RegionCode]), Own: ref(pr.lang, c.Target)}
		e.Name = pr.cell(c).Name
		var nearest *targets.Record
		for _, a := range t.ancestors(c.RegionCode) {
			if tg := targetOf[[2]string{a.Code, c.Indicator}]; tg != nil {
				e.Above = append(e.Above, pages.AboveTarget{Region: crumb(a), Target: ref(pr.lang, tg)})
				if nearest == nil {
					nearest = tg
				}
			}
		}
		if nearest == nil {
			continue
		}
		in, _ := targets.LookupIndicator(c.Indicator)
		d := c.Target.Value - nearest.Value
		e.Diff, e.DiffVal = pages.GapText(pr.lang, d, c.Target.Unit), d
		e.Raised = d > 0 && in.HigherIsBetter || d < 0 && !in.HigherIsBetter
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Indicator != out[j].Indicator {
			return indicatorLess(out[i].Indicator, out[j].Indicator)
		}
		return out[i].Region.Code < out[j].Region.Code
	})
	return out
}
