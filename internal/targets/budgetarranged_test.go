package targets

import "testing"

// In a budget draft the level comes after the expected rate with 安排 as its
// verb (一般公共预算收入预期增长4%左右,安排86.5亿元): the clause carries on the
// revenue, as 达到 or 完成 would. Money 安排 for something named (安排资金12亿元,
// 一般公共预算支出安排…) is no revenue.
func TestBudgetLevelArranged(t *testing.T) {
	head := "关于衢州市2024年预算执行情况和2025年预算草案的报告\n——2025年1月8日在衢州市第八届人民代表大会第五次会议上\n一、2024年预算执行情况\n全市一般公共预算收入完成83.2亿元，增长3.1%。\n二、2025年预算草案\n"
	checkOnlyTheseFigures(t, []readingCase{
		{name: "安排 after 预期增长…左右",
			text: head + "2025年全市一般公共预算收入预期增长4%左右，安排86.5亿元；全市一般公共预算支出安排210.3亿元，增长2.1%。\n",
			wants: []fig{
				{"衢州市", 2024, "", Reported, "budget_revenue", 83.2, Exactly, ""},
				{"衢州市", 2024, "", Reported, "budget_revenue_growth", 3.1, Exactly, ""},
				{"衢州市", 2025, "", Planned, "budget_revenue_growth", 4, About, ""},
				{"衢州市", 2025, "", Planned, "budget_revenue", 86.5, Exactly, ""},
			}},
		{name: "税收收入 with 安排 after its rate; 安排资金 stays unread",
			text: head + "其中，税收收入增长3%，安排68.4亿元。统筹安排资金12亿元支持科技创新。\n",
			wants: []fig{
				{"衢州市", 2024, "", Reported, "budget_revenue", 83.2, Exactly, ""},
				{"衢州市", 2024, "", Reported, "budget_revenue_growth", 3.1, Exactly, ""},
				{"衢州市", 2025, "", Planned, "tax_revenue_growth", 3, Exactly, ""},
				{"衢州市", 2025, "", Planned, "tax_revenue", 68.4, Exactly, ""},
			}},
	})
}
