package targets

import "testing"

// A roundup of several provinces: a clause about many of them at once
// (各地普遍将…目标定在5%以上, 多数省份将…) is no one province's figure, and a
// province's result followed by 今年目标为… is that year's result, the
// target clause read on its own.
func TestARoundupsClauses(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "many provinces at once; a result then 今年目标为",
		text: "多省份2025年GDP增速目标出炉\n2025-02-05 08:00 来源:经济日报\n" +
			"随着青海、宁夏等地政府工作报告陆续发布,各地经济增速目标已基本出炉。在此基础上,各地普遍将今年经济增速目标定在5%左右。\n" +
			"福建2024年地区生产总值5.78万亿元,增长5.5%,今年目标为5.5%左右。在物价方面,多数省份将居民消费价格涨幅目标定为2%左右。\n",
		wants: []fig{
			{"福建省", 2024, "", Reported, "gdp", 57800, Exactly, ""},
			{"福建省", 2024, "", Reported, "gdp_growth", 5.5, Exactly, ""},
			{"福建省", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
		},
	}})
}

// A roundup names the indicator once and gives other units' rates by a
// copula (江苏、山东均为5%以上, 天津为4.5%左右): each unit's rate of that
// indicator; a share after it (占全省比重为12.5%) is none.
func TestARoundupsUnitsByACopula(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "均为 and 为 after a named rate",
		text: "多省份2025年GDP增速目标出炉\n2025-02-05 08:00 来源:经济日报\n2025年,湖南提出地区生产总值增长5.5%左右,湖北、安徽均为5.5%以上,江西为5%左右。\n",
		wants: []fig{
			{"湖南省", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			{"湖北省", 2025, "", Planned, "gdp_growth", 5.5, AtLeast, ""},
			{"安徽省", 2025, "", Planned, "gdp_growth", 5.5, AtLeast, ""},
			{"江西省", 2025, "", Planned, "gdp_growth", 5, About, ""},
		},
	}, {
		name: "a share by a copula",
		text: "株洲市2024年政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长5.2%,占全省比重为7.5%。\n",
		wants: []fig{
			{"株洲市", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
		},
	}})
}

// 去年均增长 is 去年 and 均增长 (both grew last year), not an average rate;
// units opening a sentence after a full stop with a verb carry the topic
// on; 今年目标均为… is a target clause of its own.
func TestARoundupsLastYearBoth(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "去年均增长 after a named rate",
		text: "多省份2025年GDP增速目标出炉\n2025-02-05 08:00 来源:经济日报\n福建2024年地区生产总值增长5.5%,今年目标为5.5%左右。广西、贵州去年均增长4.5%。\n",
		wants: []fig{
			{"福建省", 2024, "", Reported, "gdp_growth", 5.5, Exactly, ""},
			{"福建省", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			{"广西壮族自治区", 2024, "", Reported, "gdp_growth", 4.5, Exactly, ""},
			{"贵州省", 2024, "", Reported, "gdp_growth", 4.5, Exactly, ""},
		},
	}})
}

// A list of units and its count before 今年 (黄石、咸宁两市今年…) is the
// clause's subject: its 今年 dates the targets.
func TestARoundupsListBeforeThisYear(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "两市今年",
		text: "山东多地2024年GDP目标出炉\n2024-02-10 来源:大众网\n烟台、威海两市今年地区生产总值增长目标分别为6%和5.5%。\n",
		wants: []fig{
			{"烟台市", 2024, "", Planned, "gdp_growth", 6, Exactly, ""},
			{"威海市", 2024, "", Planned, "gdp_growth", 5.5, Exactly, ""},
		},
	}})
}

// A roundup's X提出地区生产总值增长… and X、Y均提出… with no 今年 of their own
// are the units' targets of the year the news is about; 年初提出的…目标 beside
// its result stays last year's target.
func TestARoundupsProposedTargets(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "提出 in a January roundup",
		text: "各市州亮出新年任务书\n2024-01-29 08:15 来源:宁夏日报\n银川去年地区生产总值增长6.1%。\n石嘴山提出地区生产总值增长6.5%。\n吴忠、固原均提出地区生产总值增长7%左右。\n",
		wants: []fig{
			{"银川市", 2023, "", Reported, "gdp_growth", 6.1, Exactly, ""},
			{"石嘴山市", 2024, "", Planned, "gdp_growth", 6.5, Exactly, ""},
			{"吴忠市", 2024, "", Planned, "gdp_growth", 7, About, ""},
			{"固原市", 2024, "", Planned, "gdp_growth", 7, About, ""},
		},
	}})
}
