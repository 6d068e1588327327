package targets

import "testing"

// 其中地方收入 after a revenue total is the local general budget revenue,
// as 地方级收入 is; the total itself keeps its own key.
func TestLocalRevenueAsPartOfTotal(t *testing.T) {
	head := "郴州市2024年政府工作报告\n——2024年1月8日在郴州市第六届人民代表大会第四次会议上\n一、2023年工作回顾\n"
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "after 财政总收入, with its growth",
			text: head + "全市财政总收入252.3亿元，其中地方收入131.6亿元，增长7.2%。\n",
			wants: []fig{
				{"郴州市", 2023, "", Reported, "fiscal_revenue", 252.3, Exactly, ""},
				{"郴州市", 2023, "", Reported, "local_budget_revenue", 131.6, Exactly, ""},
				{"郴州市", 2023, "", Reported, "local_budget_revenue_growth", 7.2, Exactly, ""},
			},
		},
		{
			name: "after a growth of 一般公共预算收入",
			text: head + "一般公共预算收入增长5.1%，其中地方收入98.4亿元。\n",
			wants: []fig{
				{"郴州市", 2023, "", Reported, "budget_revenue_growth", 5.1, Exactly, ""},
				{"郴州市", 2023, "", Reported, "local_budget_revenue", 98.4, Exactly, ""},
			},
		},
		{
			name: "no number, no figure; 农民收入 is not 地方收入",
			text: head + "千方百计增加地方收入，农民收入增长8.6%。\n",
		},
	})
}
