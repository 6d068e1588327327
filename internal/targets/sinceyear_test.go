package targets

import "testing"

// Growth measured from a year named by its number: over the year before
// the figure's own it is that year's growth; over an older base it is no
// year's rate, and a 年均 after it spans the years since the base.
func TestGrowthSinceNamedYear(t *testing.T) {
	review := "南阳市2024年政府工作报告\n一、2023年工作回顾\n全市一般公共预算收入260.4亿元，比2022年增长8.1%。\n" +
		"全市社会消费品零售总额1850亿元，比2020年增长18.2%，年均增长5.7%。\n" +
		"规模以上工业增加值比2022年增长6.6%；城镇居民人均可支配收入比2019年增长21%。\n"
	checkReading(t, []readingCase{
		{
			name: "a review: the year before's base is the year's growth, an older base is not",
			text: review,
			wants: []fig{
				{"南阳市", 2023, "", Reported, "budget_revenue_growth", 8.1, Exactly, ""},
				{"南阳市", 2023, "2021-2023", Reported, "retail_sales_growth", 5.7, Exactly, ""},
				{"南阳市", 2023, "", Reported, "industry_va_growth", 6.6, Exactly, ""},
			},
			none: []string{"urban_disposable_income_growth"},
		},
		{
			name: "a plan: growth over the year under review is the plan's",
			text: "南阳市2024年政府工作报告\n二、2024年目标任务\n全市地区生产总值比2023年增长5.5%左右。\n",
			wants: []fig{
				{"南阳市", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			name: "five years' average in a review of the plan's last year",
			text: "宜宾市2026年政府工作报告\n一、“十四五”和2025年工作回顾\n农村居民人均可支配收入2.3万元，五年年均增长7.2%，规模以上工业增加值增长6.4%。\n" +
				"2025年，全市地区生产总值达到4600亿元，“十四五”期间年均增长7.9%。\n",
			wants: []fig{
				{"宜宾市", 2025, "2021-2025", Reported, "rural_disposable_income_growth", 7.2, Exactly, ""},
				{"宜宾市", 2025, "2021-2025", Reported, "gdp_growth", 7.9, Exactly, ""},
				{"宜宾市", 2025, "", Reported, "industry_va_growth", 6.4, Exactly, ""},
			},
		},
	})
	checkAbsent(t, review, []fig{{"南阳市", 2023, "", Reported, "retail_sales_growth", 5.7, Exactly, ""}})
}
