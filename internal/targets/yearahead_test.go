package targets

import "testing"

// A year after the one a report was given in has no results yet: its
// figures are targets, also where the sentence has no plan word and the
// part it stands in reviews the year (a December meeting's 明年…左右).
func TestAYearAheadHasNoResults(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a December economic meeting: this year estimated, next year bare",
		text: "株洲市2024年经济工作会议报告\n2024年12月20日\n今年以来,全市地区生产总值预计增长5.8%。明年全市地区生产总值增长6%左右,规模以上工业增加值增长7%以上。\n",
		wants: []fig{
			{"株洲市", 2024, "", Reported, "gdp_growth", 5.8, Exactly, ""},
			{"株洲市", 2025, "", Planned, "gdp_growth", 6, About, ""},
			{"株洲市", 2025, "", Planned, "industry_va_growth", 7, AtLeast, ""},
		},
	}, {
		name: "a county's year-end review in traditional script naming the next year",
		text: "攸縣2023年工作總結\n2023年12月26日\n一、2023年工作回顧\n全縣地區生產總值增長5.2%。2024年全縣地區生產總值增長6%左右。\n",
		wants: []fig{
			{"攸县", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			{"攸县", 2024, "", Planned, "gdp_growth", 6, About, ""},
		},
	}})
}
