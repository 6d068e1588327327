package targets

import (
	"strings"
	"testing"
)

// Whole provincial reports name their cities by short names in every
// arrangement, and summarise the five years with from–to statements and
// totals; each figure keeps its own unit, year and period.
func TestReadingCitiesAndTermSummaries(t *testing.T) {
	const head = "2026年甘肃省政府工作报告\n——2026年1月18日在甘肃省第十四届人民代表大会第五次会议上\n"
	checkReading(t, []readingCase{
		{
			name: "a city after a year word, and a year word between a city and its indicator",
			text: head + "二、2026年工作安排\n支持兰州今年经济总量迈上4000亿元台阶，今年天水地区生产总值增长6.5%以上，2026年酒泉地区生产总值增长7%左右。\n",
			wants: []fig{
				{"兰州市", 2026, "", Planned, "gdp", 4000, AtLeast, ""},
				{"天水市", 2026, "", Planned, "gdp_growth", 6.5, AtLeast, ""},
				{"酒泉市", 2026, "", Planned, "gdp_growth", 7, About, ""},
			},
		},
		{
			name: "units listed for a 分别 of their own after other units' levels",
			text: head + "一、2025年工作回顾\n兰州市地区生产总值3780亿元、增长6.1%，庆阳经济总量突破1200亿元，天水、白银地区生产总值分别增长6.6%、5.9%。\n",
			wants: []fig{
				{"兰州市", 2025, "", Reported, "gdp", 3780, Exactly, ""},
				{"庆阳市", 2025, "", Reported, "gdp", 1200, AtLeast, ""},
				{"天水市", 2025, "", Reported, "gdp_growth", 6.6, Exactly, ""},
				{"白银市", 2025, "", Reported, "gdp_growth", 5.9, Exactly, ""},
			},
		},
		{
			name: "from the end of the last plan to now: the term's end and average",
			text: head + "一、“十四五”时期发展成就\n五年来，全省地区生产总值从“十三五”末的9017亿元增加到13500亿元，年均增长6%；" +
				"常住人口城镇化率从“十三五”末的52.2%提高到56.8%；三次产业结构由13.3∶31.6∶55.1调整为12.7∶34.2∶53.1。\n",
			wants: []fig{
				{"甘肃省", 2020, "", Reported, "gdp", 9017, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "gdp", 13500, Exactly, ""},
				{"甘肃省", 2025, "2021-2025", Reported, "gdp_growth", 6, Exactly, ""},
				{"甘肃省", 2020, "", Reported, "urbanization_rate", 52.2, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "urbanization_rate", 56.8, Exactly, ""},
				{"甘肃省", 2020, "", Reported, "industry_structure", 55.1, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "industry_structure", 53.1, Exactly, ""},
			},
		},
		{
			name: "a paragraph opened by the year under review, after the term's summary",
			text: head + "一、过去五年和2025年工作回顾\n过去五年，全省地区生产总值年均增长5.6%，城镇居民人均可支配收入年均增长6.1%。\n" +
				"2025年，全省经济运行稳中有进。地区生产总值13500亿元，增长5.5%；规模以上工业增加值增长7.2%，高于年初目标1.2个百分点。\n" +
				"2025年是“十四五”收官之年。全年固定资产投资增长4.1%。\n" +
				"二、2026年主要目标\n2026年，我们将坚持稳中求进。地区生产总值增长5.5%左右。\n",
			wants: []fig{
				{"甘肃省", 2025, "2021-2025", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"甘肃省", 2025, "2021-2025", Reported, "urban_disposable_income_growth", 6.1, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "gdp", 13500, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "gdp_growth", 5.5, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "industry_va_growth", 7.2, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "fai_growth", 4.1, Exactly, ""},
				{"甘肃省", 2026, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			name: "a paragraph's year holds until a part opens, and a title's year is no paragraph's",
			text: "2026年甘肃省政府工作报告 一、2025年工作回顾 2025年主要目标任务顺利完成。全省地区生产总值增长5.5%。" +
				"“十五五”时期全省经济社会发展的主要目标是：地区生产总值年均增长5%左右；一般公共预算收入每年增长6%左右。\n",
			wants: []fig{
				{"甘肃省", 2025, "", Reported, "gdp_growth", 5.5, Exactly, ""},
				{"甘肃省", 2030, "2026-2030", Planned, "gdp_growth", 5, About, ""},
				{"甘肃省", 2030, "2026-2030", Planned, "budget_revenue_growth", 6, About, ""},
			},
		},
		{
			name: "a news paragraph that turns back to last year after the targets",
			text: "威海市政府工作报告解读\n2023-01-12 08:30 来源：威海日报\n报告提出，2023年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n" +
				"记者了解到，2022年威海外贸进出口总额增长4.8%。荣成市、文登区地区生产总值分别增长4.6%和4.1%。\n",
			wants: []fig{
				{"威海市", 2023, "", Planned, "gdp_growth", 6, About, ""},
				{"威海市", 2022, "", Reported, "import_export_growth", 4.8, Exactly, ""},
				{"荣成市", 2022, "", Reported, "gdp_growth", 4.6, Exactly, ""},
				{"文登区", 2022, "", Reported, "gdp_growth", 4.1, Exactly, ""},
			},
		},
		{
			name: "a base year years back for the rest of the paragraph (比2012年(下同)): no year's rates",
			text: "2017年桂东县政府工作报告\n一、过去五年工作回顾\n2016年，全县地区生产总值达到128.6亿元，比2012年(下同)增长41.2%；固定资产投资103.7亿元，增长96.1%；城镇居民人均可支配收入25120元，增长38.7%。\n",
			wants: []fig{
				{"桂东县", 2016, "", Reported, "gdp", 128.6, Exactly, ""},
				{"桂东县", 2016, "", Reported, "fai", 103.7, Exactly, ""},
				{"桂东县", 2016, "", Reported, "urban_disposable_income", 25120, Exactly, ""},
			},
			none: []string{"gdp_growth", "fai_growth", "urban_disposable_income_growth"},
		},
		{
			name: "与2010年相比 makes the sentence's growth growth since then; 与上一年相比 is the year's",
			text: "2016年和平区政府工作报告\n一、过去五年工作回顾\n与2010年相比，地区生产总值增长51.2%，公共财政预算收入增长78.4%，城镇化率达到61%。\n" +
				"2015年，与2014年相比，全区地区生产总值增长7.1%。\n",
			wants: []fig{
				{"和平区", 2015, "", Reported, "urbanization_rate", 61, Exactly, ""},
				{"和平区", 2015, "", Reported, "gdp_growth", 7.1, Exactly, ""},
			},
			none: []string{"budget_revenue_growth"},
		},
		{
			name:  "a total over five years grows on the years before: no year's rate",
			text:  head + "一、“十四五”时期发展成就\n五年累计完成固定资产投资4.1万亿元，增长了28%；五年累计完成一般公共预算收入增长了31%。\n",
			wants: []fig{{"甘肃省", 2025, "2021-2025", Reported, "fai", 41000, Exactly, ""}},
			none:  []string{"fai_growth", "budget_revenue_growth"},
		},
		{
			name: "a total over the years a sentence names is the term's",
			text: head + "一、“十四五”时期发展成就\n2021年至2025年，一般公共预算收入累计完成5200亿元、年均增长7.2%，空气质量优良天数率达到93.1%。\n",
			wants: []fig{
				{"甘肃省", 2025, "2021-2025", Reported, "budget_revenue", 5200, Exactly, ""},
				{"甘肃省", 2025, "2021-2025", Reported, "budget_revenue_growth", 7.2, Exactly, ""},
			},
		},
		{
			name: "a part of the visitors (外国游客, 入境游客) is not all of them",
			text: head + "一、2025年工作回顾\n预计全年接待游客3.8亿人次、增长11.2%，口岸出入境人员增长13%，其中外国游客增长34.9%，入境过夜游客增长21%。\n",
			wants: []fig{
				{"甘肃省", 2025, "", Reported, "tourists", 38000, Exactly, ""},
				{"甘肃省", 2025, "", Reported, "tourists_growth", 11.2, Exactly, ""},
			},
		},
		{
			name: "cities that climb a step with no noun climb it in GDP; parts of a province by direction are no unit",
			text: "2025年广东省政府工作报告\n一、2024年工作回顾\n佛山、东莞经济总量均超过1.2万亿元；惠州、茂名分别迈上6000亿元和4000亿元台阶。粤东粤西粤北地区生产总值增长3.6%。\n",
			wants: []fig{
				{"惠州市", 2024, "", Reported, "gdp", 6000, AtLeast, ""},
				{"茂名市", 2024, "", Reported, "gdp", 4000, AtLeast, ""},
			},
			none: []string{"gdp_growth"},
		},
		{
			name: "older and longer wordings of catalogue figures",
			text: "2014年和平区政府工作报告\n一、2013年工作回顾\n新增各类市场主体9862户，全年新增国家级高新技术企业50家，签约总金额320亿元，空气质量二级以上良好天数达到296天。\n",
			wants: []fig{
				{"和平区", 2013, "", Reported, "market_entities_new", 9862, Exactly, ""},
				{"和平区", 2013, "", Reported, "hitech_enterprises_new", 50, Exactly, ""},
				{"和平区", 2013, "", Reported, "investment_attracted", 320, Exactly, ""},
				{"和平区", 2013, "", Reported, "air_quality_days", 296, Exactly, ""},
			},
		},
		{
			name: "优良天数率 is the air quality rate",
			text: head + "一、2025年工作回顾\n全省空气质量优良天数率89.6%，城市优良天数率提高1.2个百分点。\n二、2026年工作安排\n全年空气质量优良天数率达到89%以上。\n",
			wants: []fig{
				{"甘肃省", 2025, "", Reported, "air_quality_rate", 89.6, Exactly, ""},
				{"甘肃省", 2026, "", Planned, "air_quality_rate", 89, AtLeast, ""},
			},
		},
	})
}

// An estimate word inside a sentence marks its own clause, not the ones
// before it; (预计数,下同) covers the rest of the text's results of the
// year, a five-year summary after the review included (the corpus's
// convention), and in a five-year summary what follows it.
func TestEstimateScope(t *testing.T) {
	prelim := func(t *testing.T, text string, want map[string]bool) {
		t.Helper()
		figs := Extract(text)
		for quote, p := range want {
			found := false
			for _, f := range figs {
				if strings.Contains(f.Quote, quote) && f.Kind == Reported {
					found = true
					if f.Preliminary != p {
						t.Errorf("%s «%s»: preliminary %v, want %v", f, f.Quote, f.Preliminary, p)
					}
				}
			}
			if !found {
				t.Errorf("no figure quoting %s", quote)
				for _, f := range figs {
					t.Logf("got %v «%s»", f, f.Quote)
				}
			}
		}
	}
	t.Run("有望 late in a sentence of cities", func(t *testing.T) {
		prelim(t, "2026年湖南省政府工作报告\n一、2025年工作回顾\n长沙市地区生产总值达到15800亿元、增长5.6%，岳阳经济总量有望突破5200亿元。\n",
			map[string]bool{"长沙市地区生产总值达到15800亿元": false, "岳阳经济总量有望突破5200亿元": true})
	})
	t.Run("下同 in the review, then the term's summary", func(t *testing.T) {
		prelim(t, "2026年福建省政府工作报告\n一、2025年和“十四五”工作回顾\n2025年全省主要经济指标（预计数，下同）：地区生产总值60350亿元、增长5.4%。\n"+
			"城镇新增就业68万人。\n“十四五”时期，全省地区生产总值年均增长5.8%，常住人口城镇化率提高到71.6%。\n",
			map[string]bool{"地区生产总值60350亿元": true, "城镇新增就业68万人": true, "地区生产总值年均增长5.8%": true, "城镇化率提高到71.6%": true})
	})
	t.Run("据初步统计 opens its sentence", func(t *testing.T) {
		prelim(t, "2014年和平区政府工作报告\n一、2013年工作回顾\n据初步统计，全区公共财政预算收入78.6亿元，增长12.3%；社会消费品零售总额836.5亿元。\n",
			map[string]bool{"公共财政预算收入78.6亿元": true, "社会消费品零售总额836.5亿元": true})
	})
	t.Run("下同 in the term's summary", func(t *testing.T) {
		prelim(t, "2021年沛县政府工作报告\n一、“十三五”时期和2020年工作回顾\n五年来，我们如期完成既定目标任务。2020年完成地区生产总值（预计，下同）820亿元，年均增长6.3%；"+
			"社会消费品零售总额410亿元。\n",
			map[string]bool{"地区生产总值（预计，下同）820亿元": true, "社会消费品零售总额410亿元": true})
	})
}

// Only the visitors' own growth is theirs; the parts' rates are not read
// as it.
func TestForeignVisitorsAreAPart(t *testing.T) {
	for _, f := range Extract("2026年甘肃省政府工作报告\n一、2025年工作回顾\n预计全年接待游客3.8亿人次、增长11.2%，口岸出入境人员增长13%，其中外国游客增长34.9%，港澳台游客增长8%。\n") {
		if f.Indicator == "tourists_growth" && f.Value != 11.2 {
			t.Errorf("read %v from «%s»", f, f.Quote)
		}
	}
}

// A threshold that restates a level the report gives (迈上5000亿元台阶 in
// the five-year summary, 5280亿元 in the review) is left out; one that is
// the only level given stays.
func TestRestatedThresholdsAreLeftOut(t *testing.T) {
	figs := Extract("2026年甘肃省政府工作报告\n一、2025年和“十四五”工作回顾\n全年地区生产总值预计达到13680亿元、增长5.8%。\n" +
		"五年来，地区生产总值迈上1万亿元台阶，一般公共预算收入突破1000亿元。\n")
	var gdp, budget int
	for _, f := range figs {
		switch f.Indicator {
		case "gdp":
			gdp++
			if f.Value != 13680 {
				t.Errorf("read %v from «%s»", f, f.Quote)
			}
		case "budget_revenue":
			budget++
		}
	}
	if gdp != 1 || budget != 1 {
		t.Errorf("gdp %d, budget revenue %d figures; want the level alone and the only threshold", gdp, budget)
	}
}

// Two indicators whose names overlap in a list of counties (…分别突破400
// 亿元、350亿元，甘谷县、秦安县经济总量迈上百亿元台阶，…) once sliced past
// the end of the text and took the process down.
func TestOverlappingNamesInAListOfCounties(t *testing.T) {
	figs := Extract("2026年天水市政府工作报告\n二、2026年工作安排\n支持秦州区、麦积区地区生产总值分别突破400亿元、350亿元，" +
		"甘谷县、秦安县经济总量迈上百亿元台阶，清水县一般公共预算收入增长6%。\n")
	if !has(figs, fig{"秦州区", 2026, "", Planned, "gdp", 400, AtLeast, ""}) || !has(figs, fig{"清水县", 2026, "", Planned, "budget_revenue_growth", 6, Exactly, ""}) {
		t.Errorf("figures %v", figs)
	}
	// The 分别 of the first clause pairs its own units with its values; the
	// next clause's two units share its one threshold.
	for _, county := range []string{"甘谷县", "秦安县"} {
		if !has(figs, fig{county, 2026, "", Planned, "gdp", 100, AtLeast, ""}) {
			t.Errorf("no >=100亿元 for %s: %v", county, figs)
		}
	}
}

// A defect of the reader costs the document, with an error that says so,
// not the process; nothing of the document is kept.
func TestAFailingReadIsAnError(t *testing.T) {
	saved := readArticle
	defer func() { readArticle = saved }()
	readArticle = func(*articleReader) []Figure { panic("index out of range") }
	a := Analyze("2026年天水市政府工作报告\n地区生产总值增长6%。\n")
	if a.Err == nil || len(a.Figures) != 0 || len(a.Articles) != 0 {
		t.Fatalf("Analyze = %+v", a)
	}
	if !strings.Contains(a.Err.Error(), "index out of range") {
		t.Errorf("error %q does not say what failed", a.Err)
	}
}

// A plan-execution report's part on the year before reads results, and a
// result measured against the year's target named after it
// (低于年初确定的5.5%以上的预期目标) stays a result, the target that year's.
func TestPlanExecutionReport(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "计划执行情况 as a part, a named target beside its result",
		text: "关于南宁市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年国民经济和社会发展计划执行情况\n" +
			"——经济增长。经初步核算，全市地区生产总值5700亿元，增长4.1%，低于年初确定的5.5%左右的预期目标。\n二、2025年计划草案\n地区生产总值增长5%左右。\n",
		wants: []fig{
			{"南宁市", 2024, "", Reported, "gdp", 5700, Exactly, ""},
			{"南宁市", 2024, "", Reported, "gdp_growth", 4.1, Exactly, ""},
			{"南宁市", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
			{"南宁市", 2025, "", Planned, "gdp_growth", 5, About, ""},
		},
	}})
}

