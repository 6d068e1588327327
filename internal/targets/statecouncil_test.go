package targets

import "testing"

// A title naming the State Council's report (2025年国务院政府工作报告, or the
// premier's delivery of it) is the nation's report even when the text never
// writes 全国; an article about that report, or a city's, is not.
func TestStateCouncilTitleIsNational(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "year and 国务院政府工作报告",
		text: "2025年国务院政府工作报告\n2024年，国内生产总值增长5%，城镇新增就业1256万人。\n今年发展的主要预期目标是：国内生产总值增长5%左右，城镇调查失业率5.5%左右。\n",
		wants: []fig{
			{"全国", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
			{"全国", 2024, "", Reported, "new_urban_jobs", 12560000, Exactly, ""},
			{"全国", 2025, "", Planned, "gdp_growth", 5, About, ""},
			{"全国", 2025, "", Planned, "surveyed_unemployment", 5.5, About, ""},
		},
	}, {
		name: "the premier's delivery, dated below",
		text: "国务院总理李强在十四届全国人大三次会议上作的政府工作报告\n（2025年3月5日）\n过去一年，国内生产总值增长5%。今年经济社会发展的主要预期目标是：居民消费价格涨幅2%左右。\n",
		wants: []fig{
			{"全国", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
			{"全国", 2025, "", Planned, "cpi", 2, About, ""},
		},
	}})
	checkReading(t, []readingCase{{
		name: "an article about the report names no region",
		text: "解读2025年国务院政府工作报告\n2024年，国内生产总值增长5%。\n",
		none: []string{"gdp_growth"},
	}})
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name:  "a city's report that cites the State Council's",
			text:  "株洲市2025年政府工作报告\n国务院政府工作报告提出国内生产总值增长5%左右。2024年，全市地区生产总值增长5.6%。\n",
			wants: []fig{{"株洲市", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""}},
		},
		not: []fig{{"全国", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""}},
	}})
}
