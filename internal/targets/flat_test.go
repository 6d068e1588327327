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
