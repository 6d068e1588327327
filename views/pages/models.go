// Package pages holds the templ pages and their typed view models; pages
// never query anything, handlers fill the models.
package pages

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
)

// Option is one entry of a select box.
type Option struct {
	Value    string
	Label    string
	Selected bool
}

// FigureRef is a figure as a page shows it, with the way to its sentence.
type FigureRef struct {
	ID          int64
	DocumentID  int64
	Text        string  // the value as worded: 8%以上, 1697.7万人 (≥ 8% in English)
	Value       float64 // the value in the indicator's unit
	Unit        string
	Preliminary bool
	Quote       string
	DocTitle    string
	Period      string
	Review      string // review status: unreviewed, confirmed, corrected, rejected
	Confidence  float64
	// Shaky: no person has checked it and the extractor was unsure (under
	// the review queue's threshold). Shown with a mark, never hidden.
	Shaky bool
}

// Href links to the figure's sentence in its document.
func (f FigureRef) Href() string { return fmt.Sprintf("/documents/%d#fig-%d", f.DocumentID, f.ID) }

// FigureURL is a figure's own page: the sentence, the review, the history.
func FigureURL(id int64) string { return fmt.Sprintf("/figures/%d", id) }

// Cell is one indicator of one region in one year as views show it:
// target as worded, result, gap and the computed status.
type Cell struct {
	Key        string // unique within a view, for data-testid
	Indicator  string // catalogue key
	Name       string
	Unit       string // the canonical unit (%, 亿元, 人)
	UnitText   string // the unit in the page's language
	Region     string
	RegionCode string
	Year       int
	Period     string
	Target     *FigureRef
	Result     *FigureRef
	Status     targets.Status
	Gap        string
	GapVal     float64 // the gap as a number, for sorting; set where Gap is
	// Later is the stored report that reviews the cell's year but did not
	// yield its result: where a 未找到结果 cell sends the reader.
	Later *DocLink
	// History is every statement of the result, earliest report first,
	// where more than one document states it (预计 5.0% → 5.2%).
	History []Statement
}

// Revised says whether documents state the result as different numbers
// (two readings in one report revise nothing).
func (c Cell) Revised() bool {
	for i, a := range c.History {
		for _, b := range c.History[i+1:] {
			if a.DocumentID != b.DocumentID && a.Value != b.Value {
				return true
			}
		}
	}
	return false
}

// Shaky says whether the cell shows a reading to take with care.
func (c Cell) Shaky() bool {
	return c.Target != nil && c.Target.Shaky || c.Result != nil && c.Result.Shaky
}

// AnyShaky says whether any of the cells needs the trust legend.
func AnyShaky(cells []Cell) bool {
	for _, c := range cells {
		if c.Shaky() {
			return true
		}
	}
	return false
}

// Source is the figure a one-number cell links to: the result, else the target.
func (c Cell) Source() *FigureRef {
	if c.Result != nil {
		return c.Result
	}
	return c.Target
}

// Chart is one chart's container id, accessible title and echarts option,
// and what its embed needs: the embed URL (relative, with the view's
// state), the full view it comes from, and the documents it draws on.
type Chart struct {
	ID      string
	Title   string
	Option  any
	Embed   string
	Full    string
	Sources []DocLink
	Note    string // said under the chart: bars cut at the axis edge
}

// Has says whether there is a chart to draw.
func (c Chart) Has() bool { return c.Option != nil }

// TrendRow is one year of a region's record: how its targets fared.
type TrendRow struct {
	Year  int
	Tally targets.Tally
	Rate  string // hit rate, "—" when nothing could be assessed
	Shaky int    // assessed targets whose verdict rests on a shaky reading
}

// Overview is the 概览 page: one region, one year.
type Overview struct {
	Page       layout.Page
	Regions    []Option
	Years      []Option
	Region     string
	RegionCode string
	Year       int
	Rows       []Cell
	Counts     targets.Tally
	Shaky      targets.Tally // of Counts, the cells resting on a shaky reading
	Notice     string        // why the view is not exactly what was asked (the nearest year)
	Chart      Chart
	Trend      []TrendRow
	TrendChart Chart
	Basis      BasisSummary // the result verdicts are judged on, and what that changes here
	Sort       Sort         // the scorecard's order
}

