package targets

import "testing"

// A table flattened with spaces, as a PDF's text copy gives it: a header
// naming each column's year and kind (on its own line, or in a bracket
// closing the sentence before), then a row a line. Prose with stray
// spaces is no table.
func TestTablesFlattenedWithSpaces(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a header on its own line, runs of spaces between cells",
			text: "关于宁夏回族自治区2018年国民经济和社会发展计划执行情况的报告\n一、2018年计划执行情况\n指标名称   单位   2018年计划   2018年完成   2019年计划\n地区生产总值增长   %   7.5左右   7   6.5\n一般公共预算收入增长   %   5   2.8   4\n",
			wants: []fig{
				{"宁夏回族自治区", 2018, "", Planned, "gdp_growth", 7.5, About, ""},
				{"宁夏回族自治区", 2018, "", Reported, "gdp_growth", 7, Exactly, ""},
				{"宁夏回族自治区", 2019, "", Planned, "gdp_growth", 6.5, Exactly, ""},
				{"宁夏回族自治区", 2018, "", Reported, "budget_revenue_growth", 2.8, Exactly, ""},
				{"宁夏回族自治区", 2019, "", Planned, "budget_revenue_growth", 4, Exactly, ""},
			},
		},
		{
			name: "the header in the bracket of the sentence before",
			text: "关于宁夏回族自治区2018年国民经济和社会发展计划执行情况的报告\n一、2018年计划执行情况\n主要指标完成情况如下（指标名称 单位 2018年计划 2018年完成 2019年计划）：\n规模以上工业增加值增长 % 7.5 8.3 7\n",
			wants: []fig{
				{"宁夏回族自治区", 2018, "", Planned, "industry_va_growth", 7.5, Exactly, ""},
				{"宁夏回族自治区", 2018, "", Reported, "industry_va_growth", 8.3, Exactly, ""},
				{"宁夏回族自治区", 2019, "", Planned, "industry_va_growth", 7, Exactly, ""},
			},
		},
		{
			name: "prose with stray spaces and numbers is read as prose",
			text: "银川市2019年政府工作报告\n一、2018年工作回顾\n全市地区生产总值 增长 7.8% ， 一般公共预算收入 增长 3.5% 。\n",
			wants: []fig{
				{"银川市", 2018, "", Reported, "gdp_growth", 7.8, Exactly, ""},
				{"银川市", 2018, "", Reported, "budget_revenue_growth", 3.5, Exactly, ""},
			},
		},
	})
}
