package targets

import "testing"

// A 乡 the division list holds as a 镇 (made one since), named after its
// county on the 会议 line, is the report's region, by the name the text
// gives it; not the county.
func TestTownByItsFormerWord(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "the 会议 line names the county and the 乡",
			text: "古荣乡2018年政府工作报告\n——2018年1月12日在堆龙德庆区古荣乡第二届人民代表大会第三次会议上\n一、2017年工作回顾\n全乡地区生产总值1.58亿元,增长11.3%。\n",
			wants: []fig{
				{"古荣乡", 2017, "", Reported, "gdp", 1.58, Exactly, ""},
				{"古荣乡", 2017, "", Reported, "gdp_growth", 11.3, Exactly, ""},
			},
		},
		{
			name: "the title names both",
			text: "醴陵市王仙乡2016年政府工作报告\n一、2015年工作回顾\n全乡地区生产总值增长8.2%。\n",
			wants: []fig{
				{"王仙乡", 2015, "", Reported, "gdp_growth", 8.2, Exactly, ""},
			},
		},
	})
}
