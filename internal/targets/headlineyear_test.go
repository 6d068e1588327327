package targets

import "testing"

// A headline's 报告提出今年GDP增长6%左右 (no comma after the verb of
// speech) is the report year's target, not a result of the year before.
func TestHeadlineSpeechThenThisYear(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "headline with 开幕 then 报告提出今年",
				text: "贵州省十四届人大二次会议开幕 政府工作报告提出今年GDP增长5.5%左右\n" +
					"——2024年1月25日在贵州省第十四届人民代表大会第二次会议上\n" +
					"一、2023年工作回顾\n全省地区生产总值增长4.9%。\n",
				wants: []fig{
					{"贵州省", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
					{"贵州省", 2023, "", Reported, "gdp_growth", 4.9, Exactly, ""},
				},
			},
			not: []fig{
				{"贵州省", 2023, "", Reported, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "今年以来 after the verb is not this year's target",
				text: "平江县2022年政府工作报告\n——2022年12月26日在平江县第十八届人民代表大会第二次会议上\n" +
					"报告指出今年以来全县地区生产总值增长5.5%。\n",
				wants: []fig{
					{"平江县", 2022, "", Reported, "gdp_growth", 5.5, Exactly, ""},
				},
			},
			not: []fig{
				{"平江县", 2022, "", Planned, "gdp_growth", 5.5, Exactly, ""},
			},
		},
	})
}
