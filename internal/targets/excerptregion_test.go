package targets

import "testing"

// An excerpt cut from a report's middle names its own unit once, often in
// passing, and others in words, comparisons and thanks: the unit it speaks
// as (全旗, 街道党工委) is its region, not a word that is a county's name
// (资源型), a conjunction before 县委 (和县), the yardstick of a rank
// (位居…市第一) or the neighbours it works with.
func TestAnExcerptsOwnUnit(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a sentence for a first line; 资源型 is no 资源县",
		text: "型城市转型的关键之年,也是资源型产业升级的起步之年。一年来,在旗委的坚强领导下,达拉特旗各族干部群众攻坚克难。\n" +
			"2016年,全旗完成地区生产总值420.5亿元,增长7.2%;旗委、旗政府持续推进改革。\n",
		wants: []fig{
			{"达拉特旗", 2016, "", Reported, "gdp", 420.5, Exactly, ""},
			{"达拉特旗", 2016, "", Reported, "gdp_growth", 7.2, Exactly, ""},
		},
	}, {
		name: "州委和县委 is no 和县",
		text: "2021年是“十四五”开局之年。认真落实省委、州委和县委的决策部署,坚持稳中求进。\n" +
			"今年全县经济社会发展的主要预期目标是:地区生产总值增长6.5%以上,固定资产投资增长9%,卓尼县全面巩固脱贫成果。\n",
		wants: []fig{
			{"卓尼县", 2021, "", Planned, "gdp_growth", 6.5, AtLeast, ""},
			{"卓尼县", 2021, "", Planned, "fai_growth", 9, Exactly, ""},
		},
	}, {
		name: "a unit named after its parent keeps a conjunction's first character",
		text: "马鞍山市和县2019年政府工作报告\n一、2018年工作回顾\n全县地区生产总值增长8.6%。\n",
		wants: []fig{
			{"和县", 2018, "", Reported, "gdp_growth", 8.6, Exactly, ""},
		},
	}, {
		name: "the rank's yardstick is not the subject; a copula before the short name",
		text: "过去一年,是仁怀发展极不平凡的一年。市委、市政府团结带领全市人民砥砺前行。\n" +
			"2019年,全市地区生产总值完成1350.2亿元,增长9.1%,总量位居遵义市第一、贵州省第一。\n",
		wants: []fig{
			{"仁怀市", 2019, "", Reported, "gdp", 1350.2, Exactly, ""},
			{"仁怀市", 2019, "", Reported, "gdp_growth", 9.1, Exactly, ""},
		},
	}, {
		name: "an autonomous county by its place name and 县 (察布查尔县)",
		text: "2023年,面对严峻形势,察布查尔县各族干部群众在县委的领导下,经济社会大局保持稳定。\n全县实现地区生产总值112.4亿元,同比增长7.1%,增速位居伊犁州直第2位。\n",
		wants: []fig{
			{"察布查尔锡伯自治县", 2023, "", Reported, "gdp", 112.4, Exactly, ""},
			{"察布查尔锡伯自治县", 2023, "", Reported, "gdp_growth", 7.1, Exactly, ""},
		},
	}, {
		name: "a 街道 thanking the district above it",
		text: "过去一年,面对繁重的发展任务,北干街道在区委区政府和街道党工委的坚强领导下,在街道人大工委的监督支持下,全力推动高质量发展。\n" +
			"2025年是“十四五”规划收官之年。街道主要预期目标为:财政总收入增长6%,规上工业增加值增长7%。\n",
		wants: []fig{
			{"北干街道", 2025, "", Planned, "fiscal_revenue_growth", 6, Exactly, ""},
			{"北干街道", 2025, "", Planned, "industry_va_growth", 7, Exactly, ""},
		},
	}, {
		name: "neighbours listed and a 全省 that is a yardstick do not make the province",
		text: "作工作报告。报告指出,过去一年,新区坚持项目为王。\n预计全年地区生产总值增长6.9%,增速高于全省1.1个百分点、高于兰州市0.8个百分点。\n" +
			"兰州新区作为国家级新区的地位更加凸显。2026年是“十五五”开局之年,新区将深化与兰州、白银的同城化发展。\n",
		wants: []fig{
			{"兰州新区", 2025, "", Reported, "gdp_growth", 6.9, Exactly, ""},
		},
	}, {
		name: "road sections and a short name after 、 are no list of units",
		text: "狮岭镇2019年政府工作报告\n一、2018年工作回顾\n全镇地区生产总值增长6.2%。完成国道改造、花都大道北段、广州地铁9号线站点建设。\n",
		wants: []fig{
			{"狮岭镇", 2018, "", Reported, "gdp_growth", 6.2, Exactly, ""},
		},
	}})
}

