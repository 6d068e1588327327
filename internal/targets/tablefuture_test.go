package targets

import "testing"

// A column headed by a year still ahead (2020年 | 2025年 in a report of
// 2021) holds targets, not results: its levels are planned, and a 年均增长
// column after it is the planned average. A column of the year reviewed
// stays a result.
func TestTableFutureYearColumnIsTarget(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "十四五 table with 属性",
		text: "孝感市2021年政府工作报告\n——2021年1月18日在孝感市第六届人民代表大会第五次会议上\n二、“十四五”时期主要目标\n" +
			"表2 “十四五”时期经济社会发展主要指标\n" +
			"指标 | 2020年 | 2025年 | 年均增长（%） | 属性\n" +
			"地区生产总值（亿元） | 2193.6 | 3200 | 7.5左右 | 预期性\n" +
			"森林覆盖率（%） | 22.8 | 23.5 | — | 约束性\n",
		wants: []fig{
			{"孝感市", 2020, "", Reported, "gdp", 2193.6, Exactly, ""},
			{"孝感市", 2025, "", Planned, "gdp", 3200, Exactly, ""},
			{"孝感市", 2025, "2021-2025", Planned, "gdp_growth", 7.5, About, ""},
			{"孝感市", 2020, "", Reported, "forest_coverage", 22.8, Exactly, ""},
			{"孝感市", 2025, "", Planned, "forest_coverage", 23.5, Exactly, ""},
		},
	}, {
		name: "the year reviewed beside the year planned",
		text: "孝感市2024年政府工作报告\n——2024年1月16日在孝感市第六届人民代表大会第八次会议上\n" +
			"表1 主要指标\n指标 | 2023年 | 2024年\n一般公共预算收入（亿元） | 118.2 | 124\n",
		wants: []fig{
			{"孝感市", 2023, "", Reported, "budget_revenue", 118.2, Exactly, ""},
			{"孝感市", 2024, "", Planned, "budget_revenue", 124, Exactly, ""},
		},
	}})
}
