package targets

import "testing"

// A part of the year named after a value, or as where a rate came from
// (增速由一季度的下降18.4%逐季回升), scopes at most its own clause: the
// clauses after the semicolon are the year's. One that opens the sentence
// scopes the sentence.
func TestPartOfTheYearInsideAClause(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "where the rate came from",
			text: "洛阳市2021年政府工作报告\n一、2020年工作回顾\n固定资产投资增长5.2%,增速由一季度的下降18.4%逐季回升;社会消费品零售总额2071.5亿元,下降3.8%;一般公共预算收入357.2亿元,增长1.2%。\n",
			wants: []fig{
				{"洛阳市", 2020, "", Reported, "fai_growth", 5.2, Exactly, ""},
				{"洛阳市", 2020, "", Reported, "retail_sales", 2071.5, Exactly, ""},
				{"洛阳市", 2020, "", Reported, "retail_sales_growth", -3.8, Exactly, ""},
				{"洛阳市", 2020, "", Reported, "budget_revenue", 357.2, Exactly, ""},
				{"洛阳市", 2020, "", Reported, "budget_revenue_growth", 1.2, Exactly, ""},
			},
		},
		{
			name: "a quarter's rate inside a clause is dropped, the next clause kept",
			text: "资阳市2024年政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长6.1%,其中四季度增长7.5%;规模以上工业增加值增长8.2%。\n",
			wants: []fig{
				{"资阳市", 2023, "", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"资阳市", 2023, "", Reported, "industry_va_growth", 8.2, Exactly, ""},
			},
		},
		{
			name: "a part opening the sentence, after its year, scopes every clause",
			text: "资阳市2024年政府工作报告\n一、2023年工作回顾\n2023年,前三季度全市地区生产总值增长5.9%;规模以上工业增加值增长7.7%。\n",
			none: []string{"gdp_growth", "industry_va_growth"},
		},
		{
			name: "traditional script",
			text: "潮州市2021年政府工作報告\n一、2020年工作回顧\n固定資產投資增長4.1%,增速由上半年的下降6.2%逐步回升;社會消費品零售總額下降5.3%。\n",
			wants: []fig{
				{"潮州市", 2020, "", Reported, "fai_growth", 4.1, Exactly, ""},
				{"潮州市", 2020, "", Reported, "retail_sales_growth", -5.3, Exactly, ""},
			},
		},
	})
}
