package targets

import "testing"

// A row in % of an amount (规模以上工业增加值 | % | — | 6.1) gives growth in
// the growth columns; a rate's row in % (城镇调查失业率 | % | 5.1 | 5.5)
// keeps giving the rate itself.
func TestTablePercentRowOfAnAmount(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "tabs, unit column",
		text: "当阳市2024年政府工作报告\n——2024年1月9日在当阳市第十届人民代表大会第三次会议上\n" +
			"表1 当阳市2024年主要经济指标预期目标\n" +
			"指标名称\t单位\t2023年完成\t增长（%）\t2024年目标增长（%）\n" +
			"规模以上工业增加值\t%\t—\t7.2\t9\n" +
			"社会消费品零售总额\t亿元\t186.5\t8.1\t7\n" +
			"城镇调查失业率\t%\t5.1\t—\t5.5\n",
		wants: []fig{
			{"当阳市", 2023, "", Reported, "industry_va_growth", 7.2, Exactly, ""},
			{"当阳市", 2024, "", Planned, "industry_va_growth", 9, Exactly, ""},
			{"当阳市", 2023, "", Reported, "retail_sales", 186.5, Exactly, ""},
			{"当阳市", 2023, "", Reported, "retail_sales_growth", 8.1, Exactly, ""},
			{"当阳市", 2024, "", Planned, "retail_sales_growth", 7, Exactly, ""},
			{"当阳市", 2023, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
			{"当阳市", 2024, "", Planned, "surveyed_unemployment", 5.5, Exactly, ""},
		},
	}})
}
