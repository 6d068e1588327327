package targets

import "testing"

// A deadline that opens a sentence (到2030年,…) dates the clauses after its
// semicolons that name no year of their own, as a span that opens one does.
func TestADeadlineHoldsOverSemicolons(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "five-year goals, then the year's",
			text: "湖北省2026年政府工作报告\n二、“十五五”时期主要目标和2026年工作安排\n到2030年,全省地区生产总值突破8万亿元;常住人口城镇化率达到70%;居民人均可支配收入年均增长5.5%。今年全省经济社会发展的主要预期目标是:地区生产总值增长5%—5.5%。\n",
			wants: []fig{
				{"湖北省", 2030, "", Planned, "gdp", 80000, AtLeast, ""},
				{"湖北省", 2030, "", Planned, "urbanization_rate", 70, Exactly, ""},
				{"湖北省", 2030, "2026-2030", Planned, "disposable_income_growth", 5.5, Exactly, ""},
				{"湖北省", 2026, "", Planned, "gdp_growth", 5, AtLeast, ""},
			},
		},
		{
			name: "a clause with its own year keeps it, traditional script",
			text: "贛州市2026年政府工作報告\n二、“十五五”時期主要目標\n到2030年,全市地區生產總值突破7000億元;2027年森林覆蓋率穩定在76%以上。\n",
			wants: []fig{
				{"赣州市", 2030, "", Planned, "gdp", 7000, AtLeast, ""},
				{"赣州市", 2027, "", Planned, "forest_coverage", 76, AtLeast, ""},
			},
		},
	})
}

// A newspaper's page jump spliced before a sentence ((上接第二版)今后五年…,
// 【下转第3版】) is furniture: the five-year part it cuts still opens.
func TestAPageJumpIsFurniture(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "(上接第二版) before 今后五年",
		text: "云南省2023年政府工作报告\n(上接第二版)今后五年政府工作的主要目标是:全省地区生产总值年均增长6.5%左右;森林覆盖率稳定在65%以上。\n",
		wants: []fig{
			{"云南省", 2027, "2023-2027", Planned, "gdp_growth", 6.5, About, ""},
			{"云南省", 2027, "", Planned, "forest_coverage", 65, AtLeast, ""},
		},
	}})
	text := "云南省2023年政府工作报告\n【下转第3版】\n今后五年,全省地区生产总值年均增长6.5%左右。\n"
	for _, f := range Extract(text) {
		if text[f.Start:f.End] != f.Quote {
			t.Errorf("quote %q is not the text at its offsets", f.Quote)
		}
	}
}
