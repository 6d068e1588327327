package targets

import "testing"

// Wordings of a rate that leave out a word: 力争增长X%,确保Y% (the second
// target with no verb), 实现X%的增长 (the rate before its noun), and a rank
// between the rate's verb and its number (增速居全省第N位,达到X%).
func TestReadingRatesWithAWordLeftOut(t *testing.T) {
	cases := []readingCase{
		{
			name: "确保 after 力争, the verb left out",
			text: "2024年益阳市政府工作报告\n二、2024年工作安排\n全市规模以上工业增加值力争增长8%，确保7.5%；固定资产投资争取增长6%左右，确保5%以上。\n",
			wants: []fig{
				{"益阳市", 2024, "", Planned, "industry_va_growth", 7.5, Exactly, ""},
				{"益阳市", 2024, "", Planned, "fai_growth", 5, AtLeast, ""},
			},
		},
		{
			name: "实现X%的增长, with and without 了, carried after a level",
			text: "2024年益阳市政府工作报告\n一、2023年工作回顾\n全市固定资产投资实现了5.8%的增长；一般公共预算收入完成120亿元，实现3.2%的增长。\n",
			wants: []fig{
				{"益阳市", 2023, "", Reported, "fai_growth", 5.8, Exactly, ""},
				{"益阳市", 2023, "", Reported, "budget_revenue", 120, Exactly, ""},
				{"益阳市", 2023, "", Reported, "budget_revenue_growth", 3.2, Exactly, ""},
			},
		},
		{
			name: "a rank between the verb and the rate",
			text: "2024年益阳市政府工作报告\n一、2023年工作回顾\n地区生产总值增长5.6%，社会消费品零售总额增速位居全省第3位，达到7.1%。\n",
			wants: []fig{
				{"益阳市", 2023, "", Reported, "retail_sales_growth", 7.1, Exactly, ""},
				{"益阳市", 2023, "", Reported, "gdp_growth", 5.6, Exactly, ""},
			},
		},
	}
	checkReading(t, cases)
	// 确保90%以上的… is no rate of the subject.
	notRead(t, "2024年益阳市政府工作报告\n一、2023年工作回顾\n地区生产总值增长4.1%，确保90%以上的项目按期开工。\n",
		fig{"益阳市", 2023, "", Reported, "gdp_growth", 90, AtLeast, ""})
	// A stretch after the target (…增长6%,力争6.5%) is no second target.
	notRead(t, "2024年益阳市政府工作报告\n二、2024年工作安排\n地区生产总值增长6%，力争6.5%。\n",
		fig{"益阳市", 2024, "", Planned, "gdp_growth", 6.5, Exactly, ""})
}
