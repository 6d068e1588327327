package targets

import "testing"

// A report given while a five-year plan runs counts the plan's first years
// (前三年, 三年累计) as results over those years, and restates the plan's
// targets (到2020年…, 十三五期间…) as targets of its last year, plan words or
// none, in whichever part they stand.
func TestMidTermYearsSoFar(t *testing.T) {
	review := "常德市2019年政府工作报告\n一、2018年工作回顾\n“十三五”规划实施以来，我们坚持稳中求进。前三年，全市地区生产总值年均增长8.2%，地方一般公共预算收入年均增长6.9%，三年累计新增城镇就业4.2万人。\n"
	interview := "常德市2020年政府工作报告解读\n问：今年的目标是怎么考虑的？\n答：这一目标与“十三五”规划年均增长8%的要求相衔接。前四年，全市规模以上工业增加值年均增长7.6%，今年还要加把劲。\n"
	checkReading(t, []readingCase{
		{
			name: "前三年 after the plan named in the paragraph, and a count of years before a total",
			text: review,
			wants: []fig{
				{"常德市", 2018, "2016-2018", Reported, "gdp_growth", 8.2, Exactly, ""},
				{"常德市", 2018, "2016-2018", Reported, "local_budget_revenue_growth", 6.9, Exactly, ""},
				{"常德市", 2018, "2016-2018", Reported, "new_urban_jobs", 42000, Exactly, ""},
			},
		},
		{
			name: "前四年 in the answer of an interview about the year's targets",
			text: interview,
			wants: []fig{
				{"常德市", 2019, "2016-2019", Reported, "industry_va_growth", 7.6, Exactly, ""},
			},
		},
	})
	checkAbsent(t, review, []fig{
		{"常德市", 2018, "", Reported, "gdp_growth", 8.2, Exactly, ""},
		{"常德市", 2018, "", Reported, "new_urban_jobs", 42000, Exactly, ""},
	})
	checkAbsent(t, interview, []fig{{"常德市", 2024, "2020-2024", Planned, "industry_va_growth", 7.6, Exactly, ""}})
}

// TestMidTermTargetsRestated: a deadline after the year a report plans
// makes a target of what it dates, and a heading naming the running plan's
// targets opens them.
func TestMidTermTargetsRestated(t *testing.T) {
	review := "岳阳市2018年政府工作报告\n一、2017年工作回顾\n到2017年底，全市城镇化率达到57.3%。对标“十三五”规划，到2020年全市地区生产总值突破4000亿元、年均增长8%以上，常住人口城镇化率达到60%。\n"
	checkReading(t, []readingCase{
		{
			name: "a plan's targets restated in the review, with no plan word",
			text: review,
			wants: []fig{
				{"岳阳市", 2017, "", Reported, "urbanization_rate", 57.3, Exactly, ""},
				{"岳阳市", 2020, "", Planned, "gdp", 4000, AtLeast, ""},
				{"岳阳市", 2020, "2016-2020", Planned, "gdp_growth", 8, AtLeast, ""},
				{"岳阳市", 2020, "", Planned, "urbanization_rate", 60, Exactly, ""},
			},
		},
		{
			name: "the plan's targets for the year the report plans, measured against in the review",
			text: "湘潭市2020年政府工作报告\n一、2019年工作回顾\n对照“十三五”规划确定的到2020年常住人口城镇化率达到65%、森林覆盖率稳定在46%以上等目标，多数指标进度符合预期。\n",
			wants: []fig{
				{"湘潭市", 2020, "", Planned, "urbanization_rate", 65, Exactly, ""},
				{"湘潭市", 2020, "", Planned, "forest_coverage", 46, AtLeast, ""},
			},
		},
		{
			name: "a deadline after the sentence's own year dates what follows it, a target named by it does not",
			text: "株洲市2024年政府工作报告\n一、2023年工作回顾\n2023年，全市一般公共预算收入达到210亿元，到2025年突破260亿元的目标可望实现。\n2023年，全市提前完成到2025年的目标，森林覆盖率达到62.5%。\n",
			wants: []fig{
				{"株洲市", 2023, "", Reported, "budget_revenue", 210, Exactly, ""},
				{"株洲市", 2025, "", Planned, "budget_revenue", 260, AtLeast, ""},
				{"株洲市", 2023, "", Reported, "forest_coverage", 62.5, Exactly, ""},
			},
		},
		{
			name: "a sentence naming the plan's years and then its deadline",
			text: "益阳市2018年政府工作报告\n“十三五”期间，全市规模以上工业增加值年均增长9%以上，到2020年一般公共预算收入达到150亿元。\n",
			wants: []fig{
				{"益阳市", 2020, "2016-2020", Planned, "industry_va_growth", 9, AtLeast, ""},
				{"益阳市", 2020, "", Planned, "budget_revenue", 150, Exactly, ""},
			},
		},
		{
			name: "under a heading that names the running plan's targets",
			text: "益阳市2018年政府工作报告\n一、2017年工作回顾\n全市地区生产总值增长8.1%。\n二、“十三五”主要目标\n“十三五”期间，全市地区生产总值年均增长8%左右，城镇居民人均可支配收入年均增长8.5%。\n三、2018年目标任务\n全市地区生产总值增长8%。\n",
			wants: []fig{
				{"益阳市", 2017, "", Reported, "gdp_growth", 8.1, Exactly, ""},
				{"益阳市", 2020, "2016-2020", Planned, "gdp_growth", 8, About, ""},
				{"益阳市", 2020, "2016-2020", Planned, "urban_disposable_income_growth", 8.5, Exactly, ""},
				{"益阳市", 2018, "", Planned, "gdp_growth", 8, Exactly, ""},
			},
		},
	})
	checkAbsent(t, review, []fig{{"岳阳市", 2020, "", Reported, "gdp", 4000, AtLeast, ""}})
}

// A 年均 rate with no span named is over the plan in the review of the
// plan's last year; in another year's review its years are unknown, and it
// is no year's figure.
func TestAverageWithNoSpan(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "the review of a plan's last year",
			text: "衡阳市2021年政府工作报告\n一、2020年工作回顾\n全市规模以上工业增加值增长4.8%；产业结构持续优化，全市一般公共预算收入年均增长6.5%。\n",
			wants: []fig{
				{"衡阳市", 2020, "", Reported, "industry_va_growth", 4.8, Exactly, ""},
				{"衡阳市", 2020, "2016-2020", Reported, "budget_revenue_growth", 6.5, Exactly, ""},
			},
		},
		{
			name: "the review of a year inside the plan",
			text: "衡阳市2023年政府工作报告\n一、2022年工作回顾\n全市规模以上工业增加值增长6.1%；开放水平不断提高，外贸进出口总额年均增长9.2%。\n",
			wants: []fig{
				{"衡阳市", 2022, "", Reported, "industry_va_growth", 6.1, Exactly, ""},
			},
			none: []string{"import_export_growth"},
		},
	})
}