// A result with the year's target in a clause of its own (…增长5.3%，年初
// 目标是6%) stays a result; the target is that year's. A 新区's own report
// is the 新区's.
func TestTargetClausesAndNewAreas(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "年初目标是 after a result",
			text: "2026年依安县政府工作报告\n一、2025年工作回顾\n全县地区生产总值131.6亿元，增长5.3%，年初目标是6%；社会消费品零售总额43.5亿元，增长4.1%，年初目标为增长6%。\n",
			wants: []fig{
				{"依安县", 2025, "", Reported, "gdp", 131.6, Exactly, ""},
				{"依安县", 2025, "", Reported, "gdp_growth", 5.3, Exactly, ""},
				{"依安县", 2025, "", Planned, "gdp_growth", 6, Exactly, ""},
				{"依安县", 2025, "", Reported, "retail_sales_growth", 4.1, Exactly, ""},
				{"依安县", 2025, "", Planned, "retail_sales_growth", 6, Exactly, ""},
			},
		},
		{
			name: "a 新区's report",
			text: "哈尔滨新区2025年工作总结和2026年工作安排\n一、2025年工作回顾\n全年地区生产总值完成1152亿元，增长6.5%。\n",
			wants: []fig{
				{"哈尔滨新区", 2025, "", Reported, "gdp", 1152, Exactly, ""},
				{"哈尔滨新区", 2025, "", Reported, "gdp_growth", 6.5, Exactly, ""},
			},
		},
	})
}

