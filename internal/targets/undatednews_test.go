package targets

import "testing"

// A news item with no date line and no year in its title is dated by the
// year its targets are stated for (2024年全市经济社会发展的主要预期目标是):
// the figures of the year before it are that year's results, not targets.
func TestUndatedNewsDatedByItsTargetYear(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "results of the year named, then the targets",
				text: "湖北省十四届人大二次会议开幕\n本报讯 1月23日上午，湖北省第十四届人民代表大会第二次会议开幕。\n" +
					"报告说，2023年全省地区生产总值增长6%，固定资产投资增长5%。\n" +
					"报告提出，2024年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长7%。\n",
				wants: []fig{
					{"湖北省", 2023, "", Reported, "gdp_growth", 6, Exactly, ""},
					{"湖北省", 2023, "", Reported, "fai_growth", 5, Exactly, ""},
					{"湖北省", 2024, "", Planned, "gdp_growth", 6, About, ""},
					{"湖北省", 2024, "", Planned, "fai_growth", 7, Exactly, ""},
				},
			},
			not: []fig{
				{"湖北省", 2023, "", Planned, "gdp_growth", 6, Exactly, ""},
				{"湖北省", 2022, "", Reported, "gdp_growth", 6, About, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "city news, 全市 and 为",
				text: "宜昌市人代会开幕\n宜昌讯 市长在报告中回顾了过去一年的工作。2023年全市地区生产总值达到5756亿元。\n" +
					"2024年全市经济社会发展的主要预期目标为：地区生产总值增长7%，一般公共预算收入增长5%。\n",
				wants: []fig{
					{"宜昌市", 2023, "", Reported, "gdp", 5756, Exactly, ""},
					{"宜昌市", 2024, "", Planned, "gdp_growth", 7, Exactly, ""},
					{"宜昌市", 2024, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
				},
			},
			not: []fig{
				{"宜昌市", 2023, "", Planned, "gdp", 5756, Exactly, ""},
			},
		},
	})
}
