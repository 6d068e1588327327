package targets

import "testing"

// A five-year plan named before a colon (报告回顾“十三五”：…, “十三五”：…)
// opens that plan's summary, even in a news item whose title's 今年 has
// opened the year's targets: its 年均 rates and its cities' levels are the
// plan's results, not targets of the year after it.
func TestFiveYearPlanBeforeColon(t *testing.T) {
	title := "山西省政府工作报告解读：去年全省经济增长3.6% 今年目标8%以上\n本报讯 1月25日，山西省十三届人大五次会议在太原开幕。\n"
	targets := "报告提出，2021年全省主要预期目标是：地区生产总值增长8%以上；固定资产投资增长9%。\n"
	for _, review := range []string{
		"报告回顾“十三五”：全省地区生产总值年均增长5.9%；太原市经济总量突破4000亿元；大同市地区生产总值达到1400亿元。\n",
		"“十三五”：全省地区生产总值年均增长5.9%，太原市经济总量突破4000亿元，大同市地区生产总值达到1400亿元。\n",
	} {
		checkRegions(t, []regionCase{{
			readingCase: readingCase{
				name: review,
				text: title + review + targets,
				wants: []fig{
					{"山西省", 2020, "2016-2020", Reported, "gdp_growth", 5.9, Exactly, ""},
					{"太原市", 2020, "", Reported, "gdp", 4000, AtLeast, ""},
					{"大同市", 2020, "", Reported, "gdp", 1400, Exactly, ""},
					{"山西省", 2021, "", Planned, "gdp_growth", 8, AtLeast, ""},
				},
			},
			not: []fig{
				{"山西省", 2025, "2021-2025", Planned, "gdp_growth", 5.9, Exactly, ""},
				{"太原市", 2021, "", Planned, "gdp", 4000, AtLeast, ""},
				{"大同市", 2021, "", Planned, "gdp", 1400, Exactly, ""},
			},
		}})
	}
	// A colon after the plan's name that opens its targets still does.
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name:  "targets of the plan ahead",
			text:  "山西省2021年政府工作报告\n一、2020年工作回顾\n全省地区生产总值增长3.6%。\n二、“十四五”时期主要目标\n“十四五”：全省地区生产总值年均增长6%以上。\n",
			wants: []fig{{"山西省", 2025, "2021-2025", Planned, "gdp_growth", 6, AtLeast, ""}},
		},
		not: []fig{{"山西省", 2020, "2016-2020", Reported, "gdp_growth", 6, AtLeast, ""}},
	}})
}
