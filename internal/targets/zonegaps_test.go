package targets

import "testing"

// A unit's name may stand two words before the indicator it owns (松山湖
// 高新区全年实现地区生产总值, …2023年完成…): the unit is still the one named,
// a zone the division list does not hold included.
func TestASubjectTwoWordsBeforeItsIndicator(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a zone, 全年实现, traditional script",
			text: "東莞市2018年政府工作報告\n一、2017年工作回顧\n全市地區生產總值增長8.1%。松山湖高新區全年實現地區生產總值582.6億元,增長12.3%。\n",
			wants: []fig{
				{"东莞市", 2017, "", Reported, "gdp_growth", 8.1, Exactly, ""},
				{"松山湖高新区", 2017, "", Reported, "gdp", 582.6, Exactly, ""},
				{"松山湖高新区", 2017, "", Reported, "gdp_growth", 12.3, Exactly, ""},
			},
		},
		{
			name: "a zone, a year and 完成",
			text: "苏州市2024年政府工作报告\n一、2023年工作回顾\n金鸡湖高新区2023年完成一般公共预算收入86.4亿元。\n",
			wants: []fig{
				{"金鸡湖高新区", 2023, "", Reported, "budget_revenue", 86.4, Exactly, ""},
			},
		},
		{
			name: "a county, 全年实现",
			text: "株洲市2021年政府工作报告\n一、2020年工作回顾\n醴陵市全年实现地区生产总值760.3亿元。\n",
			wants: []fig{
				{"醴陵市", 2020, "", Reported, "gdp", 760.3, Exactly, ""},
			},
		},
	})
}
