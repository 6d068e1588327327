package web

import (
	"math"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// rateChart draws the hit rates as bars in the ranking's order, each
// region's name carrying the number of targets its rate is over: a rate
// over 2 targets is not a rate over 12.
func rateChart(lang, title string, rows []pages.RankRow) pages.Chart {
	if len(rows) == 0 {
		return pages.Chart{}
	}
	var names []string
	var data []opts.BarData
	tips := map[string]chartTip{}
	for _, r := range rows {
		name := r.Region.Name + "(" + strconv.Itoa(r.Assessed) + ")"
		names = append(names, name)
		data = append(data, opts.BarData{Value: math.Round(r.RateVal*1000) / 10})
		tip := chartTip{Title: r.Region.Name}
		for _, st := range []targets.Status{targets.StatusMet, targets.StatusOnPar, targets.StatusMissed} {
			tip.Rows = append(tip.Rows, [2]string{tr(lang, st.Zh(), st.En()), strconv.Itoa(r.Tally.Count(st))})
		}
		tip.Rows = append(tip.Rows, [2]string{tr(lang, "命中率", "Hit rate"), r.Rate},
			[2]string{tr(lang, "判定目标", "Targets judged"), strconv.Itoa(r.Assessed)})
		tips[name] = tip
	}
	id := "chart-rankings"
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30, HideOverlap: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Name: "%", Min: 0, Max: 100}))...)
	bar.SetXAxis(names).AddSeries(tr(lang, "命中率(括号内为判定目标数)", "Hit rate (targets judged in brackets)"), data,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colourRate}),
		charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "top", Formatter: "{c}%"}))
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: withMeta(bar.JSON(), chartMeta{Tips: tips, Sideways: true})}
}

// gapChart draws result minus target per region, one series per verdict
// (the statuses' colours and decals, as on every chart), in the
// ranking's order.
func gapChart(lang, title string, withYear bool, item pages.IndicatorItem, rows []pages.RankGap) pages.Chart {
	if len(rows) == 0 {
		return pages.Chart{}
	}
	verdicts := []targets.Status{targets.StatusMet, targets.StatusOnPar, targets.StatusMissed}
	series := map[targets.Status][]opts.BarData{}
	var names []string
	tips := map[string]chartTip{}
	for _, r := range rows {
		name := r.Cell.Region
		if withYear {
			name += " " + strconv.Itoa(r.Cell.Year)
		}
		names = append(names, name)
		tips[name] = cellTip(lang, name, r.Cell)
		gap := targets.RoundGap(r.Cell.Result.Value - r.Cell.Target.Value)
		for _, st := range verdicts {
			if st == r.Cell.Status {
				series[st] = append(series[st], opts.BarData{Value: gap})
			} else {
				series[st] = append(series[st], opts.BarData{Value: "-"})
			}
		}
	}
	id := "chart-rankings"
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOptions(lang, id, title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30, HideOverlap: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Name: gapUnit(lang, item.Unit)}))...)
	bar.SetXAxis(names)
	for _, st := range verdicts {
		bar.AddSeries(tr(lang, st.Zh(), st.En()), series[st], charts.WithBarChartOpts(opts.BarChart{Stack: "gap"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: statusColours[st]}))
	}
	bar.Validate()
	return pages.Chart{ID: id, Title: title, Option: withMeta(bar.JSON(), chartMeta{Tips: tips, Sideways: true}), Sources: gapSources(rows)}
}

func gapSources(rows []pages.RankGap) []pages.DocLink {
	cells := make([]pages.Cell, len(rows))
	for i, r := range rows {
		cells[i] = r.Cell
	}
	return cellSources(cells)
}
