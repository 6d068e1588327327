package targets

import (
	"strings"
	"testing"
)

// Reports below the province: a zone the division list holds as a unit
// goes by its common short name; 全省, 全市 and 全区 quoting a unit above
// the report's own are that unit; 经济增长 with its number is GDP growth;
// 牧区 is the rural series; 经初步核算 marks its whole sentence.
func TestReadingReportsBelowTheProvince(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a zone's own report, by the zone's common short name",
			text: "长春经济技术开发区管理委员会2026年工作报告\n——2026年2月10日在长春经济技术开发区工作会议上\n一、2025年工作回顾\n" +
				"全年完成地区生产总值612.4亿元，同比增长6.9%。全市地区生产总值迈上8000亿元台阶。\n" +
				"五年来，经开区地区生产总值年均增长7.1%。\n",
			wants: []fig{
				{"长春经开区", 2025, "", Reported, "gdp", 612.4, Exactly, ""},
				{"长春经开区", 2025, "", Reported, "gdp_growth", 6.9, Exactly, ""},
				{"长春市", 2025, "", Reported, "gdp", 8000, AtLeast, ""},
				{"长春经开区", 2025, "2021-2025", Reported, "gdp_growth", 7.1, Exactly, ""},
			},
		},
		{
			name: "a city quoting its province",
			text: "2026年赣州市政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.8%，全省经济增长5.3%，我市对全省经济增长的贡献率进一步提升。\n",
			wants: []fig{
				{"赣州市", 2025, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"江西省", 2025, "", Reported, "gdp_growth", 5.3, Exactly, ""},
			},
		},
		{
			name: "a banner's own 全旗 and its region's 全区",
			text: "2026年准格尔旗政府工作报告\n一、2025年工作回顾\n全旗地区生产总值增长7%，全区经济增长5.6%。\n",
			wants: []fig{
				{"准格尔旗", 2025, "", Reported, "gdp_growth", 7, Exactly, ""},
				{"内蒙古自治区", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""},
			},
		},
		{
			name: "a county-level city's 全市 is itself",
			text: "2026年寿光市政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长6.2%，全省经济增长5.5%。\n",
			wants: []fig{
				{"寿光市", 2025, "", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"山东省", 2025, "", Reported, "gdp_growth", 5.5, Exactly, ""},
			},
		},
		{
			name:  "what income keeps pace with is not a subject",
			text:  "2026年萧山区政府工作报告\n二、“十五五”时期主要目标\n城乡居民人均可支配收入与经济增长同步，年均增长5.5%。\n",
			wants: []fig{{"萧山区", 2030, "2026-2030", Planned, "disposable_income_growth", 5.5, Exactly, ""}},
			none:  []string{"gdp_growth"},
		},
		{
			name: "城镇、牧区居民 are the urban and rural series",
			text: "2026年准格尔旗政府工作报告\n一、2025年工作回顾\n城镇、牧区居民人均可支配收入分别达到68950元和31280元，分别增长4.6%和7.2%。\n",
			wants: []fig{
				{"准格尔旗", 2025, "", Reported, "urban_disposable_income", 68950, Exactly, ""},
				{"准格尔旗", 2025, "", Reported, "rural_disposable_income", 31280, Exactly, ""},
				{"准格尔旗", 2025, "", Reported, "urban_disposable_income_growth", 4.6, Exactly, ""},
				{"准格尔旗", 2025, "", Reported, "rural_disposable_income_growth", 7.2, Exactly, ""},
			},
		},
	})
	for _, f := range Extract("2026年赣州市政府工作报告\n一、2025年工作回顾\n科技进步对经济增长的贡献率达到62%。\n") {
		if f.Indicator == "gdp_growth" {
			t.Errorf("read %v from «%s»", f, f.Quote)
		}
	}
	for _, f := range Extract("2026年萧山区政府工作报告\n一、2025年工作回顾\n经初步核算，全区实现地区生产总值2286.3亿元，增长6.1%；规模以上工业增加值增长7.4%；固定资产投资增长4.2%。\n二、2026年工作安排\n地区生产总值增长5.5%左右。\n") {
		if want := f.Kind == Reported; f.Preliminary != want {
			t.Errorf("%v «%s»: preliminary %v, want %v", f, f.Quote, f.Preliminary, want)
		}
	}
}

// A zone the division list holds is found by its short name, under its
// own code, and named by it.
func TestZoneShortNames(t *testing.T) {
	for long, short := range map[string]string{"长春经济技术开发区": "长春经开区", "长春高新技术产业开发区": "长春高新区", "秦皇岛市经济技术开发区": "秦皇岛经开区", "株洲市": "株洲市"} {
		if got := ZoneShortName(long); got != short {
			t.Errorf("ZoneShortName(%s) = %s, want %s", long, got, short)
		}
	}
	r, ok := LookupRegion("长春经开区")
	if !ok || r.Code != "220171" || r.Name != "长春经开区" {
		t.Errorf("LookupRegion(长春经开区) = %+v, %v; want the unit 220171 by its short name", r, ok)
	}
	if r, ok := LookupRegion("株洲高新区"); !ok || !strings.HasPrefix(r.Code, "4302") || r.Level != LevelZone {
		t.Errorf("LookupRegion(株洲高新区) = %+v, %v; want a zone under 株洲市", r, ok)
	}
}

