// Package pages holds the templ pages and their typed view models; pages
// never query anything, handlers fill the models.
package pages

import (
	"fmt"

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
	Text        string  // the value as worded: 8%以上
	Value       float64 // the value in the indicator's unit
	Preliminary bool
	Quote       string
	DocTitle    string
	Period      string
}

// Href links to the figure's sentence in its document.
func (f FigureRef) Href() string { return fmt.Sprintf("/documents/%d#fig-%d", f.DocumentID, f.ID) }

// ScoreRow is one indicator of a scorecard: target, result and verdict.
type ScoreRow struct {
	Key      string
	Name     string
	Unit     string
	Headline bool
	Target   *FigureRef
	Result   *FigureRef
	Status   targets.Status
	Gap      string
}

// Overview is the 概览 page: one region, one year.
type Overview struct {
	Page       layout.Page
	Regions    []Option
	Years      []Option
	Region     string
	Year       int
	Rows       []ScoreRow
	Counts     map[targets.Status]int
	ChartID    string
	ChartTitle string
	Chart      any
	HasChart   bool
}

// Statuses lists the verdicts in the order the summary shows them.
func (o Overview) Statuses() []targets.Status {
	return []targets.Status{targets.StatusMet, targets.StatusOnPar, targets.StatusMissed, targets.StatusPending, targets.StatusNoTarget}
}

// StatusName names a status in the page's language.
func StatusName(p layout.Page, s targets.Status) string { return p.T(s.Zh(), s.En()) }

// DocFigure is a figure highlighted in a document's text.
type DocFigure struct {
	FigureRef
	Indicator string
	Kind      string
	Region    string
	Year      int
}

// Segment is a run of a document's text, highlighted when Figure is set.
type Segment struct {
	Text   string
	Figure *DocFigure
	Also   []int64 // figures whose quote overlaps this one
}

// Document is the 文档 page: the text with every figure highlighted.
type Document struct {
	Page     layout.Page
	Doc      targets.StoredDocument
	Segments []Segment
	Figures  []DocFigure
}

// Documents is the list of stored documents.
type Documents struct {
	Page layout.Page
	Docs []targets.StoredDocument
}

// Error is the page for 404 and other errors.
type Error struct {
	Page    layout.Page
	Status  int
	Message string
}
