package targets

import "fmt"

// Kind says whether a figure is a target set in advance or a result achieved.
type Kind string

// The two kinds of figure in the figures contract.
const (
	Planned  Kind = "planned"
	Reported Kind = "reported"
)

// Valid reports whether k is one of the contract's kinds.
func (k Kind) Valid() bool { return k == Planned || k == Reported }

// Comparator is how a figure's value is bounded: 以上, 以内, 左右 or plain.
type Comparator string

// The comparators of the figures contract.
const (
	AtLeast Comparator = ">="
	AtMost  Comparator = "<="
	About   Comparator = "~"
	Exactly Comparator = "="
)

// Valid reports whether c is one of the contract's comparators.
func (c Comparator) Valid() bool {
	return c == AtLeast || c == AtMost || c == About || c == Exactly
}

// Figure is one quantitative statement read from a document, exactly as the
// figures contract (shared/spec/figures.md) defines it. Start and End are
// UTF-8 byte offsets of Quote in the decoded document text.
type Figure struct {
	Region      string     `json:"region"`
	Year        int        `json:"year"`
	Period      string     `json:"period"`
	Kind        Kind       `json:"kind"`
	Indicator   string     `json:"indicator"`
	Value       float64    `json:"value"`
	Unit        string     `json:"unit"`
	Cmp         Comparator `json:"cmp"`
	Preliminary bool       `json:"preliminary"`
	Quote       string     `json:"quote"`
	Start       int        `json:"start"`
	End         int        `json:"end"`
	ValueText   string     `json:"value_text,omitempty"`
	// Confidence in [0,1]: how sure the extractor is; low values go to review.
	Confidence float64 `json:"confidence"`
	// Reading says why the figure was read as it was (part, time, kind, subject, bound).
	Reading Reading `json:"reading"`
}

// String renders a figure compactly for logs and test failures.
func (f Figure) String() string {
	p := ""
	if f.Period != "" {
		p = " (" + f.Period + ")"
	}
	return fmt.Sprintf("%s %d%s %s %s %s%g%s", f.Region, f.Year, p, f.Kind, f.Indicator, cmpPrefix(f.Cmp), f.Value, f.Unit)
}

func cmpPrefix(c Comparator) string {
	if c == Exactly {
		return ""
	}
	return string(c)
}

// WordedTarget renders value and comparator the way a report words them:
// 8%以上, 5.5%以内, 3.5%左右.
func WordedTarget(v float64, unit string, c Comparator) string {
	s := FormatNumber(v) + unit
	switch c {
	case AtLeast:
		s += "以上"
	case AtMost:
		s += "以内"
	case About:
		s += "左右"
	}
	return s
}

// FormatNumber prints a value without trailing zeros (8, 8.2, 0.44).
func FormatNumber(v float64) string {
	return fmt.Sprintf("%g", v)
}
