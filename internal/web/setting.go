package web

import (
	"sort"
	"strconv"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// handleSetting is 目标设定: how a region (?region=) sets an indicator's
// target (?indicator=) each year against last year's result and target,
// over the targets above it; and across the regions of a level
// (?level=&within=) in one year (?year=), whose target sits above last
// year's result.
func (s *Server) handleSetting(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.setting(c)
		if err != nil {
			return nil, err
		}
		return pages.SettingPage(m), nil
	})
}

// handleEmbedSetting is one chart of 目标设定 (years: the region's
// targets over the years; across: the regions in one year).
func (s *Server) handleEmbedSetting(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.setting(c)
		if err != nil {
			return nil, err
		}
		switch c.Param("chart") {
		case "years":
			return embedPage(c, m.Page, m.Chart), nil
		case "across":
			return embedPage(c, m.Page, m.Chart2), nil
		}
		return nil, errNotFound
	})
}

func (s *Server) setting(c echo.Context) (pages.Setting, error) {
	tree, err := s.tree(c)
	if err != nil {
		return pages.Setting{}, err
	}
	key, err := indicatorParam(c)
	if err != nil {
		return pages.Setting{}, err
	}
	if key == "" {
		key = "gdp_growth"
	}
	year, err := yearParam(c)
	if err != nil {
		return pages.Setting{}, err
	}
	level, err := levelParam(c)
	if err != nil {
		return pages.Setting{}, err
	}
	cov, err := s.coverage(c.Request().Context(), tree, key)
	if err != nil {
		return pages.Setting{}, err
	}
	region := mostOf(tree, cov.perRegion)
	if v := c.QueryParam("region"); v != "" {
		var ok bool
		if region, ok = tree.resolve(v); !ok {
			return pages.Setting{}, unknownRegion(tree, v, func(code string, _ int) string { return "/setting" + pages.Query("region", code, "indicator", key) })
		}
	}
	p := page(c, "", "setting")
	p.Title = p.T("目标设定", "Target setting")
	m := pages.Setting{Page: p, Region: crumb(region), Indicator: indicatorItem(p.Lang, key)}
	m.Regions = tree.options(region.Code, p, cov.picker)
	for _, k := range targets.HeadlineKeys() {
		m.Indicators = append(m.Indicators, pages.Option{Value: k, Label: indicatorItem(p.Lang, k).Name, Selected: k == key})
	}
	if region.Code == "" {
		return m, nil
	}
	own, pr, err := s.annualCells(c, db.FigureFilter{Region: region.Code, Indicator: key})
	if err != nil {
		return m, err
	}
	m.Rows, m.Summary = settingRows(pr, crumb(region), own)
	m.Basis = basisSummary(pr, own)
	above, _, err := s.annualCells(c, db.FigureFilter{Regions: ancestorCodes(tree, region.Code), Indicator: key})
	if err != nil {
		return m, err
	}
	m.Above, m.Layers = layers(pr, tree, region.Code, own, above)
	m.Chart = settingChart(p.Lang, m)
	m.Chart.Embed = p.Link("/embed/setting/years" + pages.Query("region", region.Code, "indicator", key, "basis", pr.basis))
	m.Chart.Full = "/setting" + pages.Query("region", region.Code, "indicator", key, "basis", pr.basis)
	if err := s.settingAcross(c, &m, tree, region, level, year, pr); err != nil {
		return m, err
	}
	m.Page.Echarts = m.Chart.Has() || m.Chart2.Has()
	return m, nil
}

