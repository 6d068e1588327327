package targets

import "sort"

// Cell is one indicator of one region for one year (or one multi-year
// period): the target that was set, the result that was reported, and the
// verdict computed from them. Every view of planned against reported is
// built from cells.
type Cell struct {
	Region     string
	RegionCode string
	Indicator  string
	Period     string
	Year       int
	Target     *Record
	Result     *Record
	Status     Status
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
// the order the cells first appear, and assesses each. Where several
// documents state the same figure, Best picks the one shown.
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
		c := Cell{RegionCode: k.region, Indicator: k.indicator, Period: k.period, Year: k.year,
			Target: Best(g.planned), Result: Best(g.reported)}
		if c.Target != nil {
			c.Region = c.Target.Region
		} else {
			c.Region = c.Result.Region
		}
		in, _ := LookupIndicator(k.indicator)
		var tf, rf *Figure
		if c.Target != nil {
			tf = &c.Target.Figure
		}
		if c.Result != nil {
			rf = &c.Result.Figure
		}
		c.Status = Assess(tf, rf, in.HigherIsBetter || in.Key == "")
		cells = append(cells, c)
	}
	return cells
}

// Best picks the figure to show where several documents state one: a final
// result over an estimate, then the most confident, then the latest stored.
func Best(rs []Record) *Record {
	if len(rs) == 0 {
		return nil
	}
	b := rs[0]
	for _, r := range rs[1:] {
		switch {
		case b.Preliminary && !r.Preliminary:
			b = r
		case b.Preliminary != r.Preliminary:
		case r.Confidence > b.Confidence:
			b = r
		case r.Confidence == b.Confidence && r.ID > b.ID:
			b = r
		}
	}
	return &b
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
