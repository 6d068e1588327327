package targets

import "testing"

// A unit opening a sentence as the one acting in it (兰州要…, 天水坚持…) owns
// the sentence's figures that name no owner of their own; the report's own
// unit named so changes nothing, and a clause naming another keeps it.
func TestUnitActingInTheSentence(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a city's target in the province's plan",
			text: "甘肃省2026年政府工作报告\n二、2026年工作安排\n兰州要发挥省会龙头作用,全年经济增速力争高于全省1个百分点以上,经济总量突破4300亿元。\n",
			wants: []fig{
				{"兰州市", 2026, "", Planned, "gdp", 4300, AtLeast, ""},
			},
		},
		{
			name: "a review, and a clause naming the province",
			text: "甘肃省2026年政府工作报告\n一、2025年工作回顾\n天水坚持工业强市,规模以上工业增加值增长9.1%,全省规模以上工业增加值增长7.3%。\n",
			wants: []fig{
				{"天水市", 2025, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "industry_va_growth", 7.3, Exactly, ""},
			},
		},
		{
			name: "the report's own unit",
			text: "甘肃省2026年政府工作报告\n二、2026年工作安排\n全省要稳住经济大盘,地区生产总值增长5.5%左右。\n",
			wants: []fig{
				{"甘肃省", 2026, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			name: "traditional script",
			text: "廣東省2025年政府工作報告\n二、2025年工作安排\n深圳要當好排頭兵,地區生產總值增長5.5%以上。\n",
			wants: []fig{
				{"深圳市", 2025, "", Planned, "gdp_growth", 5.5, AtLeast, ""},
			},
		},
	})
}
