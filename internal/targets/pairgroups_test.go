package targets

import "testing"

// Two units written together as one subject (贵阳贵安 for 贵阳市 with 贵安新区,
// 西咸 for 西安 with 咸阳, 广佛 for 广州 with 佛山) are a grouping: its figures
// are nobody's, least of all the report's own city's. A unit whose name
// starts like one (西咸新区) is still itself.
func TestPairedUnitsAreAGroup(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{name: "贵阳贵安 in the city's own report",
			text:  "贵阳市2025年政府工作报告\n一、2024年工作回顾\n过去一年，贵阳贵安地区生产总值达到5600亿元，增长5.6%。全市规模以上工业增加值增长6.2%。\n",
			wants: []fig{{"贵阳市", 2024, "", Reported, "industry_va_growth", 6.2, Exactly, ""}}},
		{name: "西咸 and 广佛 in a provincial text, beside 西咸新区",
			text: "陕西省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.3%。西咸地区生产总值增长7%；西咸新区地区生产总值增长8.2%；广佛地区生产总值突破3万亿元。\n",
			wants: []fig{
				{"陕西省", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""},
				{"西咸新区", 2024, "", Reported, "gdp_growth", 8.2, Exactly, ""},
			}},
	})
}
