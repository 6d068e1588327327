package targets

import "sort"

// Cell is one indicator of one region for one year (or one multi-year
// period): the target that was set, the result that was reported, and the
// verdict computed from them. Every view of planned against reported is
// built from cells.
//
// Where several figures state one side, the cell shows the most certain
// (see Best) and counts the others (Targets, Results), which stay
// reachable through the cell's key. A result stated several times (预计
// in one report, final in the next) keeps its first statement and its
// latest final one too, each with its own verdict.
type Cell struct {
	Region     string
	RegionCode string
	Indicator  string
	Period     string
	Year       int
	Target     *Record
	Result     *Record
	Status     Status
	// Figures stating each side (rejected ones not counted).
	Targets, Results int
	// FirstResult is the result as first reported (the earliest report's
	// statement); FinalResult the latest final (not 预计) one, nil when
	// every statement is an estimate. Either may be Result itself.
	FirstResult, FinalResult *Record
	FirstStatus, FinalStatus Status // "" where there is no such result
	// Later is the stored report that reviews the cell's year, for a
	// target whose result was not found in it (StatusNotFound).
	Later *DocumentRef
}

// DocumentRef names a stored document.
type DocumentRef struct {
	ID    int64
	Title string
}

// Gap is the result minus the target, when both exist.
func (c Cell) Gap() (float64, bool) {
	if c.Target == nil || c.Result == nil {
		return 0, false
	}
	return Gap(&c.Target.Figure, &c.Result.Figure)
}

// Shown is the figure a one-number view shows: the result, else the target.
func (c Cell) Shown() *Record {
	if c.Result != nil {
		return c.Result
	}
	return c.Target
}

type cellKey struct {
	region, indicator, period string
	year                      int
}

// Pair groups records into cells by region, indicator, period and year, in
// the order the cells first appear, and judges each (see Judge). Without
// knowing which later reports are stored it cannot tell 未找到结果 from
// 待公布: the database's stored cells can, and views read those.
func Pair(recs []Record) []Cell {
	type group struct{ planned, reported []Record }
	groups := map[cellKey]*group{}
	var keys []cellKey
	for _, r := range recs {
		k := cellKey{r.RegionCode, r.Indicator, r.Period, r.Year}
		g, ok := groups[k]
		if !ok {
			g = &group{}
			groups[k] = g
			keys = append(keys, k)
		}
		if r.Kind == Planned {
			g.planned = append(g.planned, r)
		} else {
			g.reported = append(g.reported, r)
		}
	}
	cells := make([]Cell, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		cells = append(cells, Judge(g.planned, g.reported, nil))
	}
	return cells
}

// Judge makes the cell of the targets and results stated for it (one
// region, indicator, period and year; at least one figure). review is
// the stored report reviewing the cell's year, if any: a target without a
// result is then 未找到结果 rather than 待公布.
func Judge(planned, reported []Record, review *DocumentRef) Cell {
	c := Cell{Target: Best(planned), Result: Best(reported), Targets: len(planned), Results: len(reported)}
	any := c.Target
	if any == nil {
		any = c.Result
	}
	c.Region, c.RegionCode, c.Indicator, c.Period, c.Year = any.Region, any.RegionCode, any.Indicator, any.Period, any.Year
	in, _ := LookupIndicator(c.Indicator)
	higher := in.HigherIsBetter || in.Key == ""
	verdict := func(r *Record) Status {
		var tf, rf *Figure
		if c.Target != nil {
			tf = &c.Target.Figure
		}
		if r != nil {
			rf = &r.Figure
		}
		return Assess(tf, rf, higher)
	}
	c.Status = verdict(c.Result)
	if c.Result != nil {
		c.FirstResult, c.FinalResult = firstStated(reported), latestFinal(reported)
		c.FirstStatus = verdict(c.FirstResult)
		if c.FinalResult != nil {
			c.FinalStatus = verdict(c.FinalResult)
		}
	}
	if c.Status == StatusPending && review != nil {
		c.Status, c.Later = StatusNotFound, review
	}
	return c
}

// Best picks the figure a cell shows where several state one side: the
// most certain — for a result, a number over a bound (突破5000亿元); then a
// final figure over an estimate (预计), then the higher
// extractor confidence, then, for two results of one report, the one
// first in it, then the latest report (by report year, then the document stored
// last), then the figure stored last.
func Best(rs []Record) *Record {
	if len(rs) == 0 {
		return nil
	}
	b := rs[0]
	for _, r := range rs[1:] {
		if moreCertain(r, b) {
			b = r
		}
	}
	return &b
}

