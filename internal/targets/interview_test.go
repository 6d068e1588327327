package targets

import "testing"

// News of a report's press conference or an interview: a question names
// the year it asks about without opening a part, a result told after 多重
// 超预期因素 is no target, and a total carried from a clause that opens
// with 去年 is of that year too.
func TestInterviewsAndPressConferences(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a question about this year's targets, answered with last year's results first",
			text: "市政府召开政府工作报告新闻发布会\n2025-01-21 10:05 来源：九江日报\n记者：今年的主要预期目标是如何确定的?\n市长：2024年，面对多重超预期因素，全市经济稳中有进。全市地区生产总值增长5.2%，一般公共预算收入增长3.4%。\n都昌县地区生产总值增长6.1%。\n关于今年的目标，地区生产总值增长5.5%左右。\n",
			wants: []fig{
				{"九江市", 2024, "", Reported, "gdp_growth", 5.2, Exactly, ""},
				{"九江市", 2024, "", Reported, "budget_revenue_growth", 3.4, Exactly, ""},
				{"都昌县", 2024, "", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"九江市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			name: "a total carried from a 去年 clause in a session's news",
			text: "九江市2025年政府工作报告\n【两会连线】市统计局负责人介绍，去年全市规模以上工业增加值增长7.1%，地区生产总值达到3910.2亿元。今年将确保地区生产总值增长5.5%左右。\n",
			wants: []fig{
				{"九江市", 2024, "", Reported, "industry_va_growth", 7.1, Exactly, ""},
				{"九江市", 2024, "", Reported, "gdp", 3910.2, Exactly, ""},
				{"九江市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			name: "对于今年 and 目标定在 in a reporter's summary of the mayor",
			text: "市长谈今年发展思路\n2024-01-26 来源：德州日报\n去年全市地区生产总值增长6.2%。对于今年，市长表示：“我们把地区生产总值增长目标定在5.5%左右，是实事求是的。”\n",
			wants: []fig{
				{"德州市", 2023, "", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"德州市", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
	})
}

// A session's news tells the report's 今年 after who said it (报告提出,今年…;
// 市长在政府工作报告中说,今年…): the year of the session, and its targets,
// whatever the title calls the article; a 解读 whose title writes the year
// after the report's name (…解读(2024年)) is of that year's session.
func TestSessionNewsThisYear(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "报告提出 and 市长…说 before 今年 in a session's news",
			text: "常德市2024年两会新闻\n本报讯　1月10日，常德市第八届人民代表大会第四次会议开幕。报告提出，今年全市规模以上工业增加值增长7%以上，社会消费品零售总额增长6%。\n市长在政府工作报告中说，今年地区生产总值增长6%左右。\n",
			wants: []fig{
				{"常德市", 2024, "", Planned, "industry_va_growth", 7, AtLeast, ""},
				{"常德市", 2024, "", Planned, "retail_sales_growth", 6, Exactly, ""},
				{"常德市", 2024, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
		{
			name: "a 解读 dated by the year in brackets after the report's name",
			text: "常德市政府工作报告解读（2024年）\n记者从市发改委了解到，去年全市地区生产总值增长4.4%。今年全市固定资产投资增长5%左右，一般公共预算收入增长3%。\n",
			wants: []fig{
				{"常德市", 2023, "", Reported, "gdp_growth", 4.4, Exactly, ""},
				{"常德市", 2024, "", Planned, "fai_growth", 5, About, ""},
				{"常德市", 2024, "", Planned, "budget_revenue_growth", 3, Exactly, ""},
			},
		},
	})
}

// A reporter's question why a target was set as it was states that target
// (为什么定在6%左右?), and a target set by 定在/定为 after its word is a
// target as one after 为 is.
func TestQuestionWhyTheTarget(t *testing.T) {
	const text = "县长访谈：解读攸县2024年政府工作报告\n2024-01-18 10:20 来源：攸县融媒\n" +
		"问：今年全县经济增长预期目标为什么定为6%左右？\n答：这是综合各方面因素提出的。\n" +
		"问：工业怎么发力？\n答：规模以上工业增加值增长目标定在8%。\n"
	checkReading(t, []readingCase{{
		name: "why the target, a target 定在",
		text: text,
		wants: []fig{
			{"攸县", 2024, "", Planned, "gdp_growth", 6, About, ""},
			{"攸县", 2024, "", Planned, "industry_va_growth", 8, Exactly, ""},
		},
	}})
}

// An answer that points back at the rate it just gave (这一增速…,全省同期增长
// 4.2%) gives the higher level's rate of the same indicator.
func TestRateOfTheLevelAboveAfterThisSpeed(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "这一增速 then the province's rate",
		text: "市长访谈：解读2024年攸县政府工作报告\n2024-01-18 10:20 来源：攸县融媒\n" +
			"答：2023年全县规模以上工业增加值增长7.6%。这一增速在全省排名靠前，全省同期增长5.1%。\n",
		wants: []fig{
			{"攸县", 2023, "", Reported, "industry_va_growth", 7.6, Exactly, ""},
			{"湖南省", 2023, "", Reported, "industry_va_growth", 5.1, Exactly, ""},
		},
	}})
}
