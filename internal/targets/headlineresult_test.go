package targets

import "testing"

// A news item with no 政府工作报告 title, whose headline gives a year's
// result (耒阳2023年GDP增长5.8%), is dated by the report of the year after:
// the year's figures are results and its 去年 is that year. A headline
// year with a target's words (左右, 将, 目标) still dates the report itself.
func TestHeadlineYearOfResult(t *testing.T) {
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "headline result, body 报告显示,2023年…",
			text: "耒阳2023年GDP增长5.8% 固定资产投资增长4.2%\n本报讯 1月8日,耒阳市十八届人大四次会议开幕。政府工作报告显示,2023年全市地区生产总值增长5.8%,固定资产投资增长4.2%。\n",
			wants: []fig{
				{"耒阳市", 2023, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"耒阳市", 2023, "", Reported, "fai_growth", 4.2, Exactly, ""},
			},
		},
		not: []fig{
			{"耒阳市", 2023, "", Planned, "gdp_growth", 5.8, Exactly, ""},
			{"耒阳市", 2023, "", Planned, "fai_growth", 4.2, Exactly, ""},
		},
	}, {
		readingCase: readingCase{
			name: "headline result, body 去年",
			text: "耒阳2023年社会消费品零售总额增长7.5%\n1月8日,耒阳市十八届人大四次会议开幕。报告显示,去年全市一般公共预算收入增长6.1%。\n",
			wants: []fig{
				{"耒阳市", 2023, "", Reported, "retail_sales_growth", 7.5, Exactly, ""},
				{"耒阳市", 2023, "", Reported, "budget_revenue_growth", 6.1, Exactly, ""},
			},
		},
		not: []fig{
			{"耒阳市", 2022, "", Reported, "budget_revenue_growth", 6.1, Exactly, ""},
			{"耒阳市", 2023, "", Planned, "retail_sales_growth", 7.5, Exactly, ""},
		},
	}, {
		readingCase: readingCase{
			name: "a headline of a result and a target parted by a space",
			text: "耒阳两会|2023年我市GDP增长5.8% 今年目标6%左右\n昨日开幕的市十八届人大四次会议上,市长作政府工作报告。报告显示,2023年全市地区生产总值增长5.8%。报告提出,2024年全市地区生产总值增长6%左右。\n",
			wants: []fig{
				{"耒阳市", 2023, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"耒阳市", 2024, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
		not: []fig{{"耒阳市", 2023, "", Planned, "gdp_growth", 5.8, Exactly, ""}},
	}, {
		readingCase: readingCase{
			name: "a headline of the first three quarters dates the year it names",
			text: "耒阳2023年前三季度GDP增长5.6%\n10月20日,耒阳市统计局发布数据。前三季度,全市地区生产总值增长5.6%。今年全市地区生产总值力争增长6%。\n",
			wants: []fig{
				{"耒阳市", 2023, "", Planned, "gdp_growth", 6, Exactly, ""},
			},
		},
		not: []fig{{"耒阳市", 2024, "", Planned, "gdp_growth", 6, Exactly, ""}},
	}, {
		readingCase: readingCase{
			name: "headline target keeps its year",
			text: "耒阳2024年GDP增长6%左右\n1月8日,耒阳市十八届人大四次会议开幕。报告提出,2024年全市地区生产总值增长6%左右,去年全市地区生产总值增长5.8%。\n",
			wants: []fig{
				{"耒阳市", 2024, "", Planned, "gdp_growth", 6, About, ""},
				{"耒阳市", 2023, "", Reported, "gdp_growth", 5.8, Exactly, ""},
			},
		},
		not: []fig{
			{"耒阳市", 2025, "", Planned, "gdp_growth", 6, About, ""},
			{"耒阳市", 2024, "", Reported, "gdp_growth", 5.8, Exactly, ""},
		},
	}})
}

// 今年(预期)目标 with its number and no verb after a rate (…增长6.2%,今年预期
// 目标6%左右) is that rate's target of the year ahead; the result before it
// stays a result.
func TestAheadTargetWithoutVerb(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "去年…,今年预期目标…",
		text: "衡阳市2024年政府工作报告\n去年全市GDP增长5.3%,今年预期目标5.5%左右。\n",
		wants: []fig{
			{"衡阳市", 2023, "", Reported, "gdp_growth", 5.3, Exactly, ""},
			{"衡阳市", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
		},
	}, {
		name: "2023年…,今年目标…以上, full-width",
		text: "衡阳市2024年政府工作报告\n2023年，全市一般公共预算收入增长4.1%，今年目标5%以上。\n",
		wants: []fig{
			{"衡阳市", 2023, "", Reported, "budget_revenue_growth", 4.1, Exactly, ""},
			{"衡阳市", 2024, "", Planned, "budget_revenue_growth", 5, AtLeast, ""},
		},
	}, {
		name: "a level's 今年目标 is not a rate",
		text: "衡阳市2024年政府工作报告\n2023年,全市地区生产总值4500亿元,今年目标4800亿元。\n",
		wants: []fig{
			{"衡阳市", 2023, "", Reported, "gdp", 4500, Exactly, ""},
		},
		none: []string{"gdp_growth"},
	}})
}

// A headline's column name before a bar (衡东两会|今年…, 连线场外|县统计局局长:
// 今年…) does not hide the 今年 that opens the headline: its figure is a
// target of the year the session is held in, not a result of the year before.
func TestHeadlineColumnThenThisYear(t *testing.T) {
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name:  "两会|今年…目标增长",
			text:  "衡东两会|今年GDP目标增长6%左右\n1月10日,衡东县十八届人大四次会议开幕。报告提出,2024年全县地区生产总值增长6%左右。\n",
			wants: []fig{{"衡东县", 2024, "", Planned, "gdp_growth", 6, About, ""}},
		},
		not: []fig{{"衡东县", 2023, "", Reported, "gdp_growth", 6, About, ""}},
	}, {
		readingCase: readingCase{
			name:  "column|speaker:今年…将增长",
			text:  "连线场外|县统计局局长:今年全县固定资产投资将增长8%左右\n衡东新闻网讯 2024年1月10日,县统计局局长在接受采访时表示,今年全县将确保固定资产投资增长8%左右。\n",
			wants: []fig{{"衡东县", 2024, "", Planned, "fai_growth", 8, About, ""}},
		},
		not: []fig{{"衡东县", 2023, "", Reported, "fai_growth", 8, About, ""}},
	}})
}