// settingRows lines each year's target up with last year's result and
// target, and counts how targets moved after a hit and after a miss.
func settingRows(pr presenter, region pages.Crumb, cells []targets.Cell) ([]pages.SettingRow, pages.SettingSummary) {
	byYear := map[int]targets.Cell{}
	for _, c := range cells {
		byYear[c.Year] = c
	}
	var rows []pages.SettingRow
	var sum pages.SettingSummary
	var overs []float64
	unit := ""
	for _, c := range cells {
		if c.Target == nil {
			continue
		}
		row := settingRow(pr, region, c, byYear[c.Year-1])
		if row.HasOver {
			overs = append(overs, row.OverVal)
		}
		unit = c.Target.Unit
		prev := byYear[c.Year-1]
		hit, miss := prev.Status == targets.StatusMet, prev.Status == targets.StatusMissed || prev.Status == targets.StatusOnPar
		switch {
		case hit && row.Move == "raised":
			sum.RaisedAfterHit++
		case hit && row.Move == "lowered":
			sum.LoweredAfterHit++
		case hit && row.Move == "kept":
			sum.KeptAfterHit++
		case miss && row.Move == "raised":
			sum.RaisedAfterMiss++
		case miss && row.Move == "lowered":
			sum.LoweredAfterMiss++
		case miss && row.Move == "kept":
			sum.KeptAfterMiss++
		}
		rows = append(rows, row)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Year < rows[j].Year })
	sum.Years = len(rows)
	if len(overs) > 0 {
		t := 0.0
		for _, o := range overs {
			t += o
		}
		sum.MeanOverResult = pages.GapText(pr.lang, t/float64(len(overs)), unit)
	}
	return rows, sum
}

// settingRow is one year's target beside last year's cell.
func settingRow(pr presenter, region pages.Crumb, c, prev targets.Cell) pages.SettingRow {
	row := pages.SettingRow{Region: region, Year: c.Year, Target: ref(pr.lang, c.Target)}
	if prev.Result != nil {
		row.PrevResult = ref(pr.lang, prev.Result)
		if prev.Result.Unit == c.Target.Unit {
			row.OverVal, row.HasOver = targets.RoundGap(c.Target.Value-prev.Result.Value), true
			row.OverResult = pages.GapText(pr.lang, row.OverVal, c.Target.Unit)
		}
	}
	if prev.Target != nil {
		row.PrevTarget = ref(pr.lang, prev.Target)
		row.PrevStatus = pr.cell(prev)
		d := targets.RoundGap(c.Target.Value - prev.Target.Value)
		row.OverTarget = pages.GapText(pr.lang, d, c.Target.Unit)
		switch {
		case d > 0:
			row.Move = "raised"
		case d < 0:
			row.Move = "lowered"
		default:
			row.Move = "kept"
		}
	}
	return row
}

// layers puts the region's target of each year beside the targets of the
// regions above it (层层加码). Only rates compare across levels.
func layers(pr presenter, tree *regionTree, code string, own, above []targets.Cell) ([]pages.Crumb, []pages.LayerRow) {
	targetOf := map[string]map[int]*targets.Record{}
	for _, c := range above {
		if c.Target != nil && c.Target.Unit == "%" {
			if targetOf[c.RegionCode] == nil {
				targetOf[c.RegionCode] = map[int]*targets.Record{}
			}
			targetOf[c.RegionCode][c.Year] = c.Target
		}
	}
	var regions []pages.Crumb
	for _, a := range tree.ancestors(code) {
		if len(targetOf[a.Code]) > 0 {
			regions = append(regions, crumb(a))
		}
	}
	if len(regions) == 0 {
		return nil, nil
	}
	var rows []pages.LayerRow
	for _, c := range own {
		if c.Target == nil || c.Target.Unit != "%" {
			continue
		}
		row := pages.LayerRow{Year: c.Year, Own: ref(pr.lang, c.Target)}
		any := false
		for _, a := range regions {
			t := targetOf[a.Code][c.Year]
			if t == nil {
				row.Above, row.Margin = append(row.Above, nil), append(row.Margin, "")
				continue
			}
			any = true
			row.Above = append(row.Above, ref(pr.lang, t))
			row.Margin = append(row.Margin, pages.GapText(pr.lang, c.Target.Value-t.Value, "%"))
		}
		if any {
			rows = append(rows, row)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Year < rows[j].Year })
	return regions, rows
}

