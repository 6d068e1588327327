package targets

import "testing"

func rec(id int64, region string, year int, kind Kind, key string, v float64, cmp Comparator, prelim bool) Record {
	return Record{ID: id, RegionCode: region, Figure: Figure{Region: region, Year: year, Kind: kind, Indicator: key, Value: v, Unit: "%", Cmp: cmp, Preliminary: prelim, Confidence: 0.9}}
}

func TestPairJudgesEachRegionYearIndicator(t *testing.T) {
	cells := Pair([]Record{
		rec(1, "4302", 2020, Planned, "gdp_growth", 8, AtLeast, false),
		rec(2, "4302", 2020, Reported, "gdp_growth", 4, Exactly, true),
		rec(3, "4302", 2020, Reported, "gdp_growth", 3.9, Exactly, false), // final beats 预计
		rec(4, "430281", 2020, Planned, "gdp_growth", 8, About, false),
		rec(5, "4302", 2020, Planned, "surveyed_unemployment", 5.5, AtMost, false),
		rec(6, "4302", 2020, Reported, "surveyed_unemployment", 5.8, Exactly, false),
		rec(7, "4302", 2019, Reported, "cpi", 2.9, Exactly, false),
	})
	if len(cells) != 4 {
		t.Fatalf("cells = %d, want 4", len(cells))
	}
	want := []struct {
		region, key string
		status      Status
		result      int64
	}{
		{"4302", "gdp_growth", StatusMissed, 3},
		{"430281", "gdp_growth", StatusPending, 0},
		{"4302", "surveyed_unemployment", StatusOnPar, 6},
		{"4302", "cpi", StatusNoTarget, 7},
	}
	for i, w := range want {
		c := cells[i]
		if c.RegionCode != w.region || c.Indicator != w.key || c.Status != w.status {
			t.Errorf("cell %d = %s %s %s, want %s %s %s", i, c.RegionCode, c.Indicator, c.Status, w.region, w.key, w.status)
		}
		if got := int64(0); c.Result != nil {
			got = c.Result.ID
			if got != w.result {
				t.Errorf("cell %d shows result %d, want %d", i, got, w.result)
			}
		}
	}
	years, by := TallyByYear(cells)
	if len(years) != 2 || years[0] != 2019 || by[2020].Missed != 1 || by[2020].OnPar != 1 || by[2020].Pending != 1 {
		t.Fatalf("tally = %v %+v", years, by)
	}
	if r, ok := by[2020].HitRate(); !ok || r != 0 {
		t.Errorf("2020 hit rate = %v %v, want 0 of 2 assessed", r, ok)
	}
	if _, ok := by[2019].HitRate(); ok {
		t.Error("2019 has no target, yet has a hit rate")
	}
}