// StatusName names a status in the page's language.
func StatusName(p layout.Page, s targets.Status) string { return p.T(s.Zh(), s.En()) }

// IndicatorItem is one indicator in a list.
type IndicatorItem struct {
	Key       string
	Name      string
	Unit      string
	UnitText  string // the unit in the page's language
	Headline  bool
	Direction string
	Figures   int
	Regions   int
	Years     string
}

// Indicators is the 指标 index.
type Indicators struct {
	Page  layout.Page
	Items []IndicatorItem
}

// Indicator is one indicator: over the years for a region, and across the
// regions of a level for a year.
type Indicator struct {
	Page        layout.Page
	Item        IndicatorItem
	Regions     []Option
	Years       []Option
	Levels      []Option
	Scopes      []Option // where the across comparison looks: everywhere, or within a region
	Region      string
	RegionCode  string
	Year        int
	Level       string
	Within      string // code of the across comparison's scope; "" is everywhere
	WithinName  string
	Notice      string // why the view is not exactly what was asked (the nearest year)
	OverYears   []Cell
	YearsChart  Chart
	Across      []Cell
	AcrossChart Chart
	Basis       BasisSummary // the result verdicts are judged on, and what that changes here
	// One ?sort= orders both tables, each by the keys it has (sort=gap
	// both; sort=year only the years, sort=region only the regions).
	YearsSort, AcrossSort Sort
	Sort                  Sort // as asked (Key "" for none), for the export links
}

// AcrossCaption says how the regions are ordered.
func AcrossCaption(p layout.Page, s Sort) string {
	if s.Key == "" {
		return p.T("按实际值(无实际时按目标)从高到低排列;点击列名可按该列排序。", "Sorted by result (or target where there is no result), highest first; click a column name to sort by it.")
	}
	return p.T("点击列名可按该列排序,再点一次反向。", "Click a column name to sort by it, again to reverse.")
}

// RegionNode is a region in the 地区 tree.
type RegionNode struct {
	Code     string
	Name     string
	Level    targets.Level
	Figures  int
	Below    int
	Children []RegionNode
}

// Regions is the 地区 index: the tree of regions with figures.
type Regions struct {
	Page layout.Page
	Tree []RegionNode
}

// Crumb is a link to a region.
type Crumb struct {
	Code  string
	Name  string
	Level targets.Level
}

// RegionRow is one indicator of a region across the years.
type RegionRow struct {
	Indicator string
	Name      string
	Unit      string  // in the page's language
	Cells     []*Cell // one per year of the view, nil where nothing
	Spark     Spark
}

// Region is the 地区 page: every indicator of one region over the years.
type Region struct {
	Page      layout.Page
	Region    Crumb
	Ancestors []Crumb
	Children  []Crumb
	Years     []int
	Rows      []RegionRow
	Periods   []Cell // five-year and other multi-year figures
	Trend     []TrendRow
	Docs      []DocLink
}

// DocLink is a link to a stored document.
type DocLink struct {
	ID    int64
	Title string
}

// CompareRow is one region's line of the comparison matrix.
type CompareRow struct {
	Region Crumb
	Depth  int
	Cells  []*Cell // one per indicator column
}

// Escalation is one target set below next to the targets above it for the
// same indicator and year (层层加码).
type Escalation struct {
	Key       string
	Indicator string
	Name      string
	Region    Crumb
	Own       *FigureRef
	Above     []AboveTarget
	Diff      string // own target minus the nearest one above
	DiffVal   float64
	Raised    bool
}

// AboveTarget is a parent region's target.
type AboveTarget struct {
	Region Crumb
	Target *FigureRef
}

// Compare is the 对比 page: regions × indicators for one year.
type Compare struct {
	Page       layout.Page
	Scopes     []Option
	Years      []Option
	Scope      string
	ScopeName  string
	Year       int
	Columns    []IndicatorItem
	Rows       []CompareRow
	Escalation []Escalation // the rows shown: all, or the first of them (the handler cuts)
	// EscalationTotal counts every row, EscalationCut the rows shown
	// unless all are asked for; EscalationAll says all are shown
	// (?esc=all); EscalationToggle links to the other choice ("" when
	// there are no more rows than the cut).
	EscalationTotal  int
	EscalationCut    int
	EscalationAll    bool
	EscalationToggle string
	EscalationExport string       // the escalation export's filters (?within=&year=)
	Notice           string       // why the view is not exactly what was asked (the nearest year)
	Basis            BasisSummary // the result verdicts are judged on, and what that changes here
	// One ?sort= orders both tables by the keys each has.
	MatrixSort, EscalationSort Sort
}

