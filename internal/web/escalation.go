package web

import (
	"net/url"
	"sort"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// escalationShown is how many rows of 层层加码 a compare shows unless
// asked for all (?esc=all): a province has 1,600 of them, more than
// anyone reads on a page (and a fifth of its build); the export has
// every row.
const escalationShown = 100

// escalationDefault is the table's own order: the largest raise first,
// so the rows shown are the ones a reader looks for.
var escalationDefault = pages.Sort{Key: "raise", Desc: true}

// escalationRow is a target set below with the targets above it, before
// it is worded: a table sorts and cuts its rows first and words only the
// ones it shows.
type escalationRow struct {
	indicator, name string
	region          pages.Crumb
	own             *targets.Record
	above           []aboveRecord // nearest first
	diff            float64       // own − nearest above
	raise           float64       // diff in the indicator's direction: > 0 is 加码
}

type aboveRecord struct {
	region pages.Crumb
	target *targets.Record
}

// escalationRows puts each region's target beside the targets of the
// regions above it for the same indicator and year (层层加码): the
// county's 8% against the city's 7.5% and the province's 7%. Only rates
// (%) compare across levels: a county's 228亿元 of investment is not a
// raise on the city's 1000亿元. Rows come by indicator, then region.
func escalationRows(lang string, t *regionTree, cells, above []targets.Cell) []*escalationRow {
	type key struct{ region, indicator string }
	targetOf := make(map[key]*targets.Record, len(cells)+len(above))
	for _, list := range [][]targets.Cell{above, cells} {
		for _, c := range list {
			if c.Target != nil && c.Period == "" {
				targetOf[key{c.RegionCode, c.Indicator}] = c.Target
			}
		}
	}
	// Per region and per indicator once, not per row: a prefecture's
	// counties share its ancestors, a province's rows a dozen names.
	ancestors := map[string][]targets.RegionSummary{}
	indicators := map[string]targets.Indicator{}
	names := map[string]string{}
	// Rows are sorted by pointer: 1,600 of them copied at each swap were
	// a third of the table's cost.
	all := make([]escalationRow, 0, len(cells))
	for _, c := range cells {
		if c.Target == nil || c.Target.Unit != "%" {
			continue
		}
		parent := t.byCode[c.RegionCode].ParentCode
		as, ok := ancestors[parent]
		if !ok {
			as = t.ancestors(c.RegionCode)
			ancestors[parent] = as
		}
		var ab []aboveRecord
		for _, a := range as {
			if tg := targetOf[key{a.Code, c.Indicator}]; tg != nil {
				ab = append(ab, aboveRecord{region: crumb(a), target: tg})
			}
		}
		if len(ab) == 0 {
			continue
		}
		in, ok := indicators[c.Indicator]
		if !ok {
			in, _ = targets.LookupIndicator(c.Indicator)
			indicators[c.Indicator] = in
			names[c.Indicator] = in.Zh // an other: indicator is named by its own words
			if lang == "en" {
				names[c.Indicator] = in.En
			}
		}
		d := c.Target.Value - ab[0].target.Value
		r := d
		if !in.HigherIsBetter {
			r = -d // a lower unemployment rate is the raise
		}
		all = append(all, escalationRow{indicator: c.Indicator, name: names[c.Indicator], region: crumb(t.byCode[c.RegionCode]),
			own: c.Target, above: ab, diff: d, raise: r})
	}
	out := make([]*escalationRow, len(all))
	for i := range all {
		out[i] = &all[i]
	}
	return byIndicator(out)
}

// byIndicator orders rows by indicator (catalogue order), keeping the
// cells' region order within each: a dozen indicators sorted once, not
// 1,600 rows compared by name.
func byIndicator(rows []*escalationRow) []*escalationRow {
	groups := map[string][]*escalationRow{}
	var keys []string
	for _, r := range rows {
		if groups[r.indicator] == nil {
			keys = append(keys, r.indicator)
		}
		groups[r.indicator] = append(groups[r.indicator], r)
	}
	sort.Slice(keys, func(i, j int) bool { return indicatorLess(keys[i], keys[j]) })
	out := make([]*escalationRow, 0, len(rows))
	for _, k := range keys {
		out = append(out, groups[k]...)
	}
	return out
}

// escalationKeys are the columns of 层层加码 (all rates, in %); raise
// sorts by how far a target goes beyond the one above it in the
// indicator's direction, so the largest 加码 comes first either way.
var escalationKeys = map[string]sortKey[*escalationRow]{
	"indicator": {text: func(e *escalationRow) string { return indicatorSortText(e.indicator, "") }},
	"region":    {text: func(e *escalationRow) string { return e.region.Code }},
	"own":       {num: func(e *escalationRow) (float64, bool) { return e.own.Value, true }},
	"raise":     {num: func(e *escalationRow) (float64, bool) { return e.raise, true }},
}

// wordEscalation turns rows into what the page shows, the figures above worded
// once each (a prefecture's target stands above every county of it).
func wordEscalation(lang string, rows []*escalationRow) []pages.Escalation {
	refs := map[int64]*pages.FigureRef{}
	refOf := func(r *targets.Record) *pages.FigureRef {
		f, ok := refs[r.ID]
		if !ok {
			f = ref(lang, r)
			refs[r.ID] = f
		}
		return f
	}
	out := make([]pages.Escalation, 0, len(rows))
	for _, r := range rows {
		e := pages.Escalation{Key: r.region.Code + "-" + r.indicator, Indicator: r.indicator, Name: r.name,
			Region: r.region, Own: ref(lang, r.own), DiffVal: r.diff, Raised: r.raise > 0,
			Diff: pages.GapText(lang, r.diff, "%")}
		e.Above = make([]pages.AboveTarget, len(r.above))
		for i, a := range r.above {
			e.Above[i] = pages.AboveTarget{Region: a.region, Target: refOf(a.target)}
		}
		out = append(out, e)
	}
	return out
}

// escalationParam reads ?esc=: "all" shows every row, nothing the first
// escalationShown.
func escalationParam(c echo.Context) (bool, error) {
	switch c.QueryParam("esc") {
	case "":
		return false, nil
	case "all":
		return true, nil
	}
	return false, badRequest("esc 只能是 all(显示全部加码行)。", "esc must be all (show every escalation row).")
}

// escalationSort is the table's order for the page's one ?sort=: its own
// keys order it, others (a matrix column) leave its default.
func escalationSort(st pages.Sort) pages.Sort {
	if _, ok := escalationKeys[st.Key]; ok {
		return st
	}
	def := escalationDefault
	def.Base, def.Anchor = st.Base, st.Anchor
	return def
}

// withEsc is the request's URL with esc= set (or dropped, for ""), lang
// left to Page.Link, anchored to the table.
func withEsc(c echo.Context, esc string) string {
	q := url.Values{}
	for k, vs := range c.Request().URL.Query() {
		if k != "esc" && k != "lang" {
			q[k] = vs
		}
	}
	if esc != "" {
		q.Set("esc", esc)
	}
	u := c.Request().URL.Path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u + "#escalation-table"
}
