package targets

import "testing"

// Reports (and their spoken transcripts) sometimes write percentages out
// (增长百分之六左右): the bound after them is read as after digits, so a
// target stated that way is not shown as an exact value.
func TestPercentagesWrittenOut(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "targets written out with 左右, 以内, 以上 and a range",
			text: "晋中市2026年政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长百分之五至百分之五点五；规模以上工业增加值增长百分之六以上；城镇调查失业率控制在百分之五点五以内；居民消费价格涨幅百分之二左右。\n",
			wants: []fig{
				{"晋中市", 2026, "", Planned, "gdp_growth", 5, AtLeast, ""},
				{"晋中市", 2026, "", Planned, "industry_va_growth", 6, AtLeast, ""},
				{"晋中市", 2026, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"晋中市", 2026, "", Planned, "cpi", 2, About, ""},
			},
		},
		{
			name: "a review written out beside the plan in digits",
			text: "关于铜川市2024年国民经济和社会发展计划执行情况的报告\n一、2024年计划执行情况\n全市地区生产总值增长百分之五点八，一般公共预算收入增长百分之三左右。\n二、2025年计划\n地区生产总值增长6%左右。\n",
			wants: []fig{
				{"铜川市", 2024, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"铜川市", 2024, "", Reported, "budget_revenue_growth", 3, About, ""},
				{"铜川市", 2025, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
	})
}
