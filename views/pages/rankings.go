package pages

import (
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
)

// Rankings is the 排行 page: the regions of a level ranked by hit rate
// over a year or a span of years, each rate beside the number of targets
// it was judged on; or, for one indicator, ranked by how far each result
// beat or missed its target.
type Rankings struct {
	Page       layout.Page
	Levels     []Option
	Scopes     []Option
	FromYears  []Option
	ToYears    []Option
	Indicators []Option
	Level      string
	LevelName  string
	Within     string // region code, "" everywhere
	WithinName string
	From, To   int
	Min        int
	Basis      BasisSummary  // the result verdicts are judged on, and what that changes here
	Indicator  IndicatorItem // Key "" for the hit-rate ranking
	Notice     string

	Rows   []RankRow // the hit-rate ranking
	Hidden int       // regions with fewer judged targets than Min
	Gaps   []RankGap // the ranking by gap of one indicator
	// Unjudged counts the indicator's targets in the selection with no
	// result to judge them by (待公布, 未找到结果).
	Unjudged int
	Chart    Chart
	Sort     Sort
	Query    string // the view's filters, for export links
}

// Span is the years of the view as a reader writes them: 2021 or 2016–2021.
func (m Rankings) Span() string {
	if m.From == m.To {
		return Itoa(m.From)
	}
	return Itoa(m.From) + "–" + Itoa(m.To)
}

// RankRow is one region's record over the view's years.
type RankRow struct {
	Rank     int
	Region   Crumb
	Tally    targets.Tally
	Rate     string  // 75%, "—" when nothing was judged
	RateVal  float64 // 0..1
	Assessed int
	Shaky    int    // judged on a reading to take with care
	Href     string // where the judged targets are, each linked to its sentence
}

// RankGap is one region's cell of the ranked indicator, with its rank
// by how far the result beat the target (missed: negative).
type RankGap struct {
	Rank   int
	Cell   Cell
	Margin float64 // result beyond target in the good direction
}
