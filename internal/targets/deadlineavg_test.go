package targets

import "testing"

// An average rate a plan sets to a deadline is over years, never the
// deadline's own rate: a five-year plan's where the deadline ends one,
// else the years from the plan year to the deadline.
func TestAverageToADeadline(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a three-year deadline",
			text: "济宁市2025年政府工作报告\n二、2025年工作安排\n力争到2027年,全市规上工业增加值年均增长8%。\n",
			wants: []fig{
				{"济宁市", 2027, "2025-2027", Planned, "industry_va_growth", 8, Exactly, ""},
			},
		},
		{
			name: "the next plan's end, named a year early",
			text: "济宁市2025年政府工作报告\n二、2025年工作安排\n到2030年,全市地区生产总值年均增长6%左右。\n",
			wants: []fig{
				{"济宁市", 2030, "2026-2030", Planned, "gdp_growth", 6, About, ""},
			},
		},
		{
			name: "the running plan's end",
			text: "濮阳市2023年政府工作报告\n二、2023年工作安排\n到2025年,全市地区生产总值年均增长7%以上。\n",
			wants: []fig{
				{"濮阳市", 2025, "2021-2025", Planned, "gdp_growth", 7, AtLeast, ""},
			},
		},
		{
			name: "traditional script, a deadline two years out",
			text: "澄海區2024年政府工作報告\n二、2024年工作安排\n力爭到2026年,全區地區生產總值年均增長6.5%。\n",
			wants: []fig{
				{"澄海区", 2026, "2024-2026", Planned, "gdp_growth", 6.5, Exactly, ""},
			},
		},
	})
}
