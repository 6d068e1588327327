package targets

import "testing"

// A zone named by its city (株洲高新区去年…) opens its clause with the
// year word after the zone's name, as a county's name does (醴陵市去年…,
// after the occasion and the speaker): 去年 is the year before the
// report's, a result, even inside the targets' paragraph.
func TestYearWordAfterOccasionSpeakerAndZone(t *testing.T) {
	head := "株洲市政府工作报告：今年GDP预期增长6%左右\n2024-01-20 来源：株洲日报\n" +
		"报告提出，2024年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "occasion, speaker, county",
				text: head + "在随后的分组讨论中，来自醴陵的代表表示，醴陵市去年地区生产总值突破800亿元，今年力争增长7%。\n",
				wants: []fig{
					{"醴陵市", 2023, "", Reported, "gdp", 800, AtLeast, ""},
					{"醴陵市", 2024, "", Planned, "gdp_growth", 7, Exactly, ""},
					{"株洲市", 2024, "", Planned, "gdp_growth", 6, About, ""},
				},
			},
			not: []fig{
				{"醴陵市", 2024, "", Planned, "gdp", 800, AtLeast, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "zone named by its city",
				text: head + "株洲高新区去年地区生产总值突破1000亿元，今年将确保增长8%。\n",
				wants: []fig{
					{"株洲高新区", 2023, "", Reported, "gdp", 1000, AtLeast, ""},
					{"株洲高新区", 2024, "", Planned, "gdp_growth", 8, Exactly, ""},
				},
			},
			not: []fig{
				{"株洲高新区", 2024, "", Planned, "gdp", 1000, AtLeast, ""},
			},
		},
	})
}