// A news roundup gives each unit a paragraph opened by its name: the
// paragraph's figures, and its 全区/全县, are that unit's.
func TestRoundupParagraphsByUnit(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "乐都区: … 平安区: …",
		text: "两会聚焦｜海东各区县政府工作报告里的“2026”\n2026-01-14 来源：海东时报\n" +
			"乐都区：报告指出，2025年全区地区生产总值完成128.4亿元，增长5.6%。今年全区将力争固定资产投资增长8%。\n" +
			"平安区：报告显示，2025年全区规上工业增加值增长10.4%。\n",
		wants: []fig{
			{"乐都区", 2025, "", Reported, "gdp", 128.4, Exactly, ""},
			{"乐都区", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""},
			{"乐都区", 2026, "", Planned, "fai_growth", 8, Exactly, ""},
			{"平安区", 2025, "", Reported, "industry_va_growth", 10.4, Exactly, ""},
		},
	}})
}

// An excerpt that opens in the work plan, with no heading before it: its
// figures are the plan's until a part is named; an excerpt that opens with
// results stays a review.
func TestExcerptOpeningInTheWorkPlan(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "the plan first, the review after its heading",
			text: "诸暨市枫桥镇2017年政府工作报告（节选）\n2017-02-20 来源：枫桥镇人民政府\n（上接第一版）\n" +
				"全年确保完成工业性投资25亿元；力争新引进亿元以上项目6个。\n（二）坚持创新驱动。新增国家高新技术企业8家以上，全镇一般公共预算收入增长7%。\n" +
				"回顾2016年，全镇一般公共预算收入增长9.2%。\n",
			wants: []fig{
				{"枫桥镇", 2017, "", Planned, "hitech_enterprises_new", 8, AtLeast, ""},
				{"枫桥镇", 2017, "", Planned, "budget_revenue_growth", 7, Exactly, ""},
				{"枫桥镇", 2016, "", Reported, "budget_revenue_growth", 9.2, Exactly, ""},
			},
		},
		{
			name:  "results first stay results",
			text:  "诸暨市枫桥镇2017年政府工作报告（节选）\n2017-02-20 来源：枫桥镇人民政府\n全镇一般公共预算收入增长9.2%，确保了各项民生支出。\n",
			wants: []fig{{"枫桥镇", 2016, "", Reported, "budget_revenue_growth", 9.2, Exactly, ""}},
		},
	})
}
