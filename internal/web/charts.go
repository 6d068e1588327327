package web

import (
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// Colours that stay apart for red-green colour blindness; the decal
// patterns (aria) tell the series apart without colour at all.
const (
	colourTarget = "#8da0b6"
	colourResult = "#1f5fa8"
)

// overviewChart builds the planned-against-reported bar chart for the
// percentage indicators of a scorecard. The option is built with
// go-echarts and sent as JSON; charts.js draws it.
func overviewChart(lang, region string, year int, rows []pages.ScoreRow) (title string, option any, ok bool) {
	t := func(zh, en string) string {
		if lang == "en" {
			return en
		}
		return zh
	}
	var names []string
	var planned, reported []opts.BarData
	for _, r := range rows {
		// Growth rates share one scale; levels that are shares (优良率 80%)
		// would dwarf them and stay in the table.
		if !strings.HasSuffix(r.Key, "_growth") || r.Target == nil && r.Result == nil {
			continue
		}
		if _, isPeriod := periodOf(r); isPeriod {
			continue
		}
		names = append(names, r.Name)
		planned = append(planned, barPoint(rowValue(r.Target), tipText(r.Target)))
		reported = append(reported, barPoint(rowValue(r.Result), tipText(r.Result)))
	}
	if len(names) == 0 {
		return "", nil, false
	}
	title = region + " " + strconv.Itoa(year) + t("年 增长目标与实际(%)", ": growth targets and results (%)")
	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: "chart-overview", Width: "100%"}),
		charts.WithTitleOpts(opts.Title{Title: title, Left: "center"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "10", Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Title: t("保存为图片", "Save as image"), Type: "png"},
		}}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Decal: &opts.AriaDecal{Show: opts.Bool(true)}}),
		charts.WithGridOpts(opts.Grid{Left: "3%", Right: "3%", Bottom: "60", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
		charts.WithYAxisOpts(opts.YAxis{AxisLabel: &opts.AxisLabel{Formatter: "{value}%"}}),
	)
	bar.SetXAxis(names).
		AddSeries(t("目标", "Target"), planned, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTarget})).
		AddSeries(t("实际", "Result"), reported, charts.WithItemStyleOpts(opts.ItemStyle{Color: colourResult}))
	bar.Validate()
	return title, bar.JSON(), true
}

func periodOf(r pages.ScoreRow) (string, bool) {
	for _, f := range []*pages.FigureRef{r.Target, r.Result} {
		if f != nil && f.Period != "" {
			return f.Period, true
		}
	}
	return "", false
}

func rowValue(f *pages.FigureRef) *float64 {
	if f == nil {
		return nil
	}
	return &f.Value
}

func tipText(f *pages.FigureRef) string {
	if f == nil {
		return ""
	}
	return f.Text + " — " + f.Quote
}

func barPoint(v *float64, tip string) opts.BarData {
	if v == nil {
		return opts.BarData{Value: "-"}
	}
	return opts.BarData{Value: targets.RoundGap(*v), Name: tip}
}
