package targets

import "testing"

// A part of the year that a result is compared with (降幅比上半年收窄9.6个百分点,
// 增速较一季度回升) is no scope of the figures after it: the year's results
// in the clauses that follow are kept. A part of the year that opens a
// clause still scopes it.
func TestPartYearAsComparisonBase(t *testing.T) {
	head := "通辽市2021年政府工作报告\n——2021年1月18日在通辽市第五届人民代表大会第五次会议上\n一、2020年工作回顾\n"
	checkReading(t, []readingCase{{
		name: "降幅比上半年收窄",
		text: head + "全市地区生产总值增长0.6%；固定资产投资下降3.4%，降幅比上半年收窄11.2个百分点；社会消费品零售总额下降6.3%；一般公共预算收入完成72.1亿元，增长2.6%。\n",
		wants: []fig{
			{"通辽市", 2020, "", Reported, "gdp_growth", 0.6, Exactly, ""},
			{"通辽市", 2020, "", Reported, "fai_growth", -3.4, Exactly, ""},
			{"通辽市", 2020, "", Reported, "retail_sales_growth", -6.3, Exactly, ""},
			{"通辽市", 2020, "", Reported, "budget_revenue", 72.1, Exactly, ""},
			{"通辽市", 2020, "", Reported, "budget_revenue_growth", 2.6, Exactly, ""},
		},
	}, {
		name: "增速较前三季度回升, in one clause",
		text: head + "规模以上工业增加值增长5.2%，增速较前三季度回升1.4个百分点，城镇居民人均可支配收入增长3.9%。\n",
		wants: []fig{
			{"通辽市", 2020, "", Reported, "industry_va_growth", 5.2, Exactly, ""},
			{"通辽市", 2020, "", Reported, "urban_disposable_income_growth", 3.9, Exactly, ""},
		},
	}, {
		name: "a part of the year that scopes its clause",
		text: head + "全市地区生产总值增长0.6%；上半年，社会消费品零售总额下降12.5%；全年一般公共预算收入增长2.6%。\n",
		wants: []fig{
			{"通辽市", 2020, "", Reported, "gdp_growth", 0.6, Exactly, ""},
			{"通辽市", 2020, "", Reported, "budget_revenue_growth", 2.6, Exactly, ""},
		},
		none: []string{"retail_sales_growth"},
	}})
}
