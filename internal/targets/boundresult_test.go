package targets

import "testing"

// 控制在…以内 in a sentence about a year before the plan year is a bound the
// result kept: every figure of the sentence is that year's result, the
// bounded one with cmp <=. The same wording for the plan year, or beside a
// strong plan word (预期, 目标), stays a target.
func TestBoundInReviewIsResult(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "bound first, results after",
			text: "湘潭市2023年政府工作报告\n2022年,全市城镇登记失业率控制在4%以内,规模工业增加值增长6.1%,社会消费品零售总额增长3.2%。\n",
			wants: []fig{
				{"湘潭市", 2022, "", Reported, "registered_unemployment", 4, AtMost, ""},
				{"湘潭市", 2022, "", Reported, "industry_va_growth", 6.1, Exactly, ""},
				{"湘潭市", 2022, "", Reported, "retail_sales_growth", 3.2, Exactly, ""},
			},
		},
		{
			name: "bound last",
			text: "益阳市2022年政府工作报告\n2021年,全市一般公共预算收入增长8.4%,居民消费价格涨幅控制在3%以内。\n",
			wants: []fig{
				{"益阳市", 2021, "", Reported, "budget_revenue_growth", 8.4, Exactly, ""},
				{"益阳市", 2021, "", Reported, "cpi", 3, AtMost, ""},
			},
		},
		{
			name: "去年 for the year",
			text: "益阳市2022年政府工作报告\n去年,全市城镇调查失业率控制在5.5%以内,地区生产总值增长7.5%。\n",
			wants: []fig{
				{"益阳市", 2021, "", Reported, "surveyed_unemployment", 5.5, AtMost, ""},
				{"益阳市", 2021, "", Reported, "gdp_growth", 7.5, Exactly, ""},
			},
		},
		{
			name: "the plan year's bound stays a target",
			text: "湘潭市2023年政府工作报告\n2022年,全市规模工业增加值增长6.1%。2023年,全市城镇调查失业率控制在5.5%以内,地区生产总值增长6.5%。\n",
			wants: []fig{
				{"湘潭市", 2022, "", Reported, "industry_va_growth", 6.1, Exactly, ""},
				{"湘潭市", 2023, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"湘潭市", 2023, "", Planned, "gdp_growth", 6.5, Exactly, ""},
			},
		},
		{
			name: "a past year's 预期 stays a target",
			text: "湘潭市2023年政府工作报告\n2022年,全市地区生产总值预期增长7%,城镇调查失业率控制在5.5%以内。\n",
			wants: []fig{
				{"湘潭市", 2022, "", Planned, "gdp_growth", 7, Exactly, ""},
				{"湘潭市", 2022, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
			},
		},
		{
			name: "report given in December reviews its own year",
			text: "湘潭市人民政府工作报告\n——2023年12月20日在湘潭市第十七届人民代表大会第三次会议上\n" +
				"2023年,全市城镇调查失业率控制在5.5%以内,地区生产总值增长5.1%。2024年,全市城镇调查失业率控制在5.5%以内,地区生产总值增长5.5%。\n",
			wants: []fig{
				{"湘潭市", 2023, "", Reported, "surveyed_unemployment", 5.5, AtMost, ""},
				{"湘潭市", 2023, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"湘潭市", 2024, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"湘潭市", 2024, "", Planned, "gdp_growth", 5.5, Exactly, ""},
			},
		},
	})
}
