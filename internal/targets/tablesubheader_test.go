package targets

import "testing"

// A header in two rows (指标 | 2023年 | | 2024年目标, then | 总量 | 增长% |
// 增长%): the second row says which columns hold growth, and the blank
// cell of the first is of the year spanned; without it the target growth
// 6.5 would be read as a level of 6.5亿元.
func TestTableTwoRowHeader(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "tabs, a blank cell under a spanned year",
		text: "随州市2024年政府工作报告\n——2024年1月10日在随州市第五届人民代表大会第四次会议上\n表1 2024年主要经济指标预期目标\n" +
			"指标\t2023年\t\t2024年目标\n\t总量\t增长%\t增长%\n" +
			"地区生产总值（亿元）\t1460.2\t6.3\t6.5\n" +
			"一般公共预算收入（亿元）\t62.8\t7.6\t5\n",
		wants: []fig{
			{"随州市", 2023, "", Reported, "gdp", 1460.2, Exactly, ""},
			{"随州市", 2023, "", Reported, "gdp_growth", 6.3, Exactly, ""},
			{"随州市", 2024, "", Planned, "gdp_growth", 6.5, Exactly, ""},
			{"随州市", 2023, "", Reported, "budget_revenue", 62.8, Exactly, ""},
			{"随州市", 2023, "", Reported, "budget_revenue_growth", 7.6, Exactly, ""},
			{"随州市", 2024, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
		},
	}, {
		name: "bars, 绝对值 and 增速",
		text: "随州市2024年政府工作报告\n——2024年1月10日在随州市第五届人民代表大会第四次会议上\n表1 2024年主要经济指标预期目标\n" +
			"指标 | 2023年 | | 2024年目标\n | 绝对值 | 增速 | 增速\n" +
			"社会消费品零售总额（亿元） | 780.5 | 7.9 | 7\n",
		wants: []fig{
			{"随州市", 2023, "", Reported, "retail_sales", 780.5, Exactly, ""},
			{"随州市", 2023, "", Reported, "retail_sales_growth", 7.9, Exactly, ""},
			{"随州市", 2024, "", Planned, "retail_sales_growth", 7, Exactly, ""},
		},
	}})
}
