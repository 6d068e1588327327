package targets

import "testing"

// In a five-year summary the year named for a level after an average
// (进出口总额年均增长14.8%,2022年达到10076.8亿元) is that level's: the
// next sentence's total is still the five years' (新增市场主体468万户), not
// the last year's. A sentence that opens with the year still names the
// paragraph's year.
func TestSpanLevelYearDoesNotCarry(t *testing.T) {
	head := "云南省政府工作报告\n——2023年1月13日在云南省第十四届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "年均 then the year's level, then a total",
				text: head + "——开放水平持续提升。外贸进出口总额年均增长12.5%，2022年达到3342.2亿元。新增市场主体286万户，城镇新增就业累计258万人。\n",
				wants: []fig{
					{"云南省", 2022, "2018-2022", Reported, "import_export_growth", 12.5, Exactly, ""},
					{"云南省", 2022, "", Reported, "import_export", 3342.2, Exactly, ""},
					{"云南省", 2022, "2018-2022", Reported, "market_entities_new", 2860000, Exactly, ""},
					{"云南省", 2022, "2018-2022", Reported, "new_urban_jobs", 2580000, Exactly, ""},
				},
			},
			not: []fig{
				{"云南省", 2022, "", Reported, "market_entities_new", 2860000, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "累计 then the year's level",
				text: head + "五年累计完成固定资产投资14.6万亿元，2022年完成3.1万亿元。新增市场主体286万户。\n",
				wants: []fig{
					{"云南省", 2022, "2018-2022", Reported, "market_entities_new", 2860000, Exactly, ""},
				},
			},
			not: []fig{
				{"云南省", 2022, "", Reported, "market_entities_new", 2860000, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "a sentence opening with the year still names the paragraph's year",
				text: head + "五年来，全省生产总值年均增长6.8%。2022年，全省生产总值增长4.3%。固定资产投资增长7.5%。\n",
				wants: []fig{
					{"云南省", 2022, "2018-2022", Reported, "gdp_growth", 6.8, Exactly, ""},
					{"云南省", 2022, "", Reported, "gdp_growth", 4.3, Exactly, ""},
					{"云南省", 2022, "", Reported, "fai_growth", 7.5, Exactly, ""},
				},
			},
		},
	})
}