// settingKeys are the columns the across table sorts by.
var settingKeys = map[string]sortKey[pages.SettingRow]{
	"region": {text: func(r pages.SettingRow) string { return r.Region.Code }},
	"over":   {num: func(r pages.SettingRow) (float64, bool) { return r.OverVal, r.HasOver }},
	"target": {num: func(r pages.SettingRow) (float64, bool) { return r.Target.Value, true }},
	"result": {num: func(r pages.SettingRow) (float64, bool) {
		if r.PrevResult == nil {
			return 0, false
		}
		return r.PrevResult.Value, true
	}},
}

// settingAcross lines up, for the regions of a level in one year, each
// target against the region's own result of the year before.
func (s *Server) settingAcross(c echo.Context, m *pages.Setting, tree *regionTree, region targets.RegionSummary, level targets.Level, year int, pr presenter) error {
	if level == "" {
		level = region.Level
	}
	within, err := acrossScope(c, tree, region, level, year, m.Indicator.Key)
	if err != nil {
		return err
	}
	cells, _, err := s.annualCells(c, db.FigureFilter{Within: within.Code, Level: level, Indicator: m.Indicator.Key})
	if err != nil {
		return err
	}
	byKey := map[string]targets.Cell{}
	years := map[int]bool{}
	for _, cell := range cells {
		byKey[cell.RegionCode+"/"+strconv.Itoa(cell.Year)] = cell
		if cell.Target != nil {
			years[cell.Year] = true
		}
	}
	ys := sortedYears(years)
	if year == 0 && len(ys) > 0 {
		year = ys[len(ys)-1]
		for i := len(ys) - 1; i >= 0; i-- { // the latest year a target meets last year's result
			if hasPrev(cells, byKey, ys[i]) {
				year = ys[i]
				break
			}
		}
	} else if year != 0 && len(ys) > 0 && !years[year] {
		shown := nearestYear(ys, year)
		m.Notice = yearNotice(m.Page.Lang, m.Indicator.Name, year, shown)
		year = shown
	}
	m.Year, m.Level, m.Within, m.WithinName = year, string(level), within.Code, within.Name
	if m.WithinName == "" {
		m.WithinName = m.Page.T("全部地区", "everywhere")
	}
	desc := append([]int(nil), ys...)
	sort.Sort(sort.Reverse(sort.IntSlice(desc)))
	m.Years = yearOptions(desc, year)
	for _, l := range tree.levels() {
		m.Levels = append(m.Levels, pages.Option{Value: string(l), Label: m.Page.T(l.Zh(), string(l)), Selected: l == level})
	}
	for _, cell := range cells {
		if cell.Year != year || cell.Target == nil {
			continue
		}
		r, _ := tree.get(cell.RegionCode)
		row := settingRow(pr, crumb(r), cell, byKey[cell.RegionCode+"/"+strconv.Itoa(year-1)])
		switch {
		case !row.HasOver:
		case row.OverVal > 0:
			m.Tally.Above++
		case row.OverVal < 0:
			m.Tally.Below++
		default:
			m.Tally.Level++
		}
		m.Across = append(m.Across, row)
	}
	st, err := sortParam(c, settingKeys, pages.Sort{Key: "over", Desc: true}, "across-table")
	if err != nil {
		return err
	}
	m.Sort = st
	sortRows(m.Across, st, settingKeys)
	m.Chart2 = settingAcrossChart(m.Page.Lang, *m)
	q := pages.Query("region", region.Code, "indicator", m.Indicator.Key, "year", strconv.Itoa(year), "level", string(level), "within", withinParam(within), "basis", pr.basis)
	m.Chart2.Embed = m.Page.Link("/embed/setting/across" + q)
	m.Chart2.Full = "/setting" + q
	return nil
}

func hasPrev(cells []targets.Cell, byKey map[string]targets.Cell, year int) bool {
	for _, c := range cells {
		if c.Year == year && c.Target != nil && byKey[c.RegionCode+"/"+strconv.Itoa(year-1)].Result != nil {
			return true
		}
	}
	return false
}
