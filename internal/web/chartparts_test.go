package web

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"testing"
)

// hue is a colour's hue in degrees and whether it has enough colour for
// a hue to mean anything (greys have none).
func hue(hex string) (float64, bool) {
	r, _ := strconv.ParseUint(hex[1:3], 16, 8)
	g, _ := strconv.ParseUint(hex[3:5], 16, 8)
	b, _ := strconv.ParseUint(hex[5:7], 16, 8)
	rf, gf, bf := float64(r)/255, float64(g)/255, float64(b)/255
	mx, mn := math.Max(rf, math.Max(gf, bf)), math.Min(rf, math.Min(gf, bf))
	d := mx - mn
	if d < 0.2 {
		return 0, false
	}
	var h float64
	switch mx {
	case rf:
		h = math.Mod((gf-bf)/d, 6)
	case gf:
		h = (bf-rf)/d + 2
	default:
		h = (rf-gf)/d + 4
	}
	h *= 60
	if h < 0 {
		h += 360
	}
	return h, true
}

func hueDistance(a, b float64) float64 {
	d := math.Abs(a - b)
	return math.Min(d, 360-d)
}

// No status colour shares a hue with a series colour, in the charts, the
// map's shades or the stylesheet (light and dark): 达成 is not the blue
// of 实际, nor the colour of a hit rate.
func TestPaletteHuesStayApart(t *testing.T) {
	status := map[string]string{}
	for st, c := range statusColours {
		status["chart "+string(st)] = c
	}
	css, err := os.ReadFile("../../static/css/app.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`--(met|missed|par|notfound):\s*(#[0-9a-fA-F]{6})`).FindAllStringSubmatch(string(css), -1) {
		status["css --"+m[1]+" "+m[2]] = m[2]
	}
	if len(status) < 12 {
		t.Fatalf("found %d status colours, want the chart's and both themes' of the stylesheet", len(status))
	}
	series := append(append(append(append([]string(nil), seriesColours...), targetShades...), resultShades...), rateShades...)
	for _, s := range series {
		sh, ok := hue(s)
		if !ok {
			continue // a grey (the palest shade) carries no hue to share
		}
		for name, c := range status {
			ch, ok := hue(c)
			if !ok {
				t.Errorf("%s %s is grey: a status needs a colour of its own", name, c)
				continue
			}
			if d := hueDistance(sh, ch); d < 25 {
				t.Errorf("%s %s is %.0f° from series colour %s", name, c, d, s)
			}
		}
	}
}

func TestClipCutsOutliersOnly(t *testing.T) {
	nan := math.NaN()
	lo, hi, cut := clip([]float64{8, 4, 10, 9.7, 10, nan, 5, 1.8, nan, 5.6, 13.7, 15, nan, 52.6})
	if lo != nil || hi == nil || *hi >= 52.6 || *hi < 15 || len(cut) != 1 || !cut[13] {
		t.Errorf("clip = %v, %v, %v; want the axis to stop above 15 with 52.6 cut", lo, hi, cut)
	}
	if _, hi, cut := clip([]float64{3, 5, 7, 9, 11, 13}); hi != nil || len(cut) != 0 {
		t.Errorf("an even spread is cut: %v", cut)
	}
	lo, _, cut = clip([]float64{6, 7, 8, 6.5, -41})
	if lo == nil || *lo > -1 || *lo < -41 || !cut[4] {
		t.Errorf("a fall of 41%% beside growth of 6–8%%: lo %v cut %v", lo, cut)
	}
}

func hexByte(s string) float64 {
	v, _ := strconv.ParseUint(s, 16, 8)
	return float64(v)
}

func atof(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}
