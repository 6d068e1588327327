package pages

import "github.com/mubiao/mubiao/views/layout"

// Setting is the 目标设定 page: how a region sets an indicator's target
// each year against last year's result and last year's target, and how
// its target sits over the targets of the regions above it (层层加码);
// and, across the regions of a level in one year, whose target sits above
// last year's result and whose below.
type Setting struct {
	Page       layout.Page
	Regions    []Option
	Indicators []Option
	Years      []Option
	Levels     []Option
	Region     Crumb
	Indicator  IndicatorItem
	Year       int // the year compared across regions
	Level      string
	Within     string
	WithinName string
	Notice     string

	Rows    []SettingRow // the region's years
	Summary SettingSummary
	Chart   Chart
	Above   []Crumb      // the regions above it with targets, nearest first
	Layers  []LayerRow   // 层层加码 by year
	Across  []SettingRow // one row per region in Year
	Tally   SettingTally // across: above, level with, below last year's result
	Chart2  Chart        // across
	Sort    Sort         // the across table's order
	Basis   BasisSummary // the result last year's verdicts are judged on
}

// SettingRow is one year's target beside what came before it.
type SettingRow struct {
	Region     Crumb
	Year       int
	Target     *FigureRef
	PrevResult *FigureRef // last year's result
	PrevTarget *FigureRef // last year's target
	PrevStatus Cell       // last year's verdict (Status "" where none)
	OverResult string     // target − last year's result, 个百分点 for rates
	OverTarget string     // target − last year's target
	OverVal    float64
	HasOver    bool
	Move       string // raised, lowered, kept ("" without last year's target)
}

// SettingSummary says how the region sets targets, over its years.
type SettingSummary struct {
	Years                                            int
	MeanOverResult                                   string // average target − last year's result
	RaisedAfterHit, LoweredAfterHit, KeptAfterHit    int
	RaisedAfterMiss, LoweredAfterMiss, KeptAfterMiss int
}

// LayerRow is one year's target beside the targets above it.
type LayerRow struct {
	Year   int
	Own    *FigureRef
	Above  []*FigureRef // per Setting.Above, nil where that region set none
	Margin []string     // own − above, per Setting.Above
}

// SettingTally counts the regions whose target sits above, level with or
// below last year's result.
type SettingTally struct{ Above, Level, Below int }
