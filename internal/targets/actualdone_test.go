package targets

import "testing"

// 实际完成 (or 实际实现) and a bare rate after a clause that gave a growth
// target is that growth's result, whether the target was named by a lead
// word (年初预期增长9%) or by 的目标 after it (增长9%的目标).
func TestActualDoneRate(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "的目标, then 实际完成",
			text: "炎陵县2021年政府工作报告\n2020年,年初提出的一般公共预算收入增长5%的目标,实际完成5.4%。\n",
			wants: []fig{
				{"炎陵县", 2020, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
				{"炎陵县", 2020, "", Reported, "budget_revenue_growth", 5.4, Exactly, ""},
			},
		},
		{
			name: "lead word, then 实际实现, and a clause after",
			text: "炎陵县2021年政府工作报告\n2020年,全县固定资产投资年初预期增长9%,实际实现9.6%,社会消费品零售总额增长2.1%。\n",
			wants: []fig{
				{"炎陵县", 2020, "", Planned, "fai_growth", 9, Exactly, ""},
				{"炎陵县", 2020, "", Reported, "fai_growth", 9.6, Exactly, ""},
				{"炎陵县", 2020, "", Reported, "retail_sales_growth", 2.1, Exactly, ""},
			},
		},
		{
			name: "a share of the target done is no rate",
			text: "炎陵县2021年政府工作报告\n2020年,年初确定的地区生产总值增长7%的目标,实际完成年度目标的96%。\n",
			wants: []fig{
				{"炎陵县", 2020, "", Planned, "gdp_growth", 7, Exactly, ""},
			},
		},
		{
			name: "的目标 of the plan year, then a clause of its own",
			text: "炎陵县2021年政府工作报告\n今年,我们将确保实现地区生产总值增长7%的目标,完成固定资产投资120亿元。\n",
			wants: []fig{
				{"炎陵县", 2021, "", Planned, "gdp_growth", 7, Exactly, ""},
				{"炎陵县", 2021, "", Planned, "fai", 120, Exactly, ""},
			},
			none: []string{"fai_growth"},
		},
	})
}
