package targets

import "testing"

// A news item with no date line is dated by the year its targets are
// stated for, however the scope between the year and the targets is
// written: the region by its name (2025年鞍山市经济社会发展主要预期目标是),
// a scope without 经济社会发展 (2025年全省主要预期目标是), or a digest's
// bracketed heading (【2025年目标】). The figures of the year before are
// then that year's results, not targets.
func TestUndatedNewsDatedByTargetsHeading(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "the region by its name",
				text: "鞍山市人代会开幕\n本报讯（记者 王洁）1月8日上午，鞍山市第十七届人民代表大会第四次会议开幕。\n" +
					"报告显示，2024年，全市地区生产总值增长5.4%，固定资产投资增长3.2%。\n" +
					"2025年鞍山市经济社会发展主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长6%。\n",
				wants: []fig{
					{"鞍山市", 2024, "", Reported, "gdp_growth", 5.4, Exactly, ""},
					{"鞍山市", 2024, "", Reported, "fai_growth", 3.2, Exactly, ""},
					{"鞍山市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
					{"鞍山市", 2025, "", Planned, "fai_growth", 6, Exactly, ""},
				},
			},
			not: []fig{
				{"鞍山市", 2024, "", Planned, "gdp_growth", 5.4, Exactly, ""},
				{"鞍山市", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "全省 without 经济社会发展",
				text: "云南省十四届人大三次会议开幕\n云南网讯 1月15日，云南省第十四届人民代表大会第三次会议在昆明开幕。\n" +
					"报告回顾，2024年全省地区生产总值增长3.9%左右，社会消费品零售总额增长4.8%。\n" +
					"报告提出，2025年全省主要预期目标是：地区生产总值增长5%左右；社会消费品零售总额增长5%。\n",
				wants: []fig{
					{"云南省", 2024, "", Reported, "gdp_growth", 3.9, About, ""},
					{"云南省", 2024, "", Reported, "retail_sales_growth", 4.8, Exactly, ""},
					{"云南省", 2025, "", Planned, "gdp_growth", 5, About, ""},
					{"云南省", 2025, "", Planned, "retail_sales_growth", 5, Exactly, ""},
				},
			},
			not: []fig{
				{"云南省", 2024, "", Planned, "gdp_growth", 3.9, About, ""},
				{"云南省", 2024, "", Planned, "retail_sales_growth", 4.8, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "a digest's 【2025年目标】",
				text: "大连两会特别报道\n【数说成绩】\n●2024年 全市地区生产总值9516.9亿元，增长5.5%\n●规模以上工业增加值增长8.1%\n●一般公共预算收入增长3.6%\n" +
					"【2025年目标】\n●地区生产总值增长5.5%左右\n●规模以上工业增加值增长6%\n",
				wants: []fig{
					{"大连市", 2024, "", Reported, "gdp", 9516.9, Exactly, ""},
					{"大连市", 2024, "", Reported, "industry_va_growth", 8.1, Exactly, ""},
					{"大连市", 2024, "", Reported, "budget_revenue_growth", 3.6, Exactly, ""},
					{"大连市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
					{"大连市", 2025, "", Planned, "industry_va_growth", 6, Exactly, ""},
				},
			},
			not: []fig{
				{"大连市", 2023, "", Reported, "industry_va_growth", 8.1, Exactly, ""},
				{"大连市", 2023, "", Reported, "budget_revenue_growth", 3.6, Exactly, ""},
			},
		},
	})
}
