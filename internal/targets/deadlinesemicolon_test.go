package targets

import "testing"

// A deadline that opens a sentence (到2030年,…) dates the clauses after its
// semicolons that name no year of their own, as a span that opens one does.
func TestADeadlineHoldsOverSemicolons(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "five-year goals, then the year's",
			text: "湖北省2026年政府工作报告\n二、“十五五”时期主要目标和2026年工作安排\n到2030年,全省地区生产总值突破8万亿元;常住人口城镇化率达到70%;居民人均可支配收入年均增长5.5%。今年全省经济社会发展的主要预期目标是:地区生产总值增长5%—5.5%。\n",
			wants: []fig{
				{"湖北省", 2030, "", Planned, "gdp", 80000, AtLeast, ""},
				{"湖北省", 2030, "", Planned, "urbanization_rate", 70, Exactly, ""},
				{"湖北省", 2030, "2026-2030", Planned, "disposable_income_growth", 5.5, Exactly, ""},
				{"湖北省", 2026, "", Planned, "gdp_growth", 5, AtLeast, ""},
			},
		},
		{
			name: "a clause with its own year keeps it, traditional script",
			text: "贛州市2026年政府工作報告\n二、“十五五”時期主要目標\n到2030年,全市地區生產總值突破7000億元;2027年森林覆蓋率穩定在76%以上。\n",
			wants: []fig{
				{"赣州市", 2030, "", Planned, "gdp", 7000, AtLeast, ""},
				{"赣州市", 2027, "", Planned, "forest_coverage", 76, AtLeast, ""},
			},
		},
	})
}
