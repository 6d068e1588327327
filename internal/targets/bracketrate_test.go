package targets

import "testing"

// A level's growth given only in a bracket on a stated basis (同口径, 按可比
// 价格计算, 扣除…因素后) is the figure; beside a headline rate it is the
// secondary one and left out; a bracket about a part stays unread.
func TestRatesInBracketsAfterLevels(t *testing.T) {
	text := "2025年台州市政府工作报告\n一、2024年工作回顾\n" +
		"全市地区生产总值6843.2亿元（同口径增长5.9%）；规模以上工业增加值1870亿元（按可比价格计算，比上年增长8.8%）。\n" +
		"一般公共预算收入433.6亿元（扣除留抵退税因素后下降1.2%）。地方一般公共预算收入210亿元，增长2.6%（同口径增长6.3%）。\n" +
		"社会消费品零售总额3310亿元（其中网络零售额增长12.5%）。\n"
	checkReading(t, []readingCase{{
		name: "同口径, 按可比价格计算 with a comma, 扣除…后下降; a headline rate beside one; a part's rate",
		text: text,
		wants: []fig{
			{"台州市", 2024, "", Reported, "gdp", 6843.2, Exactly, ""},
			{"台州市", 2024, "", Reported, "gdp_growth", 5.9, Exactly, ""},
			{"台州市", 2024, "", Reported, "industry_va_growth", 8.8, Exactly, ""},
			{"台州市", 2024, "", Reported, "budget_revenue_growth", -1.2, Exactly, ""},
			{"台州市", 2024, "", Reported, "local_budget_revenue_growth", 2.6, Exactly, ""},
			{"台州市", 2024, "", Reported, "retail_sales", 3310, Exactly, ""},
		},
		none: []string{"retail_sales_growth"},
	}})
	notRead(t, text, fig{"台州市", 2024, "", Reported, "local_budget_revenue_growth", 6.3, Exactly, ""})
}
