package web

import (
	"sort"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// The option of every chart is built with go-echarts and sent as JSON;
// static/js/charts.js draws it with the self-hosted echarts.

func tr(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}

// baseOptions are what every Mubiao chart shares: a title that says what it
// shows, tooltips, legend, decal patterns for accessibility. Save as image
// is charts.js's button beside the chart, not an echarts toolbox.
func baseOptions(lang, id, title string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{ChartID: id, Width: "100%"}),
		charts.WithTitleOpts(opts.Title{Title: title, Left: "center", TitleStyle: &opts.TextStyle{FontSize: 15}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Decal: &opts.AriaDecal{Show: opts.Bool(true)}}),
		charts.WithGridOpts(opts.Grid{Left: "3%", Right: "3%", Top: "50", Bottom: "60", ContainLabel: opts.Bool(true)}),
	}
}

func unitAxis(unit string) opts.YAxis {
	return opts.YAxis{Name: unit, AxisLabel: &opts.AxisLabel{Formatter: "{value}"}}
}

// withMeta adds what charts.js needs beside the echarts option.
func withMeta(opt map[string]any, meta chartMeta) map[string]any {
	opt["mubiao"] = meta
	return opt
}

// categoryBars is a bar chart over named categories (indicators, regions):
// target and result side by side, outliers cut with a marker, a tooltip
// per category with target, result, gap and verdict. On a narrow screen
// charts.js turns it sideways (one category a row) so labels never pile up.
func categoryBars(lang, id, title, unitLabel string, names []string, cells []pages.Cell) (map[string]any, string) {
	var planned, reported []opts.BarData
	tips := map[string]chartTip{}
	var values []float64
	for i, c := range cells {
		planned = append(planned, barPoint(c.Target))
		reported = append(reported, barPoint(c.Result))
		values = append(values, valueOrNaN(c.Target), valueOrNaN(c.Result))
		tips[names[i]] = cellTip(lang, names[i], c)
	}
	lo, hi, cut := clip(values)
	yAxis := opts.YAxis{Name: unitLabel, AxisLabel: &opts.AxisLabel{Formatter: "{value}"}}
	if lo != nil {
		yAxis.Min = *lo
	}
	if hi != nil {
		yAxis.Max = *hi
	}
	marks := [2][]opts.MarkPointNameCoordItem{}
	note := ""
	for i := range values {
		if !cut[i] {
			continue
		}
		c := cells[i/2]
		f := c.Target
		if i%2 == 1 {
			f = c.Result
		}
		edge := hi
		if f.Value < 0 {
			edge = lo
		}
		marks[i%2] = append(marks[i%2], clipMarks([][2]any{{names[i/2], *edge}}, []string{f.Text}, []bool{f.Value > 0})...)
		note = tr(lang, "超出纵轴范围的数值已截断,以三角标出实际值。", "Bars beyond the axis are cut; a triangle gives their value.")
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30, HideOverlap: opts.Bool(true)}}),
		charts.WithYAxisOpts(yAxis))...)
	bar.SetXAxis(names).
		AddSeries(tr(lang, "目标", "Target"), planned, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTarget}),
			charts.WithMarkPointNameCoordItemOpts(marks[0]...)).
		AddSeries(tr(lang, "实际", "Result"), reported, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourResult}),
			charts.WithMarkPointNameCoordItemOpts(marks[1]...))
	bar.Validate()
	return withMeta(bar.JSON(), chartMeta{Tips: tips, Sideways: true, Clipped: note}), note
}

// overviewChart is the planned-against-reported bar chart of a
// scorecard's growth rates (one scale; levels such as 优良率 80% would
// dwarf them and stay in the table).
func overviewChart(lang, region string, year int, rows []pages.Cell) pages.Chart {
	var names []string
	var plotted []pages.Cell
	for _, r := range rows {
		if !strings.HasSuffix(r.Indicator, "_growth") || r.Period != "" || r.Target == nil && r.Result == nil {
			continue
		}
		plotted = append(plotted, r)
		names = append(names, r.Name)
	}
	if len(names) == 0 {
		return pages.Chart{}
	}
	id := "chart-overview"
	title := region + " " + strconv.Itoa(year) + tr(lang, "年 增长目标与实际(%)", ": growth targets and results (%)")
	opt, note := categoryBars(lang, id, title, "%", names, plotted)
	return pages.Chart{ID: id, Title: title, Option: opt, Note: note, Sources: cellSources(plotted)}
}

