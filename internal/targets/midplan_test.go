package targets

import "testing"

// A five-year plan's targets restated while the plan runs (十四五期间…年均增长
// in the report of its second year) are the plan's: planned, over its five
// years. Its years so far (十四五以来) stay results.
func TestMidPlanTargets(t *testing.T) {
	plan := "湖北省2023年政府工作报告\n二、2023年工作安排\n“十四五”期间，全省地区生产总值年均增长6.5%左右，规模以上工业增加值年均增长7%。\n" +
		"今年全省经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
	checkReading(t, []readingCase{
		{
			name: "the plan's targets in the year's plan",
			text: plan,
			wants: []fig{
				{"湖北省", 2025, "2021-2025", Planned, "gdp_growth", 6.5, About, ""},
				{"湖北省", 2025, "2021-2025", Planned, "industry_va_growth", 7, Exactly, ""},
				{"湖北省", 2023, "", Planned, "gdp_growth", 6.5, About, ""},
			},
		},
		{
			name: "the years so far stay results",
			text: "湖北省2024年政府工作报告\n一、2023年工作回顾\n“十四五”以来，全省地区生产总值年均增长6.1%。\n",
			wants: []fig{
				{"湖北省", 2023, "2021-2023", Reported, "gdp_growth", 6.1, Exactly, ""},
			},
		},
	})
	checkAbsent(t, plan, []fig{{"湖北省", 2022, "2022-2022", Reported, "gdp_growth", 6.5, About, ""}})
}
