package targets

import "testing"

// A zone named after a municipality (天津经济技术开发区, 重庆高新区)
// is the zone, by its short name, as a zone named after a city is: its
// figures are not the municipality's.
func TestZoneOfAMunicipality(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "the zone's own report, 管理委员会 in the title",
				text: "天津经济技术开发区管委会2025年工作报告\n一、2024年工作回顾\n全区实现地区生产总值3012亿元，增长5.2%；规模以上工业增加值增长6.4%。\n" +
					"二、2025年主要目标\n地区生产总值增长6%左右。\n",
				wants: []fig{
					{"天津经开区", 2024, "", Reported, "gdp", 3012, Exactly, ""},
					{"天津经开区", 2024, "", Reported, "gdp_growth", 5.2, Exactly, ""},
					{"天津经开区", 2024, "", Reported, "industry_va_growth", 6.4, Exactly, ""},
					{"天津经开区", 2025, "", Planned, "gdp_growth", 6, About, ""},
				},
			},
			not: []fig{
				{"天津市", 2024, "", Reported, "gdp", 3012, Exactly, ""},
				{"天津市", 2025, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "a zone named in the municipality's report",
				text: "重庆市2024年政府工作报告\n——2024年1月21日在重庆市第六届人民代表大会第二次会议上\n一、2023年工作回顾\n" +
					"全市地区生产总值增长6.1%。重庆高新区地区生产总值增长9.3%，两江新区增长7.4%。\n",
				wants: []fig{
					{"重庆市", 2023, "", Reported, "gdp_growth", 6.1, Exactly, ""},
					{"重庆高新区", 2023, "", Reported, "gdp_growth", 9.3, Exactly, ""},
				},
			},
			not: []fig{{"重庆市", 2023, "", Reported, "gdp_growth", 9.3, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name:  "the municipality's own report",
				text:  "天津市2024年政府工作报告\n——2024年1月22日在天津市第十八届人民代表大会第二次会议上\n一、2023年工作回顾\n全市地区生产总值增长4.3%。\n",
				wants: []fig{{"天津市", 2023, "", Reported, "gdp_growth", 4.3, Exactly, ""}},
			},
		},
	})
}
