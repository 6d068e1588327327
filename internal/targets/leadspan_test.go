package targets

import "testing"

// Years that open a sentence (2021—2024年,…) are the span of every 年均 rate
// in it, the ones after its semicolons included; the next sentence is free
// of them.
func TestLeadYearsOverSemicolons(t *testing.T) {
	head := "关于福建省2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n——2025年1月14日在福建省第十四届人民代表大会第三次会议上\n一、2024年计划执行情况\n"
	checkRegions(t, []regionCase{
		{readingCase: readingCase{name: "semicolon items",
			text: head + "2021—2024年，全省地区生产总值年均增长5.6%；一般公共预算收入年均增长4.1%；居民人均可支配收入年均增长6.2%。全省地区生产总值增长5.5%。\n",
			wants: []fig{
				{"福建省", 2024, "2021-2024", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"福建省", 2024, "2021-2024", Reported, "budget_revenue_growth", 4.1, Exactly, ""},
				{"福建省", 2024, "2021-2024", Reported, "disposable_income_growth", 6.2, Exactly, ""},
				{"福建省", 2024, "", Reported, "gdp_growth", 5.5, Exactly, ""},
			}},
			not: []fig{{"福建省", 2024, "2021-2024", Reported, "gdp_growth", 5.5, Exactly, ""}}},
		{readingCase: readingCase{name: "a span inside a later clause is that clause's",
			text: head + "全省地区生产总值增长5.5%；2021年至2024年，居民人均可支配收入年均增长6.2%；一般公共预算收入增长2.1%。\n",
			wants: []fig{
				{"福建省", 2024, "", Reported, "gdp_growth", 5.5, Exactly, ""},
				{"福建省", 2024, "2021-2024", Reported, "disposable_income_growth", 6.2, Exactly, ""},
				{"福建省", 2024, "", Reported, "budget_revenue_growth", 2.1, Exactly, ""},
			}}},
	})
}
