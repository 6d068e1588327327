package targets

import (
	"fmt"
	"sort"
	"strings"
)

// Version identifies the extraction rules; stored with every figure so
// documents can be re-extracted when the rules improve.
const Version = "2026.12.8"

// Article is one report or news item inside a document, with what the
// extractor decided about it.
type Article struct {
	Title      string
	Region     Region
	ReportYear int // the calendar year the report was delivered in
	Month      int // delivery month, 0 when unknown
	Start, End int // byte offsets in the original text
}

// Analysis is everything read from one document.
type Analysis struct {
	Articles []Article
	Figures  []Figure
	// Err is set when the extractor failed on the text (a defect of its
	// own, not of the text): the document must not be stored as read,
	// with none or some of its figures missing.
	Err error
}

// Title returns the document's title: the first article's.
func (a *Analysis) Title() string {
	if len(a.Articles) == 0 {
		return ""
	}
	return a.Articles[0].Title
}

// Region returns the region most of the document's figures are about.
func (a *Analysis) Region() string {
	count := map[string]int{}
	best := ""
	for _, f := range a.Figures {
		count[f.Region]++
		if count[f.Region] > count[best] {
			best = f.Region
		}
	}
	if best == "" && len(a.Articles) > 0 {
		best = a.Articles[0].Region.Name
	}
	return best
}

// Year returns the report year of the first article that has one.
func (a *Analysis) Year() int {
	for _, ar := range a.Articles {
		if ar.ReportYear > 0 {
			return ar.ReportYear
		}
	}
	return 0
}

// Extract reads every figure in a decoded document.
func Extract(text string) []Figure { return Analyze(text).Figures }

// Analyze splits a document into articles and extracts each one's figures.
func Analyze(text string) (res *Analysis) {
	res = &Analysis{}
	// A defect in the reader must cost one document, not the process (a
	// bulk ingest, the server's upload queue): it is turned into an error
	// the caller reports, with nothing of the document kept.
	defer func() {
		if r := recover(); r != nil {
			res.Articles, res.Figures = nil, nil
			res.Err = fmt.Errorf("the extractor failed on this text (%v): nothing of it was read; please report the file", r)
		}
	}()
	t := Normalize(text)
	for _, span := range splitArticles(t) {
		a := newArticleReader(t, span[0], span[1])
		figs := readArticle(a)
		res.Articles = append(res.Articles, a.article())
		res.Figures = append(res.Figures, figs...)
	}
	res.Figures = dropRestatedThresholds(dedupe(res.Figures))
	return res
}

// dropRestatedThresholds leaves out a result stated only as a threshold
// (迈上5000亿元台阶, 突破800亿元) where the document gives the same
// result's level, at or above it (有望达到5280亿元): the threshold
// restates it and says less.
func dropRestatedThresholds(fs []Figure) []Figure {
	type key struct {
		region, ind, period string
		year                int
	}
	level := map[key][]float64{}
	for _, f := range fs {
		if f.Kind == Reported && f.Cmp != AtLeast && f.Cmp != AtMost {
			k := key{f.Region, f.Indicator, f.Period, f.Year}
			level[k] = append(level[k], f.Value)
		}
	}
	out := fs[:0:0]
	for _, f := range fs {
		if f.Kind == Reported && f.Cmp == AtLeast && f.Reading.Bound == ByThreshold {
			restated := false
			for _, v := range level[key{f.Region, f.Indicator, f.Period, f.Year}] {
				restated = restated || v >= f.Value
			}
			if restated {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// readArticle reads one article's figures (a variable so a test can make
// it fail).
var readArticle = (*articleReader).read

// splitArticles cuts a document at lines holding only "-" (how collections
// of news items separate them); a document without such lines is one article.
func splitArticles(t *Text) [][2]int {
	var spans [][2]int
	start := 0
	lineStart := 0
	for i := 0; i <= len(t.R); i++ {
		if i < len(t.R) && t.R[i] != '\n' {
			continue
		}
		line := strings.TrimSpace(string(t.R[lineStart:i]))
		if line == "-" || line == "—" || line == "--" {
			if lineStart > start {
				spans = append(spans, [2]int{start, lineStart})
			}
			start = i + 1
		}
		lineStart = i + 1
	}
	if start < len(t.R) {
		spans = append(spans, [2]int{start, len(t.R)})
	}
	return spans
}

// dedupe keeps one figure per document for each (region, year, kind,
// indicator, period, value): the same fact stated twice is one fact. The
// more confident or more bounded statement wins.
func dedupe(fs []Figure) []Figure {
	type key struct {
		region, kind, ind, period string
		year                      int
		value                     float64
	}
	idx := map[key]int{}
	out := fs[:0:0]
	for _, f := range fs {
		k := key{f.Region, string(f.Kind), f.Indicator, f.Period, f.Year, f.Value}
		if i, ok := idx[k]; ok {
			prelim := out[i].Preliminary || f.Preliminary
			switch {
			case formal(f) && !formal(out[i]):
				out[i] = f // the target list (主要预期目标) states it as the report means it
			case formal(out[i]) && !formal(f):
			case out[i].Cmp == Exactly && f.Cmp != Exactly:
				out[i] = f // the bounded statement, with its own sentence: a bound its quote does not show could not be traced
			}
			out[i].Preliminary = prelim
			continue
		}
		idx[k] = len(out)
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// formal reports whether a figure comes from a part that lists targets
// as such (今年主要预期目标是…, 计划…): of two statements of one fact, its
// wording is the report's own.
func formal(f Figure) bool {
	return f.Kind == Planned && formalPart(f.Reading.Part)
}

// formalPart reports whether a part's label names a list of targets.
func formalPart(part string) bool {
	return strings.Contains(part, "预期目标") || strings.Contains(part, "主要目标")
}
