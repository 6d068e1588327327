package web

import (
	"math"
	"sort"

	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// The palette. Series (what was planned, what was reported, a share of
// targets met) and statuses (how one target fared) never share a hue, so
// a blue bar is never read as 达成: results blue, targets purple, hit
// rates olive; 达成 bluish green, 基本持平 orange, 未达成 vermilion, 未找到结果
// magenta (Okabe–Ito's colours, which stay apart for red–green colour
// blindness). A hit rate is not a verdict: painted in 达成's green, a
// 40% region would read as one that met its targets. Decal patterns and
// the symbols ✓ ≈ ✗ tell statuses apart without colour at all.
// TestPaletteHuesStayApart and TestChartsKeepStatusHuesToStatuses hold it.
const (
	colourResult   = "#1f5fa8"
	colourTarget   = "#7b5aa6"
	colourRate     = "#7f9f33"
	colourMet      = "#009e73"
	colourOnPar    = "#e69f00"
	colourMissed   = "#d55e00"
	colourNotFound = "#b8407f"
)

// seriesColours and statusColours are the palette's two families.
var (
	seriesColours = []string{colourResult, colourTarget, colourRate}
	statusColours = map[targets.Status]string{targets.StatusMet: colourMet, targets.StatusOnPar: colourOnPar,
		targets.StatusMissed: colourMissed, targets.StatusNotFound: colourNotFound}
)

// chartMeta travels with a chart's option under the key "mubiao" and is
// read (and removed) by static/js/charts.js: the tooltip of each category
// or year, whether the x axis is years on a real scale, and whether the
// chart turns its bars sideways on a narrow screen so that no label
// overlaps another.
type chartMeta struct {
	Tips     map[string]chartTip `json:"tips,omitempty"`
	YearAxis bool                `json:"yearAxis,omitempty"`
	Sideways bool                `json:"sideways,omitempty"`
	Clipped  string              `json:"clipped,omitempty"` // a note under the chart when bars are cut
}

// chartTip is what a tooltip says about one category: target, result,
// gap and verdict, each as the page writes them, and the source sentence.
type chartTip struct {
	Title string      `json:"title"`
	Rows  [][2]string `json:"rows"`
	Quote string      `json:"quote,omitempty"`
}

// cellTip is a cell's tooltip in the page's language.
func cellTip(lang, title string, c pages.Cell) chartTip {
	t := chartTip{Title: title}
	side := func(label string, f *pages.FigureRef) {
		v := "—"
		if f != nil {
			v = f.Text
			if f.Preliminary {
				v += tr(lang, "(预计)", " (est.)")
			}
			if f.Shaky {
				v += tr(lang, "(待核实)", " (unchecked)")
			}
		}
		t.Rows = append(t.Rows, [2]string{label, v})
	}
	side(tr(lang, "目标", "Target"), c.Target)
	side(tr(lang, "实际", "Result"), c.Result)
	if c.Gap != "" {
		t.Rows = append(t.Rows, [2]string{tr(lang, "差距", "Gap"), c.Gap})
	}
	if c.Status != "" {
		t.Rows = append(t.Rows, [2]string{tr(lang, "状态", "Status"), tr(lang, c.Status.Zh(), c.Status.En())})
	}
	if f := c.Source(); f != nil {
		t.Quote = f.Quote
	}
	return t
}

// clip finds outliers that would flatten every other bar (one 52.6%
// growth beside a dozen under 15%): a value further from the rest than
// 1.5 times their whole spread is cut. The axis then stops at a round
// number past the rest, and each cut bar gets a marker with its real
// value. It returns the axis bounds (nil: echarts chooses) and the
// indexes of the values cut.
func clip(values []float64) (lo, hi *float64, cut map[int]bool) {
	var idx []int
	for i, v := range values {
		if !math.IsNaN(v) {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return values[idx[a]] < values[idx[b]] })
	kept := idx
	v := func(k int) float64 { return values[kept[k]] }
	spread := func(from, to int) float64 { return math.Max(v(to), 0) - math.Min(v(from), 0) }
	cut = map[int]bool{}
	for len(kept) > 3 && len(cut) <= len(idx)/4 {
		n := len(kept)
		if top, rest := v(n-1)-v(n-2), spread(0, n-2); v(n-1) > 0 && rest > 0 && top > 1.5*rest {
			cut[kept[n-1]] = true
			kept = kept[:n-1]
			continue
		}
		if bottom, rest := v(1)-v(0), spread(1, n-1); v(0) < 0 && rest > 0 && bottom > 1.5*rest {
			cut[kept[0]] = true
			kept = kept[1:]
			continue
		}
		break
	}
	if len(cut) == 0 {
		return nil, nil, nil
	}
	n := len(kept)
	margin := 0.2 * spread(0, n-1)
	if values[idx[len(idx)-1]] > v(n-1) {
		h := niceCeil(v(n-1) + margin)
		hi = &h
	}
	if values[idx[0]] < v(0) {
		// Below the rest, with room for the cut bar to show it falls.
		l := -niceCeil(math.Max(margin, -(v(0) - margin)))
		lo = &l
	}
	return lo, hi, cut
}

// niceCeil rounds up to 1, 2, 2.5 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if v <= m*p+1e-9 {
			return m * p
		}
	}
	return 10 * p
}

// clipMarks are the markers on cut bars: at the axis edge, with the
// value as the page writes it and an arrow pointing off the chart.
func clipMarks(coords [][2]any, labels []string, up []bool) []opts.MarkPointNameCoordItem {
	var out []opts.MarkPointNameCoordItem
	for i, c := range coords {
		arrow, rot := "↑", float32(0)
		if !up[i] {
			arrow, rot = "↓", 180
		}
		out = append(out, opts.MarkPointNameCoordItem{Coordinate: []any{c[0], c[1]}, Value: labels[i] + arrow,
			Symbol: "triangle", SymbolSize: 12, SymbolRotate: rot, ItemStyle: &opts.ItemStyle{Color: "#333"},
			Label: &opts.Label{Show: opts.Bool(true), Position: "top", Formatter: "{c}", Color: "#333"}})
	}
	return out
}

// nan is a missing bar in clip's input.
func valueOrNaN(f *pages.FigureRef) float64 {
	if f == nil {
		return math.NaN()
	}
	return f.Value
}
