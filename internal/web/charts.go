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

// Colours that stay apart for red-green colour blindness (blue and grey,
// blue and orange); the decal patterns (aria) tell series apart without
// colour at all, and target series are dashed lines or hollow markers.
const (
	colourTarget = "#8da0b6"
	colourResult = "#1f5fa8"
	colourMet    = "#1f5fa8"
	colourOnPar  = "#e0a500"
	colourMissed = "#c2571a"
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
// shows, tooltips, legend, save-as-image, decal patterns for accessibility.
func baseOptions(lang, id, title string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{ChartID: id, Width: "100%"}),
		charts.WithTitleOpts(opts.Title{Title: title, Left: "center", TitleStyle: &opts.TextStyle{FontSize: 15}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "10", Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Title: tr(lang, "保存为图片", "Save as image"), Type: "png"},
		}}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Decal: &opts.AriaDecal{Show: opts.Bool(true)}}),
		charts.WithGridOpts(opts.Grid{Left: "3%", Right: "3%", Top: "50", Bottom: "60", ContainLabel: opts.Bool(true)}),
	}
}

func unitAxis(unit string) opts.YAxis {
	return opts.YAxis{Name: unit, AxisLabel: &opts.AxisLabel{Formatter: "{value}"}}
}

// overviewChart is the planned-against-reported bar chart of a
// scorecard's growth rates (one scale; levels such as 优良率 80% would
// dwarf them and stay in the table).
func overviewChart(lang, region string, year int, rows []pages.Cell) pages.Chart {
	var names []string
	var planned, reported []opts.BarData
	var plotted []pages.Cell
	for _, r := range rows {
		if !strings.HasSuffix(r.Indicator, "_growth") || r.Period != "" {
			continue
		}
		plotted = append(plotted, r)
		names = append(names, r.Name)
		planned = append(planned, barPoint(r.Target))
		reported = append(reported, barPoint(r.Result))
	}
	if len(names) == 0 {
		return pages.Chart{}
	}
	id := "chart-overview"
	title := region + " " + strconv.Itoa(year) + tr(lang, "年 增长目标与实际(%)", ": growth targets and results (%)")
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
		charts.WithYAxisOpts(opts.YAxis{AxisLabel: &opts.AxisLabel{Formatter: "{value}%"}}))...)
	bar.SetXAxis(names).
		AddSeries(tr(lang, "目标", "Target"), planned, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTarget})).
		AddSeries(tr(lang, "实际", "Result"), reported, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourResult}))
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: bar.JSON(), Sources: cellSources(plotted)}
}

// trendChart stacks each year's verdicts: how many targets were met, about
// even, missed.
func trendChart(lang, region string, rows []pages.TrendRow) pages.Chart {
	var years []string
	series := map[targets.Status][]opts.BarData{}
	assessed := 0
	for _, r := range rows {
		years = append(years, strconv.Itoa(r.Year))
		for _, s := range []targets.Status{targets.StatusMet, targets.StatusOnPar, targets.StatusMissed} {
			series[s] = append(series[s], opts.BarData{Value: r.Tally.Count(s)})
		}
		assessed += r.Tally.Assessed()
	}
	if assessed == 0 {
		return pages.Chart{}
	}
	id := "chart-trend"
	title := region + tr(lang, " 历年目标完成情况(个)", ": targets met and missed by year")
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title),
		charts.WithYAxisOpts(opts.YAxis{Name: tr(lang, "个", "targets"), MinInterval: 1}))...)
	bar.SetXAxis(years)
	for _, s := range []struct {
		st     targets.Status
		colour string
	}{{targets.StatusMet, colourMet}, {targets.StatusOnPar, colourOnPar}, {targets.StatusMissed, colourMissed}} {
		bar.AddSeries(tr(lang, s.st.Zh(), s.st.En()), series[s.st],
			charts.WithBarChartOpts(opts.BarChart{Stack: "verdicts"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: s.colour}))
	}
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: bar.JSON()}
}

// yearsChart is one indicator of one region over the years: results as
// bars, targets as a dashed line with diamond markers. The line is not
// drawn across a year without a target: that would invent one.
func yearsChart(lang string, item pages.IndicatorItem, region string, cells []pages.Cell) pages.Chart {
	if len(cells) == 0 {
		return pages.Chart{}
	}
	var years []string
	var results []opts.BarData
	var plans []opts.LineData
	for _, c := range cells {
		years = append(years, strconv.Itoa(c.Year))
		results = append(results, barPoint(c.Result))
		plans = append(plans, linePoint(c.Target))
	}
	id := "chart-years"
	title := region + " · " + item.Name + tr(lang, ":历年目标与实际", ": targets and results by year") + unitSuffix(item.Unit)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title), charts.WithYAxisOpts(unitAxis(item.Unit)))...)
	bar.SetXAxis(years).AddSeries(tr(lang, "实际", "Result"), results, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourResult}))
	line := charts.NewLine()
	line.SetXAxis(years).AddSeries(tr(lang, "目标", "Target"), plans,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "diamond", SymbolSize: 12, ShowSymbol: opts.Bool(true), ConnectNulls: opts.Bool(false)}),
		charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed", Width: 2, Color: colourMissed}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colourMissed}))
	bar.Overlap(line)
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: bar.JSON(), Sources: cellSources(cells)}
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
	var planned, reported []opts.BarData
	for _, c := range sorted {
		names = append(names, c.Region)
		planned = append(planned, barPoint(c.Target))
		reported = append(reported, barPoint(c.Result))
	}
	id := "chart-across"
	title := strconv.Itoa(year) + tr(lang, "年 ", " ") + item.Name + tr(lang, ":各地区目标与实际", ": targets and results by region") + unitSuffix(item.Unit)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
		charts.WithYAxisOpts(unitAxis(item.Unit)))...)
	bar.SetXAxis(names).
		AddSeries(tr(lang, "目标", "Target"), planned, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTarget})).
		AddSeries(tr(lang, "实际", "Result"), reported, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourResult}))
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: bar.JSON(), Sources: cellSources(cells)}
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

// barPoint carries the value and, as the item's name, the wording and
// source sentence the tooltip shows.
func barPoint(f *pages.FigureRef) opts.BarData {
	if f == nil {
		return opts.BarData{Value: "-"}
	}
	return opts.BarData{Value: targets.RoundGap(f.Value), Name: tipText(f)}
}

func linePoint(f *pages.FigureRef) opts.LineData {
	if f == nil {
		return opts.LineData{Value: "-"}
	}
	return opts.LineData{Value: targets.RoundGap(f.Value), Name: tipText(f)}
}

func tipText(f *pages.FigureRef) string {
	s := f.Text
	if f.Preliminary {
		s += "(预计)"
	}
	return s + " — " + f.Quote
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
