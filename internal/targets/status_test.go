package targets

import "testing"

func TestAssess(t *testing.T) {
	fig := func(v float64, c Comparator) *Figure { return &Figure{Value: v, Unit: "%", Cmp: c} }
	tests := []struct {
		name           string
		target, result *Figure
		higherIsBetter bool
		want           Status
	}{
		{"以上 met", fig(8, AtLeast), fig(8.1, Exactly), true, StatusMet},
		{"以上 missed", fig(8, AtLeast), fig(4, AtLeast), true, StatusMissed},
		{"以上 near", fig(8, AtLeast), fig(7.7, Exactly), true, StatusOnPar},
		{"以内 met", fig(5.5, AtMost), fig(5.2, Exactly), false, StatusMet},
		{"以内 missed", fig(5.5, AtMost), fig(6.5, Exactly), false, StatusMissed},
		{"左右 within tolerance", fig(3.5, About), fig(3.1, Exactly), false, StatusMet},
		{"左右 beyond, good side", fig(7, About), fig(8, Exactly), true, StatusMet},
		{"左右 beyond, bad side", fig(7, About), fig(5, Exactly), true, StatusMissed},
		{"plain target, lower is better", fig(3, Exactly), fig(2.5, Exactly), false, StatusMet},
		{"no result yet", fig(8, AtLeast), nil, true, StatusPending},
		{"no target", nil, fig(8, Exactly), true, StatusNoTarget},
	}
	for _, tt := range tests {
		if got := Assess(tt.target, tt.result, tt.higherIsBetter); got != tt.want {
			t.Errorf("%s: Assess = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestLookupRegion(t *testing.T) {
	for name, want := range map[string]string{"龙游": "龙游县", "岳陽市": "岳阳市", "株洲高新区": "株洲高新区", "湖南": "湖南省", "醴陵市": "醴陵市"} {
		r, ok := LookupRegion(name)
		if !ok || r.Name != want {
			t.Errorf("LookupRegion(%s) = %+v, %v; want %s", name, r, ok, want)
		}
	}
	r, _ := LookupRegion("醴陵市")
	if p, ok := Regions().Parent(r); !ok || p.Name != "株洲市" || r.Code != "430281" {
		t.Errorf("醴陵市 = %+v, parent %+v; want code 430281 under 株洲市", r, p)
	}
}

func TestFiveYearPlanName(t *testing.T) {
	for period, want := range map[string]string{
		"2021-2025": "十四五", "2016-2020": "十三五", "2011-2015": "十二五", "1953-1957": "一五",
		"2001-2005": "十五", "2026-2030": "十五五", "2018-2021": "", "2020": "", "x-y": "",
	} {
		if got := FiveYearPlanName(period); got != want {
			t.Errorf("FiveYearPlanName(%q) = %q, want %q", period, got, want)
		}
	}
}
