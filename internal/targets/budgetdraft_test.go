package targets

import "testing"

// A budget report's part headed by next year's draft (二、2025年预算草案,
// 二、2025年全县和县本级预算(草案)) is the year's plan: a district's rate in
// it is a target, as the report's own 预期增长 is, not a result of the year
// under review.
func TestBudgetDraftHeadingOpensThePlan(t *testing.T) {
	title := "关于黄岩区2024年预算执行情况和2025年预算草案的报告\n——2025年1月8日在黄岩区第十届人民代表大会第四次会议上\n"
	review := "一、2024年预算执行情况\n全区一般公共预算收入完成58.6亿元，增长3.6%。院桥镇一般公共预算收入增长6.1%。\n"
	for _, heading := range []string{"二、2025年预算草案", "二、2025年全区和区本级预算（草案）"} {
		checkRegions(t, []regionCase{{
			readingCase: readingCase{
				name: heading,
				text: title + review + heading + "\n按照上述要求，各镇（街道）按照各自实际编制预算：院桥镇、沙埠镇一般公共预算收入分别增长5%和4.5%；宁溪镇一般公共预算收入增长4%。\n",
				wants: []fig{
					{"黄岩区", 2024, "", Reported, "budget_revenue", 58.6, Exactly, ""},
					{"院桥镇", 2024, "", Reported, "budget_revenue_growth", 6.1, Exactly, ""},
					{"院桥镇", 2025, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
					{"沙埠镇", 2025, "", Planned, "budget_revenue_growth", 4.5, Exactly, ""},
					{"宁溪镇", 2025, "", Planned, "budget_revenue_growth", 4, Exactly, ""},
				},
			},
			not: []fig{
				{"院桥镇", 2024, "", Reported, "budget_revenue_growth", 5, Exactly, ""},
				{"沙埠镇", 2024, "", Reported, "budget_revenue_growth", 4.5, Exactly, ""},
				{"宁溪镇", 2024, "", Reported, "budget_revenue_growth", 4, Exactly, ""},
				{"黄岩区", 2025, "", Planned, "budget_revenue", 58.6, Exactly, ""},
			},
		}})
	}
}
