package targets

import "testing"

// A development zone's committee names its report 工作报告, with no 政府:
// the title's year is the report's all the same, so a sentence of that
// year is a target and one of the year before a result.
func TestCommitteeReportYear(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "管委会…年工作报告",
			text: "郑州航空港经济综合实验区管委会2024年工作报告\n2023年,全区地区生产总值完成1322亿元、增长8.1%。\n2024年,全区地区生产总值增长8%以上,规上工业增加值增长10%。\n",
			wants: []fig{
				{"郑州航空港经济综合实验区", 2023, "", Reported, "gdp", 1322, Exactly, ""},
				{"郑州航空港经济综合实验区", 2023, "", Reported, "gdp_growth", 8.1, Exactly, ""},
				{"郑州航空港经济综合实验区", 2024, "", Planned, "gdp_growth", 8, AtLeast, ""},
				{"郑州航空港经济综合实验区", 2024, "", Planned, "industry_va_growth", 10, Exactly, ""},
			},
		},
		{
			name: "a zone's 工作报告 in traditional script",
			text: "蘇州工業園區2025年工作報告\n2024年,園區地區生產總值增長5.2%。2025年,園區地區生產總值增長5%左右。\n",
			wants: []fig{
				{"苏州工业园区", 2024, "", Reported, "gdp_growth", 5.2, Exactly, ""},
				{"苏州工业园区", 2025, "", Planned, "gdp_growth", 5, About, ""},
			},
		},
	})
}
