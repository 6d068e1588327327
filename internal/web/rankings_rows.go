package web

import (
	"math"
	"sort"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// rateKeys are the columns the hit-rate ranking sorts by.
var rateKeys = map[string]sortKey[pages.RankRow]{
	"rate":     {num: func(r pages.RankRow) (float64, bool) { return r.RateVal, r.Assessed > 0 }},
	"assessed": {num: func(r pages.RankRow) (float64, bool) { return float64(r.Assessed), true }},
	"met":      {num: func(r pages.RankRow) (float64, bool) { return float64(r.Tally.Met), true }},
	"missed":   {num: func(r pages.RankRow) (float64, bool) { return float64(r.Tally.Missed), true }},
	"region":   {text: func(r pages.RankRow) string { return r.Region.Code }},
}

// rateRanking tallies each region's judged targets over the span and
// ranks the regions judged on at least m.Min of them by hit rate; a tie
// on the rate goes to the region judged on more targets, which shares
// the rank.
func rateRanking(c echo.Context, m *pages.Rankings, tree *regionTree, cells []targets.Cell, q rankQuery) error {
	by := map[string]*pages.RankRow{}
	var codes []string
	for _, cell := range cells {
		row := by[cell.RegionCode]
		if row == nil {
			r, _ := tree.get(cell.RegionCode)
			row = &pages.RankRow{Region: crumb(r)}
			by[cell.RegionCode] = row
			codes = append(codes, cell.RegionCode)
		}
		row.Tally.Add(cell.Status) // judged on ?basis= in annualCells
		if cellShaky(cell) {
			row.Shaky++
		}
	}
	for _, code := range codes {
		row := by[code]
		row.Assessed = row.Tally.Assessed()
		if row.Assessed < m.Min {
			m.Hidden++
			continue
		}
		rate, _ := row.Tally.HitRate()
		row.RateVal, row.Rate = rate, percent(rate)
		if q.from == q.to {
			row.Href = pages.OverviewURL(code, q.from)
		} else {
			row.Href = pages.RegionURL(code)
		}
		m.Rows = append(m.Rows, *row)
	}
	sort.SliceStable(m.Rows, func(i, j int) bool {
		a, b := m.Rows[i], m.Rows[j]
		if a.RateVal != b.RateVal {
			return a.RateVal > b.RateVal
		}
		if a.Assessed != b.Assessed {
			return a.Assessed > b.Assessed
		}
		return a.Region.Code < b.Region.Code
	})
	for i := range m.Rows {
		m.Rows[i].Rank = i + 1
		if i > 0 && m.Rows[i].RateVal == m.Rows[i-1].RateVal {
			m.Rows[i].Rank = m.Rows[i-1].Rank
		}
	}
	st, err := sortParam(c, rateKeys, pages.Sort{Key: "rate", Desc: true}, "ranking-table")
	if err != nil {
		return err
	}
	m.Sort = st
	chartRows := append([]pages.RankRow(nil), m.Rows...) // the chart keeps the ranking's order
	if st.Key != "rate" || !st.Desc {
		sortRows(m.Rows, st, rateKeys)
	}
	m.Chart = rateChart(m.Page.Lang, rankTitle(*m), chartRows)
	m.Chart.Sources = judgedDocs(cells)
	return nil
}

// judgedDocs are the documents of the targets and results judged, in
// order of first use: an embed's 数据来源.
func judgedDocs(cells []targets.Cell) []pages.DocLink {
	var figs []targets.Record
	for _, c := range cells {
		if c.Target != nil && c.Result != nil {
			figs = append(figs, *c.Target, *c.Result)
		}
	}
	return docLinks(figs)
}

// percent is a share as pages write it: 75%.
func percent(r float64) string { return strconv.Itoa(int(math.Round(r*100))) + "%" }

// gapKeys are the columns the ranking by gap sorts by.
var gapKeys = map[string]sortKey[pages.RankGap]{
	"gap":    {num: func(r pages.RankGap) (float64, bool) { return r.Margin, true }},
	"target": {num: func(r pages.RankGap) (float64, bool) { return r.Cell.Target.Value, true }},
	"result": {num: func(r pages.RankGap) (float64, bool) { return r.Cell.Result.Value, true }},
	"year":   {num: func(r pages.RankGap) (float64, bool) { return float64(r.Cell.Year), true }},
	"region": {text: func(r pages.RankGap) string { return r.Cell.RegionCode }},
}

// gapRanking ranks the indicator's judged cells by how far the result
// went beyond the target in the indicator's good direction: for 失业率
// a result under the target beats it.
func gapRanking(c echo.Context, m *pages.Rankings, pr presenter, cells []targets.Cell) error {
	in, _ := targets.LookupIndicator(m.Indicator.Key)
	for _, cell := range cells {
		gap, ok := cell.Gap()
		if !ok {
			if cell.Target != nil {
				m.Unjudged++
			}
			continue
		}
		margin := gap
		if !in.HigherIsBetter {
			margin = -gap
		}
		m.Gaps = append(m.Gaps, pages.RankGap{Cell: pr.cell(cell), Margin: targets.RoundGap(margin)})
	}
	sort.SliceStable(m.Gaps, func(i, j int) bool {
		a, b := m.Gaps[i], m.Gaps[j]
		if a.Margin != b.Margin {
			return a.Margin > b.Margin
		}
		if a.Cell.RegionCode != b.Cell.RegionCode {
			return a.Cell.RegionCode < b.Cell.RegionCode
		}
		return a.Cell.Year < b.Cell.Year
	})
	for i := range m.Gaps {
		m.Gaps[i].Rank = i + 1
		if i > 0 && m.Gaps[i].Margin == m.Gaps[i-1].Margin {
			m.Gaps[i].Rank = m.Gaps[i-1].Rank
		}
	}
	st, err := sortParam(c, gapKeys, pages.Sort{Key: "gap", Desc: true}, "ranking-table")
	if err != nil {
		return err
	}
	m.Sort = st
	chartRows := append([]pages.RankGap(nil), m.Gaps...)
	if st.Key != "gap" || !st.Desc {
		sortRows(m.Gaps, st, gapKeys)
	}
	m.Chart = gapChart(m.Page.Lang, rankTitle(*m), m.From != m.To, m.Indicator, chartRows)
	return nil
}

// rankTitle says what a ranking ranks: 2021年 湖南省 县级 命中率排行.
func rankTitle(m pages.Rankings) string {
	p := m.Page
	where := m.WithinName + " " + m.LevelName
	if m.Indicator.Key != "" {
		unit := "(" + gapUnit(p.Lang, m.Indicator.Unit) + ")"
		return m.Span() + p.T("年 ", ": ") + where + " · " + m.Indicator.Name + p.T(":实际与目标之差", ", result minus target") + unit
	}
	return m.Span() + p.T("年 ", ": ") + where + p.T(" 目标命中率排行", " ranked by targets met")
}

// gapUnit is the unit a gap is counted in: percentage points for rates.
func gapUnit(lang, unit string) string {
	if unit == "%" {
		return tr(lang, "个百分点", "pp")
	}
	return unitName(lang, unit)
}
