package targets

import "testing"

// 报告回顾过去五年工作时说,… in a news item opens the five years the report
// looks back on, for every clause of the sentence, not only the first.
func TestNewsReportLooksBackOnFiveYears(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "报告回顾…时说, semicolon list",
				text: "安徽省政府工作报告\n——2023年1月13日在安徽省第十四届人民代表大会第一次会议上\n" +
					"报告回顾过去五年工作时说，全省生产总值年均增长6.5%；一般公共预算收入年均增长4.1%；城镇居民人均可支配收入年均增长7.2%。\n",
				wants: []fig{
					{"安徽省", 2022, "2018-2022", Reported, "gdp_growth", 6.5, Exactly, ""},
					{"安徽省", 2022, "2018-2022", Reported, "budget_revenue_growth", 4.1, Exactly, ""},
					{"安徽省", 2022, "2018-2022", Reported, "urban_disposable_income_growth", 7.2, Exactly, ""},
				},
			},
			not: []fig{
				{"安徽省", 2022, "", Reported, "budget_revenue_growth", 4.1, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "政府工作报告在回顾…时指出, with a level of the last year",
				text: "山西省政府工作报告\n——2023年1月14日在山西省第十四届人民代表大会第一次会议上\n" +
					"政府工作报告在回顾过去五年时指出，全省地区生产总值年均增长5.1%，2022年达到25642.6亿元；规模以上工业增加值年均增长6.3%。\n",
				wants: []fig{
					{"山西省", 2022, "2018-2022", Reported, "gdp_growth", 5.1, Exactly, ""},
					{"山西省", 2022, "", Reported, "gdp", 25642.6, Exactly, ""},
					{"山西省", 2022, "2018-2022", Reported, "industry_va_growth", 6.3, Exactly, ""},
				},
			},
			not: []fig{
				{"山西省", 2022, "2018-2022", Reported, "gdp", 25642.6, Exactly, ""},
			},
		},
	})
}