func moreCertain(a, b Record) bool {
	switch {
	case a.Kind == Reported && b.Kind == Reported && (a.Cmp == Exactly) != (b.Cmp == Exactly):
		// A result's number over a bound it passed (5636.8亿元, an estimate,
		// over 连跨5000亿元台阶 in the five-year summary): the bound says
		// less, however final.
		return a.Cmp == Exactly
	case a.Preliminary != b.Preliminary:
		return !a.Preliminary
	case a.Confidence != b.Confidence:
		return a.Confidence > b.Confidence
	case a.Kind == Reported && a.DocumentID == b.DocumentID && a.DocumentID != 0 && a.Start != b.Start:
		// Two results in one report: the first, where the review sums
		// the year up; a later one in its body is more often a part's (a
		// park's 规模以上工业增加值增长25.3%). Targets keep the last stated
		// (a later item of a work plan is as often the one a result answers).
		return a.Start < b.Start
	}
	return later(a, b)
}

// later says whether a is from a later report than b (ties: stored later).
func later(a, b Record) bool {
	switch {
	case a.ReportYear != b.ReportYear:
		return a.ReportYear > b.ReportYear
	case a.DocumentID != b.DocumentID:
		return a.DocumentID > b.DocumentID
	}
	return a.ID > b.ID
}

// firstStated is the result as first reported: the most certain statement
// of the earliest report.
func firstStated(rs []Record) *Record {
	first := rs[0]
	for _, r := range rs[1:] {
		if r.ReportYear != first.ReportYear || r.DocumentID != first.DocumentID {
			if later(first, r) {
				first = r
			}
		} else if moreCertain(r, first) {
			first = r
		}
	}
	return &first
}

// latestFinal is the most certain final statement of the latest report
// that has one; nil when every statement is an estimate.
func latestFinal(rs []Record) *Record {
	var f *Record
	for i := range rs {
		r := rs[i]
		if r.Preliminary {
			continue
		}
		switch {
		case f == nil:
			f = &r
		case r.ReportYear != f.ReportYear || r.DocumentID != f.DocumentID:
			if later(r, *f) {
				f = &r
			}
		case moreCertain(r, *f):
			f = &r
		}
	}
	return f
}

// Tally counts cells by status: a year's or a region's hit rate.
type Tally struct {
	Met, OnPar, Missed, Pending, NotFound, NoTarget int
}

// Add counts one cell.
func (t *Tally) Add(s Status) {
	switch s {
	case StatusMet:
		t.Met++
	case StatusOnPar:
		t.OnPar++
	case StatusMissed:
		t.Missed++
	case StatusPending:
		t.Pending++
	case StatusNotFound:
		t.NotFound++
	case StatusNoTarget:
		t.NoTarget++
	}
}

// Count is the number of cells with a status.
func (t Tally) Count(s Status) int {
	switch s {
	case StatusMet:
		return t.Met
	case StatusOnPar:
		return t.OnPar
	case StatusMissed:
		return t.Missed
	case StatusPending:
		return t.Pending
	case StatusNotFound:
		return t.NotFound
	case StatusNoTarget:
		return t.NoTarget
	}
	return 0
}

// Assessed is the number of targets that have a result to judge them by.
func (t Tally) Assessed() int { return t.Met + t.OnPar + t.Missed }

// HitRate is the share of assessed targets that were met, and false when
// no target could be assessed.
func (t Tally) HitRate() (float64, bool) {
	n := t.Assessed()
	if n == 0 {
		return 0, false
	}
	return float64(t.Met) / float64(n), true
}

// TallyByYear counts cells per year, years ascending.
func TallyByYear(cells []Cell) ([]int, map[int]Tally) {
	by := map[int]Tally{}
	for _, c := range cells {
		if c.Period != "" {
			continue // five-year targets are judged in their own row
		}
		t := by[c.Year]
		t.Add(c.Status)
		by[c.Year] = t
	}
	years := make([]int, 0, len(by))
	for y := range by {
		years = append(years, y)
	}
	sort.Ints(years)
	return years, by
}

// Statuses lists the verdicts in the order views show them.
func Statuses() []Status {
	return []Status{StatusMet, StatusOnPar, StatusMissed, StatusPending, StatusNotFound, StatusNoTarget}
}
