package pages

import (
	"strconv"
	"strings"
)

// Spark is a sparkline drawn as inline SVG on the server: it needs no
// script and reads the same in every browser.
type Spark struct {
	Width, Height int
	Results       []string // polylines of the results, broken where a year has none
	Targets       []Point  // target markers
	Label         string   // what it shows, for screen readers
}

// Point is one marker of a sparkline.
type Point struct{ X, Y float64 }

// NewSpark scales a series of (results, targets) per year into a w×h
// box. Years keep their real spacing (2016 and 2019 are three apart),
// and the line breaks where a year has no result: it never draws one.
func NewSpark(years []int, results, targets []*float64, w, h int, label string) Spark {
	s := Spark{Width: w, Height: h, Label: label}
	lo, hi, any := 0.0, 0.0, false
	for _, vs := range [][]*float64{results, targets} {
		for _, v := range vs {
			if v == nil {
				continue
			}
			if !any || *v < lo {
				lo = *v
			}
			if !any || *v > hi {
				hi = *v
			}
			any = true
		}
	}
	if !any {
		return s
	}
	if hi == lo {
		hi, lo = hi+1, lo-1
	}
	first, last := 0, 0
	if len(years) > 0 {
		first, last = years[0], years[len(years)-1]
	}
	x := func(i int) float64 {
		if last == first {
			return float64(w) / 2
		}
		return 3 + float64(years[i]-first)*float64(w-6)/float64(last-first)
	}
	y := func(v float64) float64 { return 3 + (hi-v)*float64(h-6)/(hi-lo) }
	var pts []string
	flush := func() {
		if len(pts) > 0 {
			s.Results = append(s.Results, strings.Join(pts, " "))
		}
		pts = nil
	}
	for i, v := range results {
		if v == nil || i > 0 && years[i]-years[i-1] > 1 {
			flush()
		}
		if v != nil {
			pts = append(pts, strconv.FormatFloat(x(i), 'f', 1, 64)+","+strconv.FormatFloat(y(*v), 'f', 1, 64))
		}
	}
	flush()
	for i, v := range targets {
		if v != nil {
			s.Targets = append(s.Targets, Point{X: x(i), Y: y(*v)})
		}
	}
	return s
}
