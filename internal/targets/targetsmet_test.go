package targets

import "testing"

// A review sentence that names the year's targets as met is no plan
// heading: 2024年全市主要预期目标全面完成 dates nothing.
func TestTargetsMetIsNoPlanHeading(t *testing.T) {
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "目标全面完成",
			text: "营口市人代会开幕\n本报讯 1月10日，营口市第十七届人民代表大会第四次会议开幕。\n" +
				"报告回顾了过去一年的工作。2024年全市主要预期目标全面完成，地区生产总值增长5.1%。\n" +
				"报告提出，2025年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%。\n",
			wants: []fig{
				{"营口市", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"营口市", 2025, "", Planned, "gdp_growth", 5.5, Exactly, ""},
			},
		},
		not: []fig{{"营口市", 2024, "", Planned, "gdp_growth", 5.1, Exactly, ""}},
	}})
}

// The same in a dated report and in a news item: 较好完成了主要预期目标 and
// 主要预期目标全面完成 stay in the review; a 主要预期目标是 after them opens
// the plan as before.
func TestTargetsMetStaysInReview(t *testing.T) {
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "a dated report",
			text: "营口市2025年政府工作报告\n——2025年1月10日在营口市第十七届人民代表大会第四次会议上\n一、2024年工作回顾\n" +
				"过去一年，全市较好完成了主要预期目标，地区生产总值增长5.1%。\n" +
				"2024年全市主要预期目标全面完成，规模以上工业增加值增长6.6%。\n" +
				"二、2025年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%；规模以上工业增加值增长6%。\n",
			wants: []fig{
				{"营口市", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"营口市", 2024, "", Reported, "industry_va_growth", 6.6, Exactly, ""},
				{"营口市", 2025, "", Planned, "gdp_growth", 5.5, Exactly, ""},
				{"营口市", 2025, "", Planned, "industry_va_growth", 6, Exactly, ""},
			},
		},
		not: []fig{
			{"营口市", 2024, "", Planned, "industry_va_growth", 6.6, Exactly, ""},
			{"营口市", 2025, "", Planned, "gdp_growth", 5.1, Exactly, ""},
		},
	}, {
		readingCase: readingCase{
			name: "news: 完成了年初确定的主要预期目标",
			text: "营口市人代会开幕\n本报讯 1月10日，营口市第十七届人民代表大会第四次会议开幕。\n" +
				"报告说，过去一年全市完成了年初确定的主要预期目标，地区生产总值增长5.1%。\n" +
				"报告提出，2025年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%。\n",
			wants: []fig{
				{"营口市", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"营口市", 2025, "", Planned, "gdp_growth", 5.5, Exactly, ""},
			},
		},
		not: []fig{{"营口市", 2025, "", Planned, "gdp_growth", 5.1, Exactly, ""}},
	}, {
		readingCase: readingCase{
			name: "主要预期目标 opening the plan is still read",
			text: "营口市2025年政府工作报告\n——2025年1月10日在营口市第十七届人民代表大会第四次会议上\n一、2024年工作回顾\n地区生产总值增长5.1%。\n" +
				"全市主要预期目标：地区生产总值增长5.5%左右。\n",
			wants: []fig{
				{"营口市", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"营口市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
	}})
}
