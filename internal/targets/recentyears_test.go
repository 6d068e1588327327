package targets

import "testing"

// 近三年, 近五年 opening a review's sentence count the years up to the one
// reviewed, as 四年来 does: an average over them, not a year's rate. In a
// plan's words (近三年力争…) they may be the years ahead and are not read so.
func TestRecentYearsAverage(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "近三年 in a review",
		text: "衡阳市2025年政府工作报告\n近三年，全市一般公共预算收入年均增长4.6%。\n",
		wants: []fig{
			{"衡阳市", 2024, "2022-2024", Reported, "budget_revenue_growth", 4.6, Exactly, ""},
		},
	}, {
		name: "近五年 with two averages, then a year's rate",
		text: "衡阳市2025年政府工作报告\n近五年，全市固定资产投资年均增长6.2%，社会消费品零售总额年均增长5.4%。2024年，全市地区生产总值增长5.1%。\n",
		wants: []fig{
			{"衡阳市", 2024, "2020-2024", Reported, "fai_growth", 6.2, Exactly, ""},
			{"衡阳市", 2024, "2020-2024", Reported, "retail_sales_growth", 5.4, Exactly, ""},
			{"衡阳市", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
		},
	}, {
		name: "近两年 beside 四年来",
		text: "衡阳市2025年政府工作报告\n近两年，全市地区生产总值年均增长5%；四年来，规模工业增加值年均增长7.5%。\n",
		wants: []fig{
			{"衡阳市", 2024, "2023-2024", Reported, "gdp_growth", 5, Exactly, ""},
			{"衡阳市", 2024, "2021-2024", Reported, "industry_va_growth", 7.5, Exactly, ""},
		},
	}})
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "近三年 with a plan's words is no result",
			text: "衡阳市2025年政府工作报告\n近三年，力争全市地区生产总值年均增长6%左右。\n",
		},
		not: []fig{
			{"衡阳市", 2024, "2022-2024", Reported, "gdp_growth", 6, About, ""},
		},
	}, {
		readingCase: readingCase{
			name: "近年 counts no years",
			text: "衡阳市2025年政府工作报告\n近年，全市地区生产总值年均增长5%。\n",
		},
		not: []fig{
			{"衡阳市", 2024, "2022-2024", Reported, "gdp_growth", 5, Exactly, ""},
			{"衡阳市", 2024, "2020-2024", Reported, "gdp_growth", 5, Exactly, ""},
		},
	}})
}