// trendChart stacks each year's verdicts: how many targets were met, about
// even, missed. Years sit on a real scale, so a gap of years shows.
func trendChart(lang, region string, rows []pages.TrendRow) pages.Chart {
	series := map[targets.Status][]opts.BarData{}
	assessed := 0
	tips := map[string]chartTip{}
	for _, r := range rows {
		y := strconv.Itoa(r.Year)
		tip := chartTip{Title: y + tr(lang, "年", "")}
		for _, s := range targets.Statuses() {
			if n := r.Tally.Count(s); n > 0 {
				tip.Rows = append(tip.Rows, [2]string{tr(lang, s.Zh(), s.En()), strconv.Itoa(n)})
			}
		}
		tip.Rows = append(tip.Rows, [2]string{tr(lang, "命中率", "Hit rate"), r.Rate})
		if r.Shaky > 0 {
			tip.Rows = append(tip.Rows, [2]string{tr(lang, "待核实", "Unchecked"), strconv.Itoa(r.Shaky)})
		}
		tips[y] = tip
		for _, s := range []targets.Status{targets.StatusMet, targets.StatusOnPar, targets.StatusMissed} {
			series[s] = append(series[s], opts.BarData{Value: []any{r.Year, r.Tally.Count(s)}})
		}
		assessed += r.Tally.Assessed()
	}
	if assessed == 0 {
		return pages.Chart{}
	}
	id := "chart-trend"
	title := region + tr(lang, " 历年目标完成情况(个)", ": targets met and missed by year")
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title), yearAxis(rows[0].Year, rows[len(rows)-1].Year),
		charts.WithYAxisOpts(opts.YAxis{Name: tr(lang, "个", "targets"), MinInterval: 1}))...)
	for _, st := range []targets.Status{targets.StatusMet, targets.StatusOnPar, targets.StatusMissed} {
		bar.AddSeries(tr(lang, st.Zh(), st.En()), series[st],
			charts.WithBarChartOpts(opts.BarChart{Stack: "verdicts"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: statusColours[st]}))
	}
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: withMeta(bar.JSON(), chartMeta{Tips: tips, YearAxis: true})}
}

// yearAxis is a value axis of years from first to last, half a year of
// room on each side: years keep their real spacing, so 2021 and 2026 are
// five apart, not neighbours.
func yearAxis(first, last int) charts.GlobalOpts {
	return charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: float64(first) - 0.5, Max: float64(last) + 0.5,
		MinInterval: 1, SplitLine: &opts.SplitLine{Show: opts.Bool(false)}, AxisLabel: &opts.AxisLabel{HideOverlap: opts.Bool(true)}})
}

