package targets

import "testing"

// 持平 as a zero change; counts that count something other than projects;
// units' short names that are everyday words.
func TestReadingFlatCountsAndWords(t *testing.T) {
	const head = "2026年四川省政府工作报告\n一、2025年工作回顾\n"
	checkReading(t, []readingCase{
		{
			name: "持平 and 与上年持平: a change of zero",
			text: head + "城镇调查失业率平均为5.3%，居民消费价格指数持平。全省地区生产总值与上年持平。\n",
			wants: []fig{
				{"四川省", 2025, "", Reported, "cpi", 0, Exactly, ""},
				{"四川省", 2025, "", Reported, "gdp_growth", 0, Exactly, ""},
			},
		},
		{
			name: "what is introduced or started is not always a project",
			text: head + "引进和落地科技成果600余项，引进首店120家，开工改造城镇老旧小区1800个，串联40个景区的旅游环线等重点项目开工建设。\n",
			none: []string{"projects_introduced", "projects_started"},
		},
		{
			name: "project counts by their verbs alone where projects are named",
			text: head + "全年实施重点项目600个，新开工210个、竣工150个；签约亿元以上项目85个，引进城市更新、智能制造等92个项目。\n",
			wants: []fig{
				{"四川省", 2025, "", Reported, "projects_started", 210, Exactly, ""},
				{"四川省", 2025, "", Reported, "projects_completed", 150, Exactly, ""},
				{"四川省", 2025, "", Reported, "projects_introduced", 85, Exactly, ""},
			},
		},
		{
			name:  "what an event drove and trade with one partner are not the region's",
			text:  head + "旅发大会带动游客人数和总花费分别增长11%、9%。对东盟、共建“一带一路”国家进出口总额分别增长10.4%、12.1%。全省进出口总额增长5.2%。\n",
			wants: []fig{{"四川省", 2025, "", Reported, "import_export_growth", 5.2, Exactly, ""}},
			none:  []string{"tourists_growth"},
		},
		{
			name: "a digest line of a count over its number",
			text: "2026年四川省政府工作报告\n三、2026年工作安排\n全省计划新引进5000万元以上产业项目\n135个\n\n新开工120个\n",
			wants: []fig{
				{"四川省", 2026, "", Planned, "projects_introduced", 135, Exactly, ""},
				{"四川省", 2026, "", Planned, "projects_started", 120, Exactly, ""},
			},
		},
		{
			name:  "新建 is building, not 新建区",
			text:  head + "新建扩建城市生活污水处理厂12座，延长产业链条，新兴产业增加值增长9%。\n",
			wants: []fig{{"四川省", 2025, "", Reported, "sewage_plants", 12, Exactly, ""}},
		},
	})
}

// Wordings of the catalogue's indicators that reports of some provinces
// use, and the old rural income that is not the catalogue's.
func TestReadingRegionalWordings(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "全部财政收入, 新设市场主体, 重大项目投资, 研发投入占比重, 达标天数比例; 农民人均纯收入 takes its slot",
		text: "2018年正定县政府工作报告\n一、2017年工作回顾\n全部财政收入完成32.7亿元，增长15.1%。新设市场主体5.8万户，完成重大项目投资1125亿元，全社会研发投入占地区生产总值比重达到2.7%，空气质量达标天数比例提高到62%。" +
			"城镇居民人均可支配收入31560元、农民人均纯收入14340元，分别增长10.2%和12.5%。\n",
		wants: []fig{
			{"正定县", 2017, "", Reported, "fiscal_revenue", 32.7, Exactly, ""},
			{"正定县", 2017, "", Reported, "fiscal_revenue_growth", 15.1, Exactly, ""},
			{"正定县", 2017, "", Reported, "market_entities_new", 58000, Exactly, ""},
			{"正定县", 2017, "", Reported, "key_project_investment", 1125, Exactly, ""},
			{"正定县", 2017, "", Reported, "rd_intensity", 2.7, Exactly, ""},
			{"正定县", 2017, "", Reported, "air_quality_rate", 62, Exactly, ""},
			{"正定县", 2017, "", Reported, "urban_disposable_income_growth", 10.2, Exactly, ""},
		},
		none: []string{"rural_disposable_income", "rural_disposable_income_growth"},
	}, {
		name: "按自然口径 is the headline rate beside 扣除…后; 完成投资 after 实施…项目",
		text: "2023年苏州工业园区工作报告\n一、2022年工作回顾\n一般公共预算收入411.2亿元，按自然口径增长1.7%，扣除留抵退税因素后增长9.8%；全年实施亿元以上项目320个，完成投资600亿元。\n",
		wants: []fig{
			{"苏州工业园区", 2022, "", Reported, "budget_revenue_growth", 1.7, Exactly, ""},
			{"苏州工业园区", 2022, "", Reported, "key_project_investment", 600, Exactly, ""},
		},
	}})
}

// A count of units before an indicator is a group's sum; named units
// before the count are read one by one; 街道 alone is a word.
func TestReadingGroupsOfUnits(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a counted group has no region; named units before a count are theirs",
			text: "2019年广西壮族自治区政府工作报告\n一、2018年工作回顾\n全区生产总值增长6.8%，北部湾经济区4市生产总值增长8.2%，南宁、柳州两市地区生产总值分别增长5.4%和6.6%。\n",
			wants: []fig{
				{"广西壮族自治区", 2018, "", Reported, "gdp_growth", 6.8, Exactly, ""},
				{"南宁市", 2018, "", Reported, "gdp_growth", 5.4, Exactly, ""},
				{"柳州市", 2018, "", Reported, "gdp_growth", 6.6, Exactly, ""},
			},
		},
		{
			name:  "街道 speaking of itself is the subdistrict",
			text:  "粤海街道办事处2021年工作报告\n一、2020年工作回顾\n全年街道地区生产总值增长4.6%。\n",
			wants: []fig{{"粤海街道", 2020, "", Reported, "gdp_growth", 4.6, Exactly, ""}},
		},
	})
}