// A national new area (贵安新区, 天府新区) is a unit of its own, not a
// county whose name hides inside its name (安新县); a session's news of the
// first months of a year reads that year's figures as targets and 今年,
// 去年 as years; a roundup's paragraph may open with an autonomous county's
// bare place name (威宁:).
func TestNewAreasRelativeYearsAndRoundups(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a national new area's own report",
			text: "天府新区2026年工作报告\n——2026年2月3日在四川天府新区工作会议上\n一、2025年工作回顾\n全区地区生产总值增长7.1%，一般公共预算收入88.2亿元。\n" +
				"二、2026年主要目标\n地区生产总值增长6.5%左右。\n",
			wants: []fig{
				{"天府新区", 2025, "", Reported, "gdp_growth", 7.1, Exactly, ""},
				{"天府新区", 2025, "", Reported, "budget_revenue", 88.2, Exactly, ""},
				{"天府新区", 2026, "", Planned, "gdp_growth", 6.5, About, ""},
			},
		},
		{
			name:  "a new area named inside another unit's name is not that unit",
			text:  "贵安新区2026年工作报告\n一、2025年工作回顾\n全区规模以上工业增加值增长12.4%。\n",
			wants: []fig{{"贵安新区", 2025, "", Reported, "industry_va_growth", 12.4, Exactly, ""}},
		},
		{
			name: "a roundup of a session's reports, published in January",
			text: "两会观察丨黔东南各县今年的目标\n2024-01-18 09:10 来源：黔东南日报\n" +
				"凯里市：2023年，全市地区生产总值增长4.2%。2024年，地区生产总值增长6%左右，固定资产投资增长5%。\n" +
				"雷山：去年全县旅游综合收入增长18.5%；今年地区生产总值增长6.5%，规上工业增加值增长8%。\n",
			wants: []fig{
				{"凯里市", 2023, "", Reported, "gdp_growth", 4.2, Exactly, ""},
				{"凯里市", 2024, "", Planned, "gdp_growth", 6, About, ""},
				{"凯里市", 2024, "", Planned, "fai_growth", 5, Exactly, ""},
				{"雷山县", 2023, "", Reported, "tourism_revenue_growth", 18.5, Exactly, ""},
				{"雷山县", 2024, "", Planned, "gdp_growth", 6.5, Exactly, ""},
				{"雷山县", 2024, "", Planned, "industry_va_growth", 8, Exactly, ""},
			},
		},
		{
			name: "an autonomous county's bare place name opens its paragraph",
			text: "2024年毕节市各县政府工作报告摘编\n2024-01-20 来源：毕节日报\n威宁：2024年，全县地区生产总值增长6%—7%，农村居民人均可支配收入增长9%。\n",
			wants: []fig{
				{"威宁彝族回族苗族自治县", 2024, "", Planned, "gdp_growth", 6, AtLeast, ""},
				{"威宁彝族回族苗族自治县", 2024, "", Planned, "rural_disposable_income_growth", 9, Exactly, ""},
			},
		},
	})
}

// Towns as reports write them: an ethnic township by its place name and
// level word (湖潮乡 for 湖潮苗族布依族乡), a town by the level word it had
// (党武镇, a 街道 now), and no town read out of the end of another name.
func TestTownsAsReportsWriteThem(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "towns of a district's report",
		text: "2017年花溪区政府工作报告\n一、2016年工作回顾\n全区地区生产总值增长11.2%。青岩镇、湖潮乡地区生产总值分别增长8.1%和9.4%；党武镇一般公共预算收入增长6.2%。\n",
		wants: []fig{
			{"花溪区", 2016, "", Reported, "gdp_growth", 11.2, Exactly, ""},
			{"青岩镇", 2016, "", Reported, "gdp_growth", 8.1, Exactly, ""},
			{"湖潮苗族布依族乡", 2016, "", Reported, "gdp_growth", 9.4, Exactly, ""},
			{"党武镇", 2016, "", Reported, "budget_revenue_growth", 6.2, Exactly, ""},
		},
	}})
	// A town the list does not hold (东麓镇), or holds only in another
	// province (富岭镇, 福建), owns its figure: it is neither the report's
	// nor the unit's of the clause before, nor the far town's.
	for _, town := range []string{"东麓镇", "富岭镇"} {
		for _, f := range Extract("2026年丹阳市政府工作报告\n一、2025年工作回顾\n司徒镇、界牌镇一般公共预算收入分别突破10亿元、8亿元，" + town + "地区生产总值达到136亿元。\n") {
			if f.Indicator == "gdp" {
				t.Errorf("read %v: %s's figure given to %s", f, town, f.Region)
			}
		}
	}
	// A list of units with one the reader cannot name: whose value is whose
	// cannot be told, so none is read.
	for _, f := range Extract("2021年北海市政府工作报告\n一、2020年工作回顾\n涠洲岛旅游区、海城区地区生产总值分别增长9.1%和6.3%。\n") {
		if f.Indicator == "gdp_growth" {
			t.Errorf("read %v from a list with a unit unread", f)
		}
	}
	for _, f := range Extract("2017年花溪区政府工作报告\n一、2016年工作回顾\n全区地区生产总值增长11.2%。党武镇一般公共预算收入增长6.2%。\n") {
		if f.Region == "武镇" || f.Region == "花溪区" && f.Indicator == "budget_revenue_growth" {
			t.Errorf("read %v: 党武镇's figure given to %s", f, f.Region)
		}
	}
}

