package web

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// aboveColours are the targets of the regions above (city, province…),
// greys apart from the region's own purple and the results' blue.
var aboveColours = []string{"#5f6b7a", "#9aa3ad", "#c2c8cf"}

// settingChart is a region's targets over the years beside the result of
// the year before each (what the target was set against) and the targets
// of the regions above it, on a real time scale.
func settingChart(lang string, m pages.Setting) pages.Chart {
	if len(m.Rows) == 0 {
		return pages.Chart{}
	}
	first, last := m.Rows[0].Year, m.Rows[len(m.Rows)-1].Year
	var own, prev []opts.LineData
	tips := map[string]chartTip{}
	for _, r := range m.Rows {
		y := strconv.Itoa(r.Year)
		own = append(own, opts.LineData{Value: []any{r.Year, targets.RoundGap(r.Target.Value)}})
		tip := chartTip{Title: y + tr(lang, "年", ""), Rows: [][2]string{{tr(lang, "目标", "Target"), r.Target.Text}}, Quote: r.Target.Quote}
		if r.PrevResult != nil {
			prev = append(prev, opts.LineData{Value: []any{r.Year, targets.RoundGap(r.PrevResult.Value)}})
			tip.Rows = append(tip.Rows, [2]string{tr(lang, "上年实际", "Last year's result"), r.PrevResult.Text})
		}
		if r.OverResult != "" {
			tip.Rows = append(tip.Rows, [2]string{tr(lang, "目标较上年实际", "Target over last year's result"), r.OverResult})
		}
		if r.OverTarget != "" {
			tip.Rows = append(tip.Rows, [2]string{tr(lang, "目标较上年目标", "Target over last year's"), r.OverTarget})
		}
		tips[y] = tip
	}
	id := "chart-setting"
	title := m.Region.Name + " · " + m.Indicator.Name + tr(lang, ":每年的目标与上年实际", ": each year's target and the year before's result") + unitSuffix(m.Indicator.UnitText)
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOptions(lang, id, title), yearAxis(first, last), charts.WithYAxisOpts(unitAxis(m.Indicator.UnitText)))...)
	line.AddSeries(tr(lang, "目标", "Target"), own,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "diamond", SymbolSize: 12, ShowSymbol: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed", Width: 2, Color: colourTarget}), charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTarget}))
	line.AddSeries(tr(lang, "上年实际", "Last year's result"), prev,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "circle", SymbolSize: 8, ShowSymbol: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Width: 2, Color: colourResult}), charts.WithItemStyleOpts(opts.ItemStyle{Color: colourResult}))
	for i, a := range m.Above {
		var pts []opts.LineData
		for _, l := range m.Layers {
			if t := l.Above[i]; t != nil {
				pts = append(pts, opts.LineData{Value: []any{l.Year, targets.RoundGap(t.Value)}})
				tip := tips[strconv.Itoa(l.Year)]
				tip.Rows = append(tip.Rows, [2]string{a.Name + tr(lang, "目标", " target"), t.Text})
				tips[strconv.Itoa(l.Year)] = tip
			}
		}
		colour := aboveColours[min(i, len(aboveColours)-1)]
		line.AddSeries(a.Name+tr(lang, "目标", " target"), pts,
			charts.WithLineChartOpts(opts.LineChart{Symbol: "rect", SymbolSize: 7, ShowSymbol: opts.Bool(true)}),
			charts.WithLineStyleOpts(opts.LineStyle{Type: "dotted", Width: 1.5, Color: colour}), charts.WithItemStyleOpts(opts.ItemStyle{Color: colour}))
	}
	line.Validate()
	var cells []pages.Cell
	for _, r := range m.Rows {
		cells = append(cells, pages.Cell{Target: r.Target, Result: r.PrevResult})
	}
	return pages.Chart{ID: id, Title: title, Option: withMeta(line.JSON(), chartMeta{Tips: tips, YearAxis: true}), Sources: cellSources(cells)}
}

// settingAcrossChart is each region's target minus its result of the
// year before, in the table's order.
func settingAcrossChart(lang string, m pages.Setting) pages.Chart {
	var names []string
	var data []opts.BarData
	tips := map[string]chartTip{}
	var cells []pages.Cell
	for _, r := range m.Across {
		if !r.HasOver {
			continue
		}
		names = append(names, r.Region.Name)
		data = append(data, opts.BarData{Value: r.OverVal})
		tips[r.Region.Name] = chartTip{Title: r.Region.Name, Quote: r.Target.Quote, Rows: [][2]string{
			{tr(lang, "目标", "Target"), r.Target.Text}, {tr(lang, "上年实际", "Last year's result"), r.PrevResult.Text},
			{tr(lang, "目标较上年实际", "Target over last year's result"), r.OverResult}}}
		cells = append(cells, pages.Cell{Target: r.Target, Result: r.PrevResult})
	}
	if len(names) == 0 {
		return pages.Chart{}
	}
	id := "chart-setting-across"
	title := strconv.Itoa(m.Year) + tr(lang, "年 ", ": ") + m.WithinName + " · " + m.Indicator.Name + tr(lang, ":目标较上年实际", ", target over last year's result") +
		"(" + gapUnit(lang, m.Indicator.Unit) + ")"
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30, HideOverlap: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Name: gapUnit(lang, m.Indicator.Unit)}))...)
	bar.SetXAxis(names).AddSeries(tr(lang, "目标较上年实际", "Target over last year's result"), data,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTarget}))
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: withMeta(bar.JSON(), chartMeta{Tips: tips, Sideways: true}), Sources: cellSources(cells)}
}
