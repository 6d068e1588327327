package pages

import "github.com/mubiao/mubiao/views/layout"

// MapView is the 地图 page: a choropleth of the provinces, or of the
// prefectures or counties of one province, coloured by target, result,
// gap (the verdict's colour) or hit rate, with the table of the same
// regions beside it.
type MapView struct {
	Page       layout.Page
	Levels     []Option
	Scopes     []Option
	Years      []Option
	Indicators []Option
	Measures   []Option
	Level      string
	Within     string // the province or prefecture drawn, "" for China
	WithinName string
	Year       int
	Indicator  IndicatorItem // Key "" with the hit-rate measure
	Measure    string        // target, result, gap or rate
	Notice     string
	Rows       []MapRow
	Legend     []LegendItem
	Chart      Chart
	Sort       Sort
	Query      string // the view's filters, for export and embed links
	Basis      BasisSummary
	// Unmapped counts regions with data whose boundary the map lacks.
	Unmapped int
}

// MapRow is one region of the map: its cell (or hit rate) and colour.
type MapRow struct {
	Code     string
	Name     string
	Cell     *Cell // nil with the hit-rate measure
	Rate     string
	RateVal  float64
	Assessed int
	Colour   string
	Class    string // the legend entry it falls in
	Href     string
}

// LegendItem is one colour of the map's legend.
type LegendItem struct {
	Colour string
	Label  string
	Symbol string // ✓ ≈ ✗ for verdicts, as their badges carry
	Count  int
}

// MapEmbed is the map on its own for other sites to frame.
type MapEmbed struct {
	Page layout.Page
	Map  MapView
}

// NoDataColour fills a region without figures, on the map and in its legend.
const NoDataColour = "#e8eaed"
