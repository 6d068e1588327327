package targets

import "testing"

// An earlier plan period named as what a total is a multiple of (是“十二五”
// 时期的1.9倍, 相当于“十二五”的1.3倍) is the comparison's base: the total is
// the summary's own five years'.
func TestEarlierPlanAsAMultiplesBase(t *testing.T) {
	head := "宁国市人民政府工作报告\n——2021年1月15日在宁国市第十七届人民代表大会第五次会议上\n一、“十三五”时期工作回顾\n五年来，全市地区生产总值年均增长7.9%。"
	checkRegions(t, []regionCase{
		{readingCase: readingCase{name: "是…的倍",
			text:  head + "五年累计完成固定资产投资1268亿元，是“十二五”时期的1.9倍。\n",
			wants: []fig{{"宁国市", 2020, "2016-2020", Reported, "fai", 1268, Exactly, ""}}},
			not: []fig{{"宁国市", 2015, "2011-2015", Reported, "fai", 1268, Exactly, ""}}},
		{readingCase: readingCase{name: "相当于…的倍, after a semicolon",
			text:  head + "累计实施重点项目860个；累计新增城镇就业3.2万人，相当于“十二五”时期的1.3倍。\n",
			wants: []fig{{"宁国市", 2020, "2016-2020", Reported, "new_urban_jobs", 32000, Exactly, ""}}},
			not: []fig{{"宁国市", 2015, "2011-2015", Reported, "new_urban_jobs", 32000, Exactly, ""}}},
		{readingCase: readingCase{name: "the earlier plan as the sentence's own span still is",
			text:  "宁国市人民政府工作报告\n——2016年1月15日在宁国市第十六届人民代表大会第五次会议上\n一、“十二五”时期工作回顾\n“十二五”时期，全市固定资产投资累计完成668亿元。\n",
			wants: []fig{{"宁国市", 2015, "2011-2015", Reported, "fai", 668, Exactly, ""}}}},
	})
}
