package targets

import "testing"

// A provincial paper's roundup of its cities' targets: its 我省 is the
// paper's province; an aspect naming an indicator (从经济增长目标看, 一般公共
// 预算收入方面) is the topic of the units' clauses after it, their verb or
// not; a meeting that 确定 the year's target, or a 今年 after clauses with
// no figure, dates it; a sentence speaking of a city's report is no title.
func TestAProvincialRoundupOfCitiesTargets(t *testing.T) {
	text := "9市亮出2024年“任务书”\n——我省各市政府工作报告综述\n2024-01-26 07:30 来源:河北日报\n" +
		"此前召开的省十四届人大二次会议确定,今年全省地区生产总值增长5.5%左右。\n" +
		"从经济增长目标看,石家庄市预期增长6%左右,唐山市6%,保定市6.5%左右,邯郸市5.5%以上。\n" +
		"一般公共预算收入方面,石家庄市预期增长5%,唐山市增长4%左右。\n" +
		"邯郸市提出,要坚持工业立市,加快转型,今年城镇新增就业6.5万人以上。\n" +
		"唐山市政府工作报告提出,今年将谋划实施一批重大项目。\n"
	checkOnlyTheseFigures(t, []readingCase{{
		name: "河北日报",
		text: text,
		wants: []fig{
			{"河北省", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
			{"石家庄市", 2024, "", Planned, "gdp_growth", 6, About, ""},
			{"唐山市", 2024, "", Planned, "gdp_growth", 6, Exactly, ""},
			{"保定市", 2024, "", Planned, "gdp_growth", 6.5, About, ""},
			{"邯郸市", 2024, "", Planned, "gdp_growth", 5.5, AtLeast, ""},
			{"石家庄市", 2024, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
			{"唐山市", 2024, "", Planned, "budget_revenue_growth", 4, About, ""},
			{"邯郸市", 2024, "", Planned, "new_urban_jobs", 65000, AtLeast, ""},
		},
	}})
	if as := Analyze(text).Articles; len(as) == 0 || as[0].Region.Name != "河北省" || as[0].Title != "9市亮出2024年“任务书”" {
		t.Errorf("articles %+v, want one of 河北省 titled by its first line", as)
	}
}

// A unit named after the year that opens its clause (今年成都市提出…) is the
// clause's subject, in an interview of the province's official.
func TestAUnitAfterTheYear(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a province's Q&A",
		text: "四川省发改委主任谈2024年经济目标\n2024-01-25 来源:四川日报\n答:成都的带动作用非常关键。成都经济总量去年突破2.2万亿元,达到22074.7亿元,增长6%。今年成都市提出地区生产总值增长6%左右,和全省目标保持一致。\n",
		wants: []fig{
			{"成都市", 2023, "", Reported, "gdp", 22074.7, Exactly, ""},
			{"成都市", 2023, "", Reported, "gdp_growth", 6, Exactly, ""},
			{"成都市", 2024, "", Planned, "gdp_growth", 6, About, ""},
		},
	}})
}

// Units after a semicolon with a rate noun (;南雄市、仁化县增速均超过5%) give
// their values to the indicator the clause before was about.
func TestUnitsRatesAfterASemicolon(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "增速均超过, traditional script",
		text: "韶關市2024年政府工作報告\n一、2023年工作回顧\n分縣(市、區)看,乳源瑤族自治縣地區生產總值增長7.2%,增速居全市第一;南雄市、仁化縣增速均超過5%。\n",
		wants: []fig{
			{"乳源瑶族自治县", 2023, "", Reported, "gdp_growth", 7.2, Exactly, ""},
			{"南雄市", 2023, "", Reported, "gdp_growth", 5, AtLeast, ""},
			{"仁化县", 2023, "", Reported, "gdp_growth", 5, AtLeast, ""},
		},
	}})
}

// A comparison naming another unit's rate in brackets (高于苏州市(5.8%)0.4个
// 百分点, 高于全省(6.8%)) gives that unit's figure of the same measure.
func TestABenchmarkInsideAComparison(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a city and the province",
		text: "昆山市2017年政府工作报告\n一、2016年工作回顾\n全市地区生产总值增长6.2%,高于苏州市(5.8%)0.4个百分点;一般公共预算收入增长7.1%,低于全省(7.5%)。\n",
		wants: []fig{
			{"昆山市", 2016, "", Reported, "gdp_growth", 6.2, Exactly, ""},
			{"苏州市", 2016, "", Reported, "gdp_growth", 5.8, Exactly, ""},
			{"昆山市", 2016, "", Reported, "budget_revenue_growth", 7.1, Exactly, ""},
			{"江苏省", 2016, "", Reported, "budget_revenue_growth", 7.5, Exactly, ""},
		},
	}})
}
