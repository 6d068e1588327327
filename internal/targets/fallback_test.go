package targets

import "testing"

// 同比回落 / 比上年回落 with a percentage is a fall, as 同比下降 is: the
// growth is negative. A fall in points (增速回落2.1个百分点) stays no rate.
func TestFellBackIsADrop(t *testing.T) {
	head := "溧阳市2021年政府工作报告\n一、2020年工作回顾\n"
	checkReading(t, []readingCase{
		{name: "同比回落 after a level",
			text:  head + "全市一般公共预算收入68.2亿元，同比回落3.4%，其中税收收入55.1亿元。\n",
			wants: []fig{{"溧阳市", 2020, "", Reported, "budget_revenue_growth", -3.4, Exactly, ""}}},
		{name: "比上年回落 in a list, beside a fall in points",
			text: head + "规模以上工业增加值增速比上年回落2.1个百分点；社会消费品零售总额比上年回落1.5%，固定资产投资较上年回落0.8%。\n",
			wants: []fig{
				{"溧阳市", 2020, "", Reported, "retail_sales_growth", -1.5, Exactly, ""},
				{"溧阳市", 2020, "", Reported, "fai_growth", -0.8, Exactly, ""},
			},
			none: []string{"industry_va_growth"}},
	})
	checkOnlyTheseFigures(t, []readingCase{
		{name: "no positive rate from 回落",
			text:  head + "全市一般公共预算收入同比回落3.4%。\n",
			wants: []fig{{"溧阳市", 2020, "", Reported, "budget_revenue_growth", -3.4, Exactly, ""}}},
	})
}