// yearsChart is one indicator of one region over the years: results as
// bars, targets as a dashed line with diamond markers, on a real time
// scale. The line breaks where a year has no target: drawing it across
// would invent one.
func yearsChart(lang string, item pages.IndicatorItem, region string, cells []pages.Cell) pages.Chart {
	if len(cells) == 0 {
		return pages.Chart{}
	}
	var results []opts.BarData
	var plans []opts.LineData
	var values []float64
	tips := map[string]chartTip{}
	prevTarget := 0
	for _, c := range cells {
		y := strconv.Itoa(c.Year)
		tips[y] = cellTip(lang, y+tr(lang, "年", ""), c)
		if c.Result != nil {
			results = append(results, opts.BarData{Value: []any{c.Year, targets.RoundGap(c.Result.Value)}})
		}
		values = append(values, valueOrNaN(c.Result), valueOrNaN(c.Target))
		if c.Target == nil {
			continue
		}
		if prevTarget != 0 && c.Year-prevTarget > 1 {
			plans = append(plans, opts.LineData{Value: []any{prevTarget + 1, "-"}})
		}
		plans = append(plans, opts.LineData{Value: []any{c.Year, targets.RoundGap(c.Target.Value)}})
		prevTarget = c.Year
	}
	lo, hi, cut := clip(values)
	yAxis := unitAxis(item.UnitText)
	if lo != nil {
		yAxis.Min = *lo
	}
	if hi != nil {
		yAxis.Max = *hi
	}
	var marks [2][]opts.MarkPointNameCoordItem
	note := ""
	for i := range values {
		if !cut[i] {
			continue
		}
		c := cells[i/2]
		f := c.Result
		if i%2 == 1 {
			f = c.Target
		}
		edge := hi
		if f.Value < 0 {
			edge = lo
		}
		marks[i%2] = append(marks[i%2], clipMarks([][2]any{{c.Year, *edge}}, []string{f.Text}, []bool{f.Value > 0})...)
		note = tr(lang, "超出纵轴范围的数值已截断,以三角标出实际值。", "Values beyond the axis are cut; a triangle gives their value.")
	}
	id := "chart-years"
	title := region + " · " + item.Name + tr(lang, ":历年目标与实际", ": targets and results by year") + unitSuffix(item.UnitText)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title), yearAxis(cells[0].Year, cells[len(cells)-1].Year),
		charts.WithYAxisOpts(yAxis))...)
	bar.AddSeries(tr(lang, "实际", "Result"), results, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourResult}),
		charts.WithMarkPointNameCoordItemOpts(marks[0]...))
	line := charts.NewLine()
	line.AddSeries(tr(lang, "目标", "Target"), plans,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "diamond", SymbolSize: 12, ShowSymbol: opts.Bool(true), ConnectNulls: opts.Bool(false)}),
		charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed", Width: 2, Color: colourTarget}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTarget}), charts.WithMarkPointNameCoordItemOpts(marks[1]...))
	bar.Overlap(line)
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Note: note, Option: withMeta(bar.JSON(), chartMeta{Tips: tips, YearAxis: true, Clipped: note}),
		Sources: cellSources(cells)}
}

// acrossChart is one indicator in one year across regions, sorted by the
// result (or the target where there is none), largest first.
func acrossChart(lang string, item pages.IndicatorItem, year int, cells []pages.Cell) pages.Chart {
	if len(cells) < 2 {
		return pages.Chart{}
	}
	sorted := append([]pages.Cell(nil), cells...)
	sort.SliceStable(sorted, func(i, j int) bool { return shownValue(sorted[i]) > shownValue(sorted[j]) })
	var names []string
	for _, c := range sorted {
		names = append(names, c.Region)
	}
	id := "chart-across"
	title := strconv.Itoa(year) + tr(lang, "年 ", " ") + item.Name + tr(lang, ":各地区目标与实际", ": targets and results by region") + unitSuffix(item.UnitText)
	opt, note := categoryBars(lang, id, title, item.UnitText, names, sorted)
	return pages.Chart{ID: id, Title: title, Option: opt, Note: note, Sources: cellSources(cells)}
}

func shownValue(c pages.Cell) float64 {
	if f := c.Source(); f != nil {
		return f.Value
	}
	return 0
}

func unitSuffix(unit string) string {
	if unit == "" {
		return ""
	}
	return "(" + unit + ")"
}

// barPoint is a bar's value; "-" draws no bar. The tooltip comes from
// the chart's tips, not the data item.
func barPoint(f *pages.FigureRef) opts.BarData {
	if f == nil {
		return opts.BarData{Value: "-"}
	}
	return opts.BarData{Value: targets.RoundGap(f.Value)}
}

// cellSources are the documents a chart's cells come from, in order of
// first use: the embed's 数据来源 line.
func cellSources(cells []pages.Cell) []pages.DocLink {
	var out []pages.DocLink
	seen := map[int64]bool{}
	for _, c := range cells {
		for _, f := range []*pages.FigureRef{c.Target, c.Result} {
			if f != nil && !seen[f.DocumentID] {
				seen[f.DocumentID] = true
				out = append(out, pages.DocLink{ID: f.DocumentID, Title: f.DocTitle})
			}
		}
	}
	return out
}

// docLinks are the documents of a set of figures, in order of first use.
func docLinks(figs []targets.Record) []pages.DocLink {
	var out []pages.DocLink
	seen := map[int64]bool{}
	for _, f := range figs {
		if !seen[f.DocumentID] {
			seen[f.DocumentID] = true
			out = append(out, pages.DocLink{ID: f.DocumentID, Title: f.DocumentTitle})
		}
	}
	return out
}