// A unit the report backs (支持祥云县建设…) owns the figures of the clauses
// after it in its sentence; a group of units (修水、武宁等县) or units
// qualifying a noun (满洲里、二连浩特等口岸) own none.
func TestBackedUnitsOwnTheirClauses(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "one unit backed to do something",
			text: "2026年楚雄州政府工作报告\n三、2026年工作安排\n支持禄丰市建设绿色钢城，规模以上工业增加值增长15%；全州地区生产总值增长5.5%左右。\n",
			wants: []fig{
				{"禄丰市", 2026, "", Planned, "industry_va_growth", 15, Exactly, ""},
				{"楚雄彝族自治州", 2026, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		{
			name: "a group of units, and units qualifying a noun",
			text: "2026年楚雄州政府工作报告\n三、2026年工作安排\n支持南华、姚安等县打造特色农业全产业链，农村居民人均可支配收入增长7%左右。推动楚雄、禄丰等园区提质增效，外贸进出口总额增长5%以上。\n",
			wants: []fig{
				{"楚雄彝族自治州", 2026, "", Planned, "rural_disposable_income_growth", 7, About, ""},
				{"楚雄彝族自治州", 2026, "", Planned, "import_export_growth", 5, AtLeast, ""},
			},
		},
	})
}

// Targets named by a target word and a copula (经济增长预期目标为X%), of
// the nation, the province and the report's own region, in one list with
// 分别为 or one level alone; in the plan they are the plan year's, in the
// review the reviewed year's. The rates after 经济增长/经济增速 with 为 or
// 分别为 are read on the results' side too.
func TestTargetsOfSeveralLevels(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a plan: a list of three levels, the nation alone, the state naming it, a rate after 目标:",
			text: "2025年钦州市政府工作报告\n二、2025年主要目标\n全国、全区、全市经济增长预期目标分别为4.5%、5%和6.5%左右。\n" +
				"全国经济增长预期目标为4.9%左右，全区经济增长预期目标是5.4%。国家确定的今年经济增长预期目标为5.1%左右。\n" +
				"一般公共预算收入预期目标为3.5%；城镇调查失业率目标为5.5%以内；规模以上工业增加值目标：增长7.2%。\n",
			wants: []fig{
				{"全国", 2025, "", Planned, "gdp_growth", 4.5, Exactly, ""},
				{"广西壮族自治区", 2025, "", Planned, "gdp_growth", 5, Exactly, ""},
				{"钦州市", 2025, "", Planned, "gdp_growth", 6.5, About, ""},
				{"全国", 2025, "", Planned, "gdp_growth", 4.9, About, ""},
				{"广西壮族自治区", 2025, "", Planned, "gdp_growth", 5.4, Exactly, ""},
				{"钦州市", 2025, "", Planned, "budget_revenue_growth", 3.5, Exactly, ""},
				{"钦州市", 2025, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"钦州市", 2025, "", Planned, "industry_va_growth", 7.2, Exactly, ""},
			},
		},
		{
			name: "a review: the year's own target restated, the results of the levels with 分别为 and 为",
			text: "2025年钦州市政府工作报告\n一、2024年工作回顾\n全市经济增长预期目标为6.8%左右，实际增长5.7%。\n" +
				"全国、全区、全市经济增速分别为5%、4.2%和5.7%；全区经济增长为4.2%。\n",
			wants: []fig{
				{"钦州市", 2024, "", Planned, "gdp_growth", 6.8, About, ""},
				{"钦州市", 2024, "", Reported, "gdp_growth", 5.7, Exactly, ""},
				{"全国", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
				{"广西壮族自治区", 2024, "", Reported, "gdp_growth", 4.2, Exactly, ""},
			},
		},
	})
	// The state's target is not the city's, and a restated target is no result.
	notRead(t, "2025年钦州市政府工作报告\n二、2025年主要目标\n国家确定的今年经济增长预期目标为5.1%左右。\n", fig{"钦州市", 2025, "", Planned, "gdp_growth", 5.1, About, ""})
	notRead(t, "2025年钦州市政府工作报告\n一、2024年工作回顾\n全市经济增长预期目标为6.8%左右。\n", fig{"钦州市", 2024, "", Reported, "gdp_growth", 6.8, About, ""})
}