// An untitled excerpt opening with its year and what the year met (2021年,
// 面对…) or with its result (2019年,全市地区生产总值完成…) reviews that
// year; one opening with what the year is to do plans it.
func TestAnExcerptOpeningWithItsYear(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "面对 opens the review",
		text: "2021年,面对复杂严峻的外部形势,宁陕县在县委的坚强领导下,经济社会保持稳定。\n全县地区生产总值增长6.8%。\n",
		wants: []fig{
			{"宁陕县", 2021, "", Reported, "gdp_growth", 6.8, Exactly, ""},
		},
	}, {
		name: "完成 after the year and a comma",
		text: "2020年,全市地区生产总值完成210.6亿元,增长4.1%,增速高于全州0.9个百分点。敦化在转型发展中迈出坚实步伐。\n",
		wants: []fig{
			{"敦化市", 2020, "", Reported, "gdp", 210.6, Exactly, ""},
			{"敦化市", 2020, "", Reported, "gdp_growth", 4.1, Exactly, ""},
		},
	}, {
		name: "面对 and what the year is to do",
		text: "2022年,面对新形势新任务,我们将坚持稳中求进,宁陕县经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n",
		wants: []fig{
			{"宁陕县", 2022, "", Planned, "gdp_growth", 7, About, ""},
		},
	}})
}

// An untitled excerpt of a zone the division list holds among towns
// (石家庄经济技术开发区), named once in full and then 经开区, is the zone's,
// by its common short name; its review is dated by the plan that follows
// (2019年,经开区经济社会发展的主要预期目标是; 2025年是…之年。街道主要预期目标为).
func TestAnUntitledZoneDatedByItsPlan(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a zone's excerpt, its plan after a comma",
		text: "较好地完成了年初确定的目标任务,为石家庄经济技术开发区建设一流园区打下了基础。\n全年实现地区生产总值286.4亿元,增长8.2%。\n" +
			"2019年,经开区经济社会发展的主要预期目标是:地区生产总值增长8%左右。\n",
		wants: []fig{
			{"石家庄经开区", 2018, "", Reported, "gdp", 286.4, Exactly, ""},
			{"石家庄经开区", 2018, "", Reported, "gdp_growth", 8.2, Exactly, ""},
			{"石家庄经开区", 2019, "", Planned, "gdp_growth", 8, About, ""},
		},
	}, {
		name: "a 街道's year named only by the plan's 之年",
		text: "过去一年,临平街道在区委区政府和街道党工委的坚强领导下,砥砺前行。\n全年完成财政总收入18.2亿元,同比增长5.1%。\n" +
			"2025年是“十四五”规划收官之年。街道主要预期目标为:财政总收入增长5%。\n",
		wants: []fig{
			{"临平街道", 2024, "", Reported, "fiscal_revenue", 18.2, Exactly, ""},
			{"临平街道", 2024, "", Reported, "fiscal_revenue_growth", 5.1, Exactly, ""},
			{"临平街道", 2025, "", Planned, "fiscal_revenue_growth", 5, Exactly, ""},
		},
	}})
}

