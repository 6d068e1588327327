package targets

import "testing"

// A year that opens a clause after a sentence's first figures dates that
// clause (…年均增长6.8%,2019年跨上5000亿元台阶), not the figures before it nor
// the paragraph after.
func TestYearOfALaterClause(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a threshold's year in a five-year summary",
			text: "洛阳市2021年政府工作报告\n一、“十三五”时期工作回顾\n五年来,全市地区生产总值年均增长6.8%,2019年跨上5000亿元台阶,经济总量稳居全省第2位。规模以上工业增加值年均增长7.6%。\n",
			wants: []fig{
				{"洛阳市", 2020, "2016-2020", Reported, "gdp_growth", 6.8, Exactly, ""},
				{"洛阳市", 2019, "", Reported, "gdp", 5000, AtLeast, ""},
				{"洛阳市", 2020, "2016-2020", Reported, "industry_va_growth", 7.6, Exactly, ""},
			},
		},
		{
			name: "突破, and 迈入, traditional script",
			text: "甘肅省2026年政府工作報告\n一、“十四五”時期工作回顧\n五年來,一般公共預算收入年均增長7.4%,2024年邁入1000億元行列。\n",
			wants: []fig{
				{"甘肃省", 2025, "2021-2025", Reported, "budget_revenue_growth", 7.4, Exactly, ""},
				{"甘肃省", 2024, "", Reported, "budget_revenue", 1000, AtLeast, ""},
			},
		},
		{
			name: "a year inside a later clause, with no figure of its own",
			text: "雁江区2023年政府工作报告\n一、过去五年工作回顾\n五年来,全区地区生产总值年均增长5.6%,经济总量在2021年迈入千亿级城区行列;规上工业增加值年均增长7.2%。\n",
			wants: []fig{
				{"雁江区", 2022, "2018-2022", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"雁江区", 2021, "", Reported, "gdp", 1000, AtLeast, ""}, // 迈入千亿级: the step, in its own year
				{"雁江区", 2022, "2018-2022", Reported, "industry_va_growth", 7.2, Exactly, ""},
			},
		},
		{
			name: "a year's clause in a review of one year",
			text: "洛阳市2021年政府工作报告\n一、2020年工作回顾\n全市地区生产总值增长2.9%,2020年突破5000亿元。\n",
			wants: []fig{
				{"洛阳市", 2020, "", Reported, "gdp_growth", 2.9, Exactly, ""},
				{"洛阳市", 2020, "", Reported, "gdp", 5000, AtLeast, ""},
			},
		},
	})
}
