package pages

import (
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
)

func TestAmountReadsAsReportsWriteIt(t *testing.T) {
	for _, c := range []struct {
		lang string
		v    float64
		unit string
		want string
	}{
		{"zh", 16977000, "人", "1697.7万人"},
		{"zh", 827000, "人", "82.7万人"},
		{"zh", 52000, "人", "5.2万人"},
		{"zh", 5000, "人", "5000人"},
		{"zh", 3000, "亿元", "3000亿元"},
		{"zh", 55300, "亿元", "5.53万亿元"},
		{"zh", 0.5, "亿元", "5000万元"},
		{"zh", 48296, "元", "48296元"},
		{"zh", 8.2, "%", "8.2%"},
		{"zh", 3.0999999999999996, "%", "3.1%"},
		{"en", 8, "%", "8%"},
		{"en", 1, "亿元", "100 million yuan"},
		{"en", 3000, "亿元", "300 billion yuan"},
		{"en", 1600, "亿元", "160 billion yuan"},
		{"en", 55300, "亿元", "5.53 trillion yuan"},
		{"en", 1, "万人", "10,000 people"},
		{"en", 52000, "人", "52,000 people"},
		{"en", 16977000, "人", "16.977 million people"},
		{"en", 300, "天", "300 days"},
		{"en", 18, "个", "18 items"},
	} {
		if got := Amount(c.lang, c.v, c.unit); got != c.want {
			t.Errorf("Amount(%s, %v, %s) = %q, want %q", c.lang, c.v, c.unit, got, c.want)
		}
	}
}

func TestWordedSaysTheBound(t *testing.T) {
	for _, c := range []struct {
		lang string
		v    float64
		unit string
		cmp  targets.Comparator
		want string
	}{
		{"zh", 8, "%", targets.AtLeast, "8%以上"},
		{"zh", 5.5, "%", targets.AtMost, "5.5%以内"},
		{"zh", 3.5, "%", targets.About, "3.5%左右"},
		{"zh", 827000, "人", targets.Exactly, "82.7万人"},
		{"en", 8, "%", targets.AtLeast, "≥ 8%"},
		{"en", 5, "%", targets.About, "about 5%"},
		{"en", 3000, "亿元", targets.AtLeast, "≥ 300 billion yuan"},
	} {
		if got := Worded(c.lang, c.v, c.unit, c.cmp); got != c.want {
			t.Errorf("Worded(%s, %v%s %s) = %q, want %q", c.lang, c.v, c.unit, c.cmp, got, c.want)
		}
	}
}

func TestGapTextIsPercentagePointsForRates(t *testing.T) {
	for _, c := range []struct {
		lang string
		gap  float64
		unit string
		want string
	}{
		{"zh", -4, "%", "−4个百分点"},
		{"zh", 8.2 - 5.1, "%", "+3.1个百分点"},
		{"en", -0.3, "%", "−0.3 pp"},
		{"zh", -30, "亿元", "−30亿元"},
		{"zh", 120000, "人", "+12万人"},
		{"en", 120000, "人", "+120,000 people"},
		{"zh", 0, "亿元", "0"},
	} {
		if got := GapText(c.lang, c.gap, c.unit); got != c.want {
			t.Errorf("GapText(%s, %v, %s) = %q, want %q", c.lang, c.gap, c.unit, got, c.want)
		}
	}
}

func TestSparkKeepsYearsApartAndBreaksAtGaps(t *testing.T) {
	v := func(f float64) *float64 { return &f }
	s := NewSpark([]int{2016, 2017, 2020}, []*float64{v(1), v(2), v(3)}, []*float64{nil, v(2), nil}, 66, 20, "")
	if len(s.Results) != 2 || s.Results[0] != "3.0,17.0 18.0,10.0" || s.Results[1] != "63.0,3.0" {
		t.Errorf("results = %q: want 2016–2017 joined, 2020 apart at its real distance", s.Results)
	}
	if len(s.Targets) != 1 || s.Targets[0].X != 18 {
		t.Errorf("targets = %v", s.Targets)
	}
}

// Any finite float writes without an integer overflow: 1e308 once wrote
// as -922337203685477.6亿个.
func TestAmountOfAnyFiniteFloat(t *testing.T) {
	for _, v := range []float64{1e308, -1e308, 9.3e14, -9.3e14, 1e15, 5e-324, 1.7976931348623157e308} {
		for _, lang := range []string{"zh", "en"} {
			for _, unit := range []string{"亿元", "个", "%", "人", "万人次"} {
				got := Amount(lang, v, unit)
				if strings.Contains(got, "922337203685477") || strings.Contains(got, "NaN") || len(got) > 40 {
					t.Errorf("Amount(%s, %g, %s) = %q", lang, v, unit, got)
				}
				if (v < 0) != strings.HasPrefix(got, "-") {
					t.Errorf("Amount(%s, %g, %s) = %q: sign lost", lang, v, unit, got)
				}
			}
		}
		if g := GapText("zh", v, "%"); strings.Contains(g, "922337203685477") {
			t.Errorf("GapText(%g) = %q", v, g)
		}
	}
}

func TestPeriodLabelNamesThePlan(t *testing.T) {
	for period, want := range map[string]string{"2021-2025": "2021-2025 (14th Five-Year Plan)", "2001-2005": "2001-2005 (10th Five-Year Plan)",
		"2006-2010": "2006-2010 (11th Five-Year Plan)", "2021-2022": "2021-2022"} {
		if got := PeriodLabel(layout.Page{Lang: "en"}, period); got != want {
			t.Errorf("PeriodLabel(en, %s) = %q, want %q", period, got, want)
		}
	}
	if got := PeriodLabel(layout.Page{Lang: "zh"}, "2021-2025"); got != "十四五(2021-2025)" {
		t.Errorf("PeriodLabel(zh) = %q", got)
	}
}
