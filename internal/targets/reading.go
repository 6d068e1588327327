package targets

import "strings"

// Reading says why a figure was read as it was: the part of the report its
// sentence sits in, and what decided its time, its kind, its subject and
// its bound. It is stored with the figure and shown on the figure's page,
// so a reader sees at once why a number is where it is and a reviewer can
// correct the reading, not only the value.
type Reading struct {
	Part    string `json:"part,omitempty"` // the heading (› lead words) of the part
	Time    Basis  `json:"time"`
	Kind    Basis  `json:"kind"`
	Subject Basis  `json:"subject"`
	Bound   Basis  `json:"bound"`
}

// Basis names what decided one side of a reading.
type Basis string

// What decides a figure's time, kind, subject and bound.
const (
	ByPart      Basis = "part"      // the heading or lead words of the part (一、2025年工作回顾, 这五年)
	BySentence  Basis = "sentence"  // a year or the words of the sentence itself (2025年,…; 力争)
	ByDeadline  Basis = "deadline"  // a deadline before it (到2030年)
	ByStart     Basis = "start"     // the start of a from–to statement (由X提高到Y)
	ByColumn    Basis = "column"    // a table's column heading (2024年完成, 2025年预期增长%)
	ByReport    Basis = "report"    // only the report's date: no part was recognised
	ByOwn       Basis = "own"       // the report's own region (全省, 我县, or none named)
	ByNamed     Basis = "named"     // a unit named right before the indicator (泸州经济总量)
	ByClause    Basis = "clause"    // a unit opening the clause
	ByCarried   Basis = "carried"   // the subject of the clause before (…800亿元,增长17.7%)
	ByExact     Basis = "exact"     // a figure as written, or bounded by 以上/以内/左右
	ByThreshold Basis = "threshold" // a threshold crossed (突破, 迈上…台阶, 超)
	ByApprox    Basis = "approx"    // an approximation (近, 约)
	ByRange     Basis = "range"     // a range read as its lower bound (5%—5.5%)
)

// confidence scores a reading: sure where the part, the subject and the
// value are all written out; lower for each guess. Figures under 0.75 go
// to a person for review.
func (r Reading) confidence(avgGuessed bool) float64 {
	c := 0.95
	switch r.Time {
	case ByDeadline, ByStart:
		c -= 0.05
	case ByReport:
		c -= 0.15
	}
	switch r.Kind {
	case ByReport:
		c -= 0.1
	}
	switch r.Subject {
	case ByNamed, ByCarried:
		c -= 0.05
	case ByClause:
		c -= 0.1
	}
	switch r.Bound {
	case ByThreshold:
		c -= 0.15
	case ByApprox:
		c -= 0.1
	}
	if avgGuessed {
		c -= 0.2 // 年均增长 with no span named: the coming five years, guessed
	}
	return roundTo(max(c, 0.3), 2)
}

// partLabel names the part being read: the top-level heading and, when a
// heading below it or lead words opened the part, those too.
func (a *articleReader) partLabel() string {
	switch {
	case a.head == "":
		return a.label
	case a.label == "" || a.label == a.head:
		return a.head
	}
	return a.head + " › " + a.label
}

// leadLabel is the lead words of a sentence that opened a part: up to its
// first comma, at most 24 characters.
func leadLabel(s string) string {
	s = leadOf(s)
	if i := strings.IndexAny(s, ",:"); i > 0 {
		s = s[:i]
	}
	return truncateRunes(s, 24)
}
