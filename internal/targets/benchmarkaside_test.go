package targets

import "testing"

// A rate set beside a wider unit's with no verb of its own (增长4.8%(全国为
// 5%), …,全国为5.3%, (全省5.3%)) is that unit's figure of the same measure
// and year; the report's own level (全市 in a city's report), a points gap
// and a number of something else give nothing.
func TestBenchmarkBesideARate(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a province's review: the nation in brackets and after a comma",
		text: "2025年湖南省政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长4.8%（全国为5%），居民人均可支配收入增长5.1%，全国为5.3%，城镇调查失业率5.1%，高于全国0.1个百分点。\n",
		wants: []fig{
			{"湖南省", 2024, "", Reported, "gdp_growth", 4.8, Exactly, ""},
			{"全国", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
			{"湖南省", 2024, "", Reported, "disposable_income_growth", 5.1, Exactly, ""},
			{"全国", 2024, "", Reported, "disposable_income_growth", 5.3, Exactly, ""},
			{"湖南省", 2024, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
		},
	}, {
		name: "a county's review in traditional script: the city and the province above it",
		text: "2025年攸縣政府工作報告\n一、2024年工作回顧\n全縣地區生產總值增長6.1%（全市5.6%，全省4.8%）。規模以上工業增加值增長7.2%，全市為6.5%。\n",
		wants: []fig{
			{"攸县", 2024, "", Reported, "gdp_growth", 6.1, Exactly, ""},
			{"株洲市", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""},
			{"湖南省", 2024, "", Reported, "gdp_growth", 4.8, Exactly, ""},
			{"攸县", 2024, "", Reported, "industry_va_growth", 7.2, Exactly, ""},
			{"株洲市", 2024, "", Reported, "industry_va_growth", 6.5, Exactly, ""},
		},
	}})
	// 全市 in a city's own report is the city: no second figure of it.
	notRead(t, "2025年株洲市政府工作报告\n一、2024年工作回顾\n全市地区生产总值增长6.1%，全市为5.3%。\n",
		fig{"株洲市", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""}, fig{"湖南省", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""})
}

// The nation's figures of a 分别 list, one for each item, in its order.
func TestBenchmarkOfAList(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "urban and rural incomes with the nation's beside them",
		text: "2020年贵州省政府工作报告\n一、2019年工作回顾\n城镇、农村居民人均可支配收入分别增长8.6%、10.7%（全国分别为7.9%、9.6%）。\n",
		wants: []fig{
			{"贵州省", 2019, "", Reported, "urban_disposable_income_growth", 8.6, Exactly, ""},
			{"贵州省", 2019, "", Reported, "rural_disposable_income_growth", 10.7, Exactly, ""},
			{"全国", 2019, "", Reported, "urban_disposable_income_growth", 7.9, Exactly, ""},
			{"全国", 2019, "", Reported, "rural_disposable_income_growth", 9.6, Exactly, ""},
		},
	}, {
		name: "a count that does not match the list gives nothing",
		text: "2020年贵州省政府工作报告\n一、2019年工作回顾\n城镇、农村居民人均可支配收入分别增长8.6%、10.7%（全国分别为7.9%）。\n",
		wants: []fig{
			{"贵州省", 2019, "", Reported, "urban_disposable_income_growth", 8.6, Exactly, ""},
			{"贵州省", 2019, "", Reported, "rural_disposable_income_growth", 10.7, Exactly, ""},
		},
	}})
}
