package targets

import "testing"

// …完成236.8亿元,同口径增长6.3%;今年预算安排增长5%: the clause after the
// result is this year's target of the same indicator, as 今年安排增长5% is.
func TestBudgetArrangedAhead(t *testing.T) {
	head := "邵阳市政府工作报告：今年GDP预期增长6%左右\n2024-01-26 来源：邵阳日报\n"
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "预算安排 after a semicolon",
				text: head + "市财政局局长介绍，去年全市一般公共预算收入完成186.2亿元，同口径增长6.1%；今年预算安排增长5.5%。\n",
				wants: []fig{
					{"邵阳市", 2023, "", Reported, "budget_revenue", 186.2, Exactly, ""},
					{"邵阳市", 2023, "", Reported, "budget_revenue_growth", 6.1, Exactly, ""},
					{"邵阳市", 2024, "", Planned, "budget_revenue_growth", 5.5, Exactly, ""},
				},
			},
			not: []fig{
				{"邵阳市", 2023, "", Reported, "budget_revenue_growth", 5.5, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "预算 alone, with its bound",
				text: head + "去年全市税收收入完成120.5亿元，增长4.2%；今年预算增长4%以上。\n",
				wants: []fig{
					{"邵阳市", 2023, "", Reported, "tax_revenue_growth", 4.2, Exactly, ""},
					{"邵阳市", 2024, "", Planned, "tax_revenue_growth", 4, AtLeast, ""},
				},
			},
			not: []fig{
				{"邵阳市", 2023, "", Reported, "tax_revenue_growth", 4, AtLeast, ""},
			},
		},
	})
}
