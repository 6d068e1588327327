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
