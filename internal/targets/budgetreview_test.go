package targets

import "testing"

// A budget report's review part is headed by the year whose budget it
// executed (一、2024年预算执行情况, 一、2024年全市和市级预算执行情况): in a
// copy with no date line its results are that year's, as under 2024年计划
// 执行情况, not the year before.
func TestBudgetExecutionHeading(t *testing.T) {
	for _, heading := range []string{"一、2024年预算执行情况", "一、2024年全市和市级预算执行情况", "一、2024年全市预算的执行情况"} {
		checkRegions(t, []regionCase{{
			readingCase: readingCase{
				name: heading,
				text: "丽水市财政局\n" + heading + "\n全市一般公共预算收入完成156.3亿元，增长4.2%。城镇新增就业5.6万人。\n二、2025年预算草案\n全市一般公共预算收入预期增长4%左右。\n",
				wants: []fig{
					{"丽水市", 2024, "", Reported, "budget_revenue", 156.3, Exactly, ""},
					{"丽水市", 2024, "", Reported, "budget_revenue_growth", 4.2, Exactly, ""},
					{"丽水市", 2024, "", Reported, "new_urban_jobs", 56000, Exactly, ""},
					{"丽水市", 2025, "", Planned, "budget_revenue_growth", 4, About, ""},
				},
			},
			not: []fig{
				{"丽水市", 2023, "", Reported, "budget_revenue", 156.3, Exactly, ""},
				{"丽水市", 2023, "", Reported, "budget_revenue_growth", 4.2, Exactly, ""},
			},
		}})
	}
}