// Sorted says whether the matrix is in an order asked for, not the
// region tree's (whose indents then mean nothing).
func (m Compare) Sorted() bool { return m.MatrixSort.Key != "" }

// SnippetPart is a run of a search snippet; Hit marks the matched text.
type SnippetPart struct {
	Text string
	Hit  bool
}

// SearchDoc is a document found by a search.
type SearchDoc struct {
	ID      int64
	Title   string
	Region  string
	Year    int
	Snippet []SnippetPart
	Href    string // the document opened at the first hit
}

// Search is the 搜索 page.
type Search struct {
	Page       layout.Page
	Query      string
	Docs       []SearchDoc
	Indicators []IndicatorItem
	Regions    []Crumb
	Sort       Sort // the documents' order; Key "" the newest report first
}

// Methodology is the 方法说明 page; the numbers come from the code that
// applies them, so the page cannot drift from the rules.
type Methodology struct {
	Page             layout.Page
	RateTolerance    string
	AmountTolerance  string
	LowerIsBetter    []string
	ExtractorVersion string
	Statuses         []targets.Status
	LowConfidence    string // the confidence under which an unchecked reading is marked
}

// DocFigure is a figure highlighted in a document's text.
type DocFigure struct {
	FigureRef
	Key        string // indicator key
	RegionCode string
	Indicator  string
	Kind       string
	Region     string
	Year       int
}

// Segment is a run of a document's text, highlighted when Figure is set.
type Segment struct {
	Text   string
	Figure *DocFigure
	Also   []int64  // figures whose quote overlaps this one
	Hit    string   // the anchor of a search hit (hit-1…), "" for other text
	Hits   []string // anchors of search hits inside a figure's mark
}

// Document is the 文档 page: the text with every figure highlighted.
type Document struct {
	Page     layout.Page
	Doc      targets.StoredDocument
	Segments []Segment
	Figures  []DocFigure
	Choices  FieldChoice // for a reviewer's add-a-figure form
	Query    string      // the search that opened it: its hits are marked
	Hits     int
}

// Documents is the list of stored documents.
type Documents struct {
	Page  layout.Page
	Docs  []targets.StoredDocument
	Total int
	Pager Pager
	Sort  Sort
}

// Error is the page for 404 and other errors. A region or year that is
// not there lists what is: close region names, the years with data.
type Error struct {
	Page    layout.Page
	Status  int
	Message string
	Regions []Suggestion
	Years   []Suggestion
}

// Suggestion is a link to the view the reader probably meant.
type Suggestion struct {
	Label string
	Level targets.Level // for a region
	Href  string
}

// PeriodLabel spells a period out: 2021-2025 becomes 十四五(2021–2025),
// in English 2021-2025 (14th Five-Year Plan).
func PeriodLabel(p layout.Page, period string) string {
	if name := targets.FiveYearPlanName(period); name != "" {
		return p.T(name+"("+period+")", period+" ("+planEn(name)+")")
	}
	return period
}

// planEn names a five-year plan in English from its Chinese short name:
// 十四五 is the 14th Five-Year Plan (the name is the plan's number, then 五).
func planEn(name string) string {
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(strings.TrimSuffix(name, "五"))
	n := 0
	switch {
	case len(rs) == 1 && rs[0] == '十':
		n = 10
	case len(rs) == 1:
		n = digits[rs[0]]
	case len(rs) == 2 && rs[0] == '十':
		n = 10 + digits[rs[1]]
	}
	if n == 0 {
		return name
	}
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		suffix = map[int]string{1: "st", 2: "nd", 3: "rd"}[n%10]
		if suffix == "" {
			suffix = "th"
		}
	}
	return strconv.Itoa(n) + suffix + " Five-Year Plan"
}
