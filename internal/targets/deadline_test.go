package targets

import "testing"

// A deadline in a sentence (到2025年…突破1300亿元) dates the figure after it
// even when the paragraph before named the plan's first year.
func TestDeadlineBeatsTheParagraphsYear(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a people's congress resolution: the year's targets, then the five-year plan's",
			text: "关于赤峰市2021年国民经济和社会发展计划的决议\n(2021年1月28日赤峰市第十届人民代表大会第五次会议通过)\n会议同意2021年全市经济社会发展的主要预期目标：地区生产总值增长6%左右。会议同意“十四五”时期地区生产总值年均增长5.5%左右、到2025年经济总量突破2500亿元的目标。\n",
			wants: []fig{
				{"赤峰市", 2021, "", Planned, "gdp_growth", 6, About, ""},
				{"赤峰市", 2025, "", Planned, "gdp", 2500, AtLeast, ""},
			},
		},
	})
}

// 三年来, 四年来 opening a sentence count the years to the one under review:
// the 年均 rate after them is over those years, not the term's five.
func TestYearsCountedSoFar(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "四年来 inside a five-year review",
			text: "孝感市2017年政府工作报告\n一、过去五年工作回顾\n本届政府以来，全市生产总值年均增长8.9%。四年来，规模以上工业增加值年均增长9.6%。\n",
			wants: []fig{
				{"孝感市", 2016, "2012-2016", Reported, "gdp_growth", 8.9, Exactly, ""},
				{"孝感市", 2016, "2013-2016", Reported, "industry_va_growth", 9.6, Exactly, ""},
			},
		},
	})
}
