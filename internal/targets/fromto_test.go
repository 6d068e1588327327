package targets

import "testing"

// From–to statements (由X增加到Y): the start is a level of the year it
// names, the end of the year it names or the span's last; after a rate
// of the same subject (…年均增长7.2%,由…) both are the subject's; a
// subject of its own before 由/从 keeps its numbers (上市公司从20家…).
func TestFromToStatements(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a five-year review: the rate first, then the level from its year to its year",
			text: "2021年贵阳市政府工作报告\n一、“十三五”时期工作回顾\n五年来，地区生产总值年均增长7.2%，由2015年的2891亿元增加到2020年的4312亿元；" +
				"一般公共预算收入年均增长4.1%。\n",
			wants: []fig{
				{"贵阳市", 2020, "2016-2020", Reported, "gdp_growth", 7.2, Exactly, ""},
				{"贵阳市", 2015, "", Reported, "gdp", 2891, Exactly, ""},
				{"贵阳市", 2020, "", Reported, "gdp", 4312, Exactly, ""},
			},
		},
		{
			name: "the end year written with 底, the end with no year over the span",
			text: "2021年绵阳市政府工作报告\n一、过去五年工作回顾\n常住人口城镇化率由2015年底的47.5%提高到2020年底的53.2%。" +
				"全市地区生产总值年均增长7.5%，从2015年的1700亿元增加到3010亿元。\n",
			wants: []fig{
				{"绵阳市", 2015, "", Reported, "urbanization_rate", 47.5, Exactly, ""},
				{"绵阳市", 2020, "", Reported, "urbanization_rate", 53.2, Exactly, ""},
				{"绵阳市", 2015, "", Reported, "gdp", 1700, Exactly, ""},
				{"绵阳市", 2020, "", Reported, "gdp", 3010, Exactly, ""},
			},
		},
		{
			name: "a second subject of its own with its from–to is not the first's",
			text: "2021年宁波市政府工作报告\n一、过去五年工作回顾\n高新技术企业从1500家增加到3900家，上市公司从58家增加到102家，" +
				"园区年产值从300亿元增长至860亿元。\n",
			wants: []fig{
				{"宁波市", 2020, "", Reported, "hitech_enterprises", 3900, Exactly, ""},
			},
		},
	})
	// …and none of the other subjects' numbers as high-tech enterprises.
	for _, f := range Extract("2021年宁波市政府工作报告\n一、过去五年工作回顾\n高新技术企业从1500家增加到3900家，上市公司从58家增加到102家。\n") {
		if f.Indicator == "hitech_enterprises" && (f.Value == 58 || f.Value == 102) {
			t.Errorf("上市公司's %v read as high-tech enterprises «%s»", f.Value, f.Quote)
		}
	}
}