// A town's report thanks the county above it by name (在瑞安市委、市政府的
// 领导下) and names itself by its place name alone (塘下加快建设…): it is the
// town's, the list's 塘下镇 under 瑞安市, not the county's; a county's own
// report thanking its city (潍坊市委) is the county's.
func TestATownNamedByItsPlaceName(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "塘下 under 瑞安市",
		text: "过去一年,在瑞安市委、市政府和镇党委的坚强领导下,全镇上下团结奋进。今年是“十四五”开局之年,也是塘下加快建设汽摩配产业新城的关键一年。\n" +
			"去年全镇实现地区生产总值285.6亿元,增长8.9%。与莘塍街道、瑞安经济开发区协同发展。\n",
		wants: []fig{
			{"塘下镇", 2020, "", Reported, "gdp", 285.6, Exactly, ""},
			{"塘下镇", 2020, "", Reported, "gdp_growth", 8.9, Exactly, ""},
		},
	}, {
		name: "a county thanking its city",
		text: "过去一年,在潍坊市委、市政府和市委的坚强领导下,全市上下攻坚克难。中国(寿光)国际蔬菜科技博览会成功举办,“寿光模式”持续深化。\n全市地区生产总值增长5.1%。今年是“十四五”开局之年。\n",
		wants: []fig{
			{"寿光市", 2020, "", Reported, "gdp_growth", 5.1, Exactly, ""},
		},
	}})
}

// The words around a town's place name: 新中国 holds no 新中镇 and 雁荡山 no
// 雁荡镇; a line naming 人民政府 that thanks 市政府和县委 names no 和县; a
// title's 数说攸县 is 攸县 all the same.
func TestATownsPlaceNameAmongWords(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "新中国 and 雁荡山 beside 柳市",
		text: "过去一年,在乐清市委、市政府和镇党委的坚强领导下,全镇上下团结奋进。今年是新中国成立70周年,也是柳市加快建设电器之都的关键一年。\n" +
			"去年全镇实现地区生产总值312.4亿元,增长7.6%;雁荡山旅游线路开通。\n",
		wants: []fig{
			{"柳市镇", 2018, "", Reported, "gdp", 312.4, Exactly, ""},
			{"柳市镇", 2018, "", Reported, "gdp_growth", 7.6, Exactly, ""},
		},
	}, {
		name: "人民政府 and 和县委 in one line",
		text: "过去一年,全县地区生产总值增长8.1%。这是市委、市人民政府和县委正确领导的结果,“安吉模式”持续深化。今年是“十三五”规划的收官之年。\n",
		wants: []fig{
			{"安吉县", 2019, "", Reported, "gdp_growth", 8.1, Exactly, ""},
		},
	}})
}

// A zone's excerpt that names its city only as the leadership it thanks
// and speaks as the zone (高新区坚持…, 全区…) is the zone's.
func TestAZoneThankingItsCity(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "在青岛市委、市政府的领导下,高新区…",
		text: "过去一年,在青岛市委、市政府的坚强领导下,高新区坚持创新驱动发展,主要目标任务基本完成。\n全区实现地区生产总值286.5亿元,增长3.1%。今年是“十四五”开局之年。\n",
		wants: []fig{
			{"青岛高新区", 2020, "", Reported, "gdp", 286.5, Exactly, ""},
			{"青岛高新区", 2020, "", Reported, "gdp_growth", 3.1, Exactly, ""},
		},
	}, {
		name: "a city's 全市 keeps it the city's",
		text: "过去一年,在省委、省政府的坚强领导下,全市上下团结奋进,高新区建设提速。全市实现地区生产总值7136.3亿元,增长3.7%。青岛市将…今年是“十四五”开局之年。\n",
		wants: []fig{
			{"青岛市", 2020, "", Reported, "gdp", 7136.3, Exactly, ""},
			{"青岛市", 2020, "", Reported, "gdp_growth", 3.7, Exactly, ""},
		},
	}})
}

// A province named only in a slogan (大美青海) is the text's, and a town's
// full name glued into a word (快于城镇 holds no 于城镇) is not.
func TestAProvinceInASlogan(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "大美青海, 快于城镇",
		text: "过去一年,全省上下奋力建设大美青海。全省地区生产总值增长6.3%;农村居民人均可支配收入增长8.9%,增速快于城镇居民。今年是新中国成立70周年。\n",
		wants: []fig{
			{"青海省", 2018, "", Reported, "gdp_growth", 6.3, Exactly, ""},
			{"青海省", 2018, "", Reported, "rural_disposable_income_growth", 8.9, Exactly, ""},
		},
	}})
}
