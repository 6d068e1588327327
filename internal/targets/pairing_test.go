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

// Where several figures state a result, the cell shows the most certain
// (final over 预计, then confidence, then the latest report) and keeps
// the first-reported and the latest final statement, each judged.
func TestJudgeKeepsFirstAndLatestFinalResults(t *testing.T) {
	target := rec(1, "4302", 2020, Planned, "gdp_growth", 7, AtLeast, false)
	at := func(r Record, doc int64, reportYear int, conf float64) Record {
		r.DocumentID, r.ReportYear, r.Confidence = doc, reportYear, conf
		return r
	}
	estimate := at(rec(2, "4302", 2020, Reported, "gdp_growth", 7.2, Exactly, true), 10, 2021, 0.9) // 预计 in the next report
	final := at(rec(3, "4302", 2020, Reported, "gdp_growth", 6.8, Exactly, false), 11, 2022, 0.7)   // final, a year later
	restated := at(rec(4, "4302", 2020, Reported, "gdp_growth", 6.9, Exactly, false), 12, 2023, 0.7)
	unsure := at(rec(5, "4302", 2020, Reported, "gdp_growth", 9, Exactly, false), 13, 2024, 0.4)

	c := Judge([]Record{target}, []Record{unsure, estimate, restated, final}, nil)
	if c.Result.ID != 4 || c.Status != StatusOnPar || c.Results != 4 || c.Targets != 1 {
		t.Fatalf("shown result %d %s (%d results), want the latest of the two confident finals, on par", c.Result.ID, c.Status, c.Results)
	}
	if c.FirstResult.ID != 2 || c.FirstStatus != StatusMet {
		t.Errorf("first reported %d %s, want the 预计 of the 2021 report, met", c.FirstResult.ID, c.FirstStatus)
	}
	if c.FinalResult.ID != 5 || c.FinalStatus != StatusMet {
		t.Errorf("latest final %d %s, want the 2024 report's", c.FinalResult.ID, c.FinalStatus)
	}
	if c := Judge(nil, []Record{estimate}, nil); c.FinalResult != nil || c.FinalStatus != "" || c.Status != StatusNoTarget {
		t.Errorf("estimate only: %+v", c)
	}
	review := &DocumentRef{ID: 10, Title: "2021年政府工作报告"}
	if c := Judge([]Record{target}, nil, review); c.Status != StatusNotFound || c.Later != review {
		t.Errorf("target with its reviewing report stored: %s", c.Status)
	}
	if c := Judge([]Record{target}, nil, nil); c.Status != StatusPending || c.Later != nil {
		t.Errorf("target without: %s", c.Status)
	}
}

// Two statements of one result in one report: the cell shows the first
// (the review's summary), not a later one in its body; across reports
// the latest still wins.
func TestBestPrefersTheFirstStatementOfAReport(t *testing.T) {
	at := func(id int64, v float64, doc int64, start int) Record {
		r := rec(id, "340177", 2025, Reported, "industry_va_growth", v, Exactly, false)
		r.DocumentID, r.ReportYear, r.Confidence, r.Start = doc, 2026, 0.9, start
		return r
	}
	summary, body := at(1, 11.6, 7, 420), at(2, 25.3, 7, 5180)
	if b := Best([]Record{summary, body}); b.ID != 1 {
		t.Errorf("shown %v, want the summary's 11.6", b.Value)
	}
	if b := Best([]Record{body, summary}); b.ID != 1 {
		t.Errorf("shown %v in the other order, want the summary's 11.6", b.Value)
	}
	next := at(3, 11.4, 8, 900)
	next.ReportYear = 2027
	if b := Best([]Record{summary, body, next}); b.ID != 3 {
		t.Errorf("shown %v, want the later report's 11.4", b.Value)
	}
}

// Of one report's targets for an indicator, the cell shows the one its
// list of targets states, not a work-plan clause's (often a part's: a
// county the plan backs, a park).
func TestBestPrefersTheListOfTargets(t *testing.T) {
	text := "2026年芜湖市政府工作报告\n三、2026年工作安排\n全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；规模以上工业增加值增长8%。\n" +
		"（二）加快构建现代化产业体系。实施制造业倍增行动，规模以上工业增加值增长12%。\n"
	var rs []Record
	for i, f := range Extract(text) {
		if f.Indicator == "industry_va_growth" && f.Year == 2026 {
			rs = append(rs, Record{ID: int64(i + 1), DocumentID: 1, ReportYear: 2026, Figure: f})
		}
	}
	if len(rs) != 2 {
		t.Fatalf("read %d targets of industry_va_growth, want 2: %v", len(rs), rs)
	}
	for _, order := range [][]Record{rs, {rs[1], rs[0]}} {
		if b := Best(order); b.Value != 8 {
			t.Errorf("shown %v «%s», want the list's 8%%", b.Value, b.Quote)
		}
	}
}

// A result's number beats a bound it passed, even a final bound over an
// estimated number: the five-year summary's 连跨5000亿元台阶 says less about
// the year than 初步核算…5636.8亿元. Targets keep their bounds as they are.
func TestBestPrefersAResultsNumberOverABound(t *testing.T) {
	text := "昆山市2026年政府工作报告\n一、过去五年工作回顾\n五年来,全市经济总量连跨4500亿元、5000亿元两个台阶,地区生产总值年均增长5.7%。\n" +
		"2025年是本届政府任期的最后一年。初步核算,2025年全市实现地区生产总值5636.8亿元、增长5.6%。\n"
	var rs []Record
	for i, f := range Extract(text) {
		if f.Indicator == "gdp" && f.Year == 2025 {
			rs = append(rs, Record{ID: int64(i + 1), DocumentID: 1, ReportYear: 2026, Figure: f})
		}
	}
	if len(rs) != 2 || rs[0].Value != 5000 || rs[0].Cmp != AtLeast {
		t.Fatalf("read %v, want the highest step (>=5000) and the year's 5636.8", rs)
	}
	for _, order := range [][]Record{rs, {rs[1], rs[0]}} {
		if b := Best(order); b.Value != 5636.8 {
			t.Errorf("shown %v «%s», want the year's 5636.8亿元", b.Value, b.Quote)
		}
	}
	bound := rec(1, "320583", 2026, Planned, "gdp_growth", 5, AtLeast, false)
	plain := rec(2, "320583", 2026, Planned, "gdp_growth", 5.5, Exactly, false)
	bound.Confidence, plain.Confidence = 0.95, 0.8
	if b := Best([]Record{plain, bound}); b.ID != 1 {
		t.Errorf("targets: shown %v, want the more certain 5%%以上", b.Value)
	}
}
