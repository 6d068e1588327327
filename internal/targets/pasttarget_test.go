package targets

import "testing"

// A result with the year's target in brackets beside it, in a
// plan-execution report and in a government report's review.
func TestReadingTargetsBesideResults(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a plan-execution report: results of the year, its targets in brackets, next year's plan",
			text: "关于宜昌市2023年国民经济和社会发展计划执行情况及2024年计划草案的报告\n——2024年1月9日在宜昌市第八届人民代表大会第四次会议上\n" +
				"一、2023年国民经济和社会发展计划执行情况\n" +
				"——地区生产总值6190亿元，增长6.5%(年度预期目标为7%左右)。\n" +
				"——规模以上工业增加值增长9.1%(年度预期目标为8%以上)。\n" +
				"——城镇调查失业率5.2%(年度预期目标为5.5%以内)。\n" +
				"——城乡居民收入增长与经济增长同步(年度预期目标为与经济增长基本同步)。\n" +
				"二、2024年国民经济和社会发展计划\n" +
				"地区生产总值增长6.5%左右。\n",
			wants: []fig{
				{"宜昌市", 2023, "", Reported, "gdp", 6190, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "gdp_growth", 6.5, Exactly, ""},
				{"宜昌市", 2023, "", Planned, "gdp_growth", 7, About, ""},
				{"宜昌市", 2023, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
				{"宜昌市", 2023, "", Planned, "industry_va_growth", 8, AtLeast, ""},
				{"宜昌市", 2023, "", Reported, "surveyed_unemployment", 5.2, Exactly, ""},
				{"宜昌市", 2023, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"宜昌市", 2024, "", Planned, "gdp_growth", 6.5, About, ""},
			},
		},
		{
			name: "a target named after the result: 高于7.5%的年度预期目标, 控制在3%左右的预期目标以内",
			text: "2019年厦门市政府工作报告\n一、2018年工作回顾\n全市地区生产总值4791.41亿元，增长7.7%，高于7.5%的年度预期目标；居民消费价格上涨1.5%，控制在3%左右的预期目标以内；其中地方级收入754.5亿元。\n",
			wants: []fig{
				{"厦门市", 2018, "", Reported, "gdp_growth", 7.7, Exactly, ""},
				{"厦门市", 2018, "", Planned, "gdp_growth", 7.5, Exactly, ""},
				{"厦门市", 2018, "", Reported, "cpi", 1.5, Exactly, ""},
				{"厦门市", 2018, "", Planned, "cpi", 3, About, ""},
				{"厦门市", 2018, "", Reported, "local_budget_revenue", 754.5, Exactly, ""},
			},
		},
		{
			name: "a review sentence with its target in brackets stays a review",
			text: "2024年宜昌市政府工作报告\n一、2023年工作回顾\n全市一般公共预算收入增长8.2%(预期目标为6%)，固定资产投资增长5%。\n",
			wants: []fig{
				{"宜昌市", 2023, "", Reported, "budget_revenue_growth", 8.2, Exactly, ""},
				{"宜昌市", 2023, "", Planned, "budget_revenue_growth", 6, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "fai_growth", 5, Exactly, ""},
			},
		},
	})
}

// A list of figures named together as the year's targets (…增长8%、…增长6%的
// 目标任务有望完成) states what was set: planned figures of that year, each
// of the list, and none of the results around them.
func TestNamedTargetLists(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a mid-year report names the year's targets, then its forecasts and results",
			text: "关于宁德市2022年上半年国民经济和社会发展计划执行情况的报告\n——2022年7月26日在宁德市人大常委会会议上\n" +
				"对照年初确定的年度目标，全年地区生产总值增长8.5%左右、规模以上工业增加值增长10%、一般公共预算收入增长6%的目标任务有望完成。上半年，固定资产投资增长12.3%。\n",
			wants: []fig{
				{"宁德市", 2022, "", Planned, "gdp_growth", 8.5, About, ""},
				{"宁德市", 2022, "", Planned, "industry_va_growth", 10, Exactly, ""},
				{"宁德市", 2022, "", Planned, "budget_revenue_growth", 6, Exactly, ""},
			},
		},
		{
			name: "a result beside a list of targets in the same sentence stays a result",
			text: "2023年宁德市政府工作报告\n一、2022年工作回顾\n全市地区生产总值增长9.1%，实现了年初确定的地区生产总值增长8.5%、一般公共预算收入增长6%的目标。\n",
			wants: []fig{
				{"宁德市", 2022, "", Reported, "gdp_growth", 9.1, Exactly, ""},
				{"宁德市", 2022, "", Planned, "gdp_growth", 8.5, Exactly, ""},
				{"宁德市", 2022, "", Planned, "budget_revenue_growth", 6, Exactly, ""},
			},
			none: []string{"fai_growth"},
		},
		{
			name: "the year's target named after a semicolon, with no indicator of its own",
			text: "2019年青海省政府工作报告\n一、2018年工作回顾\n全省生产总值2865.2亿元，增长7.2%，比年初目标高0.2个百分点；年初确定的增长7%左右的预期目标顺利完成。\n",
			wants: []fig{
				{"青海省", 2018, "", Reported, "gdp_growth", 7.2, Exactly, ""},
				{"青海省", 2018, "", Planned, "gdp_growth", 7, About, ""},
			},
		},
		{
			name: "控制在3%左右的目标以内 names the year's target of the result before it",
			text: "2023年宁德市政府工作报告\n一、2022年工作回顾\n居民消费价格上涨1.8%，控制在3%左右的目标以内；城镇新增就业3.2万人。\n",
			wants: []fig{
				{"宁德市", 2022, "", Reported, "cpi", 1.8, Exactly, ""},
				{"宁德市", 2022, "", Planned, "cpi", 3, About, ""},
			},
		},
	})
}

// Years a sentence gives its figures, and the nation's figures a city
// quotes: a year named only in a clause after every figure is that
// clause's; 由上年的X is the year before the end's; 国内生产总值 is 全国's.
func TestYearsAndTheNationInASentence(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a later clause's year is not the targets'",
			text: "2021年广元市政府工作报告\n二、“十四五”时期主要目标\n今后五年，全市地区生产总值年均增长7%以上，到2025年地区生产总值突破1500亿元，2023年实现全域旅游示范区创建。\n",
			wants: []fig{
				{"广元市", 2025, "2021-2025", Planned, "gdp_growth", 7, AtLeast, ""},
				{"广元市", 2025, "", Planned, "gdp", 1500, AtLeast, ""},
			},
		},
		{
			name: "由上年的 in the review: the year before",
			text: "2019年滁州市政府工作报告\n一、2018年工作回顾\n空气质量优良率由上年的62.1%提高到68.4%，城镇化率由去年的54.2%提高到55.9%。\n",
			wants: []fig{
				{"滁州市", 2017, "", Reported, "air_quality_rate", 62.1, Exactly, ""},
				{"滁州市", 2018, "", Reported, "air_quality_rate", 68.4, Exactly, ""},
				{"滁州市", 2017, "", Reported, "urbanization_rate", 54.2, Exactly, ""},
				{"滁州市", 2018, "", Reported, "urbanization_rate", 55.9, Exactly, ""},
			},
		},
		{
			name: "a clause of last year inside the target's reasons; a capital by its title",
			text: "2023年开封市政府工作报告（节选）\n2023-01-10 来源：开封日报\n提出7%左右的增长目标，主要考虑：去年全市生产总值增长3.1%，与年初目标有较大差距。\n" +
				"2020年广西壮族自治区政府工作报告\n一、2019年工作回顾\n首府南宁地区生产总值突破4500亿元。\n",
			wants: []fig{
				{"开封市", 2022, "", Reported, "gdp_growth", 3.1, Exactly, ""},
				{"南宁市", 2019, "", Reported, "gdp", 4500, AtLeast, ""},
			},
		},
		{
			name: "国内生产总值 quoted beside the city's own",
			text: "2024年安顺市政府工作报告\n一、2023年工作回顾\n全年国内生产总值增长5.2%，全市地区生产总值增长4.9%。\n",
			wants: []fig{
				{"全国", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
				{"安顺市", 2023, "", Reported, "gdp_growth", 4.9, Exactly, ""},
			},
		},
	})
}

// A review that gives each result with the year's target written inline,
// no bracket: 年初预期增长X%,实际增长Y%; 目标增长X%,实际增长Y%; the result
// first and the target after it (…增长Y%,年初目标增长X%); lists with 分别.
// The targets are planned figures of the year under review, the results
// reported ones, and neither is read as the other.
func TestReadingYearTargetsWrittenInline(t *testing.T) {
	cases := []readingCase{
		{
			name: "the target after the indicator, the result in the next clause",
			text: "2022年邵阳市政府工作报告\n一、2021年工作回顾\n全市固定资产投资年初预期增长9%，实际增长10.2%。一般公共预算收入年初目标增长7%左右，完成增长6.1%。" +
				"城镇调查失业率预期控制在5.5%以内，实际为5.1%。\n",
			wants: []fig{
				{"邵阳市", 2021, "", Planned, "fai_growth", 9, Exactly, ""},
				{"邵阳市", 2021, "", Reported, "fai_growth", 10.2, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "budget_revenue_growth", 7, About, ""},
				{"邵阳市", 2021, "", Reported, "budget_revenue_growth", 6.1, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"邵阳市", 2021, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
			},
		},
		{
			name: "计划 and 增长目标为 before the result; a threshold target is kept beside the result",
			text: "2022年邵阳市政府工作报告\n一、2021年工作回顾\n全市规模以上工业增加值计划增长8%以上，实际增长9.3%。地区生产总值增长目标为7%左右，实际增长7.4%。\n",
			wants: []fig{
				{"邵阳市", 2021, "", Planned, "industry_va_growth", 8, AtLeast, ""},
				{"邵阳市", 2021, "", Reported, "industry_va_growth", 9.3, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "gdp_growth", 7, About, ""},
				{"邵阳市", 2021, "", Reported, "gdp_growth", 7.4, Exactly, ""},
			},
		},
		{
			name: "a level first, then the target of its growth and the growth",
			text: "2022年邵阳市政府工作报告\n一、2021年工作回顾\n全市地区生产总值完成2461.4亿元，目标增长7.5%，实际增长7.9%；社会消费品零售总额完成1210亿元，年初目标增长9%以上，实际增长9.6%。\n",
			wants: []fig{
				{"邵阳市", 2021, "", Reported, "gdp", 2461.4, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "gdp_growth", 7.5, Exactly, ""},
				{"邵阳市", 2021, "", Reported, "gdp_growth", 7.9, Exactly, ""},
				{"邵阳市", 2021, "", Reported, "retail_sales", 1210, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "retail_sales_growth", 9, AtLeast, ""},
				{"邵阳市", 2021, "", Reported, "retail_sales_growth", 9.6, Exactly, ""},
			},
		},
		{
			name: "lists: the targets of two series with 分别, then their results; results first, then targets",
			text: "2022年邵阳市政府工作报告\n一、2021年工作回顾\n城乡居民人均可支配收入年初预期分别增长8%和9%，完成增长8.3%和9.4%。" +
				"规模以上工业增加值、固定资产投资分别增长8.8%和10.1%，年初目标分别为8%和10%。\n",
			wants: []fig{
				{"邵阳市", 2021, "", Planned, "urban_disposable_income_growth", 8, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "rural_disposable_income_growth", 9, Exactly, ""},
				{"邵阳市", 2021, "", Reported, "urban_disposable_income_growth", 8.3, Exactly, ""},
				{"邵阳市", 2021, "", Reported, "rural_disposable_income_growth", 9.4, Exactly, ""},
				{"邵阳市", 2021, "", Reported, "industry_va_growth", 8.8, Exactly, ""},
				{"邵阳市", 2021, "", Reported, "fai_growth", 10.1, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "industry_va_growth", 8, Exactly, ""},
				{"邵阳市", 2021, "", Planned, "fai_growth", 10, Exactly, ""},
			},
		},
		{
			name: "a news piece with no review heading: the target words do not make the results targets",
			text: "岳阳市去年经济运行情况发布\n2022-01-18 来源：岳阳日报\n记者从市统计局获悉，2021年全市规模以上工业增加值年初预期增长8%，实际增长8.7%。城镇调查失业率预期控制在5.5%以内，实际为4.9%。\n",
			wants: []fig{
				{"岳阳市", 2021, "", Planned, "industry_va_growth", 8, Exactly, ""},
				{"岳阳市", 2021, "", Reported, "industry_va_growth", 8.7, Exactly, ""},
				{"岳阳市", 2021, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"岳阳市", 2021, "", Reported, "surveyed_unemployment", 4.9, Exactly, ""},
			},
		},
	}
	checkReading(t, cases)
	// A target read as a result is a wrong number shown as fact.
	notRead(t, cases[0].text, fig{"邵阳市", 2021, "", Reported, "fai_growth", 9, Exactly, ""}, fig{"邵阳市", 2021, "", Reported, "budget_revenue_growth", 7, About, ""},
		fig{"邵阳市", 2021, "", Reported, "surveyed_unemployment", 5.5, AtMost, ""})
	notRead(t, cases[2].text, fig{"邵阳市", 2021, "", Reported, "urban_disposable_income_growth", 8, Exactly, ""},
		fig{"邵阳市", 2021, "", Reported, "rural_disposable_income_growth", 9, Exactly, ""}, fig{"邵阳市", 2021, "", Reported, "rural_disposable_income_growth", 8.3, Exactly, ""})
}

// A bound with no lead word, its result in the next clause (居民消费价格涨幅
// 控制在3%以内,实际为0.4%): the bound is the year's target and the result
// the result, not two results of one year. A bound with no result after
// it stays the year's result (控制在5.5%以内 in a review).
func TestReadingABoundSetAgainstItsResult(t *testing.T) {
	cases := []readingCase{
		{
			name: "a province's review: 实际为 after the bound",
			text: "2026年江西省政府工作报告\n一、2025年工作回顾\n居民消费价格涨幅控制在3%以内,实际为0.4%。城镇调查失业率控制在5.5%以内，实际为5.1%；单位地区生产总值能耗下降3%。\n",
			wants: []fig{
				{"江西省", 2025, "", Planned, "cpi", 3, AtMost, ""},
				{"江西省", 2025, "", Reported, "cpi", 0.4, Exactly, ""},
				{"江西省", 2025, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"江西省", 2025, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
				{"江西省", 2025, "", Reported, "energy_intensity_cut", 3, Exactly, ""},
			},
		},
		{
			name: "a county's review in traditional characters",
			text: "2024年攸縣政府工作報告\n一、2023年工作回顧\n城鎮登記失業率控制在4%以內，實際為3.2%。\n",
			wants: []fig{
				{"攸县", 2023, "", Planned, "registered_unemployment", 4, AtMost, ""},
				{"攸县", 2023, "", Reported, "registered_unemployment", 3.2, Exactly, ""},
			},
		},
		{
			name: "a bound with no result after it is the year's result",
			text: "2024年湘潭市政府工作报告\n一、2023年工作回顾\n全年城镇调查失业率控制在5.5%以内，居民消费价格上涨0.3%。\n二、2024年主要预期目标\n城镇调查失业率控制在5.5%左右。\n",
			wants: []fig{
				{"湘潭市", 2023, "", Reported, "surveyed_unemployment", 5.5, AtMost, ""},
				{"湘潭市", 2023, "", Reported, "cpi", 0.3, Exactly, ""},
				{"湘潭市", 2024, "", Planned, "surveyed_unemployment", 5.5, About, ""},
			},
		},
	}
	checkReading(t, cases)
	notRead(t, cases[0].text, fig{"江西省", 2025, "", Reported, "cpi", 3, AtMost, ""}, fig{"江西省", 2025, "", Reported, "surveyed_unemployment", 5.5, AtMost, ""})
	notRead(t, cases[1].text, fig{"攸县", 2023, "", Reported, "registered_unemployment", 4, AtMost, ""})
}

// notRead fails for each figure of text that matches one of bad.
func notRead(t *testing.T, text string, bad ...fig) {
	t.Helper()
	figs := Extract(text)
	for _, b := range bad {
		if has(figs, b) {
			t.Errorf("read %v, want it not read", b)
		}
	}
}

// The year's target beside its result in the plan's own words: 计划 and
// 预期 with a copula after the result, or 计划, 预期 and 目标 in brackets
// with the number right after them. Each is a planned figure of the year
// under review, never a second result.
func TestTargetsBesideResultsInPlanWords(t *testing.T) {
	text := "关于益阳市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n" +
		"全市固定资产投资增长4.2%，计划为6%；外贸进出口总额增长12.4%（计划10%）。\n" +
		"社会消费品零售总额完成1180亿元，计划增长7%，实际增长5.6%。\n" +
		"城镇调查失业率5.2%（目标：5.5%以内），居民消费价格上涨0.6%，预期为2%左右。\n" +
		"新增城镇就业3.1万人（年度计划为2.8万人）；农村居民人均可支配收入增长6.9%（目标任务超额完成）。\n" +
		"二、2026年计划安排\n地区生产总值增长5.5%左右。\n"
	checkReading(t, []readingCase{{
		name: "计划为, (计划X), 计划增长 after a level, (目标:X以内), 预期为, (年度计划为X)",
		text: text,
		wants: []fig{
			{"益阳市", 2025, "", Reported, "fai_growth", 4.2, Exactly, ""},
			{"益阳市", 2025, "", Planned, "fai_growth", 6, Exactly, ""},
			{"益阳市", 2025, "", Reported, "import_export_growth", 12.4, Exactly, ""},
			{"益阳市", 2025, "", Planned, "import_export_growth", 10, Exactly, ""},
			{"益阳市", 2025, "", Reported, "retail_sales", 1180, Exactly, ""},
			{"益阳市", 2025, "", Planned, "retail_sales_growth", 7, Exactly, ""},
			{"益阳市", 2025, "", Reported, "retail_sales_growth", 5.6, Exactly, ""},
			{"益阳市", 2025, "", Reported, "surveyed_unemployment", 5.2, Exactly, ""},
			{"益阳市", 2025, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
			{"益阳市", 2025, "", Reported, "cpi", 0.6, Exactly, ""},
			{"益阳市", 2025, "", Planned, "cpi", 2, About, ""},
			{"益阳市", 2025, "", Reported, "new_urban_jobs", 31000, Exactly, ""},
			{"益阳市", 2025, "", Planned, "new_urban_jobs", 28000, Exactly, ""},
			{"益阳市", 2025, "", Reported, "rural_disposable_income_growth", 6.9, Exactly, ""},
			{"益阳市", 2026, "", Planned, "gdp_growth", 5.5, About, ""},
		},
	}})
	// The bracket's target read as a second result is a wrong number shown as fact.
	notRead(t, text, fig{"益阳市", 2025, "", Reported, "surveyed_unemployment", 5.5, AtMost, ""},
		fig{"益阳市", 2025, "", Reported, "new_urban_jobs", 28000, Exactly, ""}, fig{"益阳市", 2025, "", Reported, "retail_sales_growth", 7, Exactly, ""})
}

// More ways a review sets the year's target beside its result: a bare rate
// after 完成 (计划增长6%,完成6.4%), a list's targets after a comma (…收入,去年
// 目标分别增长…,实际分别增长…,达到…), a target named as set at the year's start
// (年初确定的增长7%的目标), a mid-year report's list of the year's targets
// (…等目标), and next year's revenue budget (…收入预算为…).
func TestReadingTargetsSetBesideResults(t *testing.T) {
	cases := []readingCase{
		{
			name: "计划 before the rate, the result a bare rate after 完成",
			text: "关于永州市2021年计划执行情况的审查报告\n2021年，全市经济运行稳中有进。从主要指标看：地区生产总值计划增长7.5%，完成8.1%；社会消费品零售总额计划增长10%，完成9.2%；固定资产投资计划增长9%，完成增长9.8%。\n",
			wants: []fig{
				{"永州市", 2021, "", Planned, "gdp_growth", 7.5, Exactly, ""},
				{"永州市", 2021, "", Reported, "gdp_growth", 8.1, Exactly, ""},
				{"永州市", 2021, "", Planned, "retail_sales_growth", 10, Exactly, ""},
				{"永州市", 2021, "", Reported, "retail_sales_growth", 9.2, Exactly, ""},
				{"永州市", 2021, "", Planned, "fai_growth", 9, Exactly, ""},
				{"永州市", 2021, "", Reported, "fai_growth", 9.8, Exactly, ""},
			},
		},
		{
			name: "a list's targets after a comma, then its results and levels",
			text: "2022年郴州市政府工作报告\n一、2021年工作回顾\n城镇、农村居民人均可支配收入，年初目标分别增长7.5%、9%，实际分别增长8.2%和10.1%，达到39560元和19870元。\n",
			wants: []fig{
				{"郴州市", 2021, "", Planned, "urban_disposable_income_growth", 7.5, Exactly, ""},
				{"郴州市", 2021, "", Planned, "rural_disposable_income_growth", 9, Exactly, ""},
				{"郴州市", 2021, "", Reported, "urban_disposable_income_growth", 8.2, Exactly, ""},
				{"郴州市", 2021, "", Reported, "rural_disposable_income_growth", 10.1, Exactly, ""},
				{"郴州市", 2021, "", Reported, "urban_disposable_income", 39560, Exactly, ""},
				{"郴州市", 2021, "", Reported, "rural_disposable_income", 19870, Exactly, ""},
			},
		},
		{
			name: "年初确定的增长X%的目标 after the result",
			text: "2021年怀化市政府工作报告\n一、2020年工作回顾\n全市地区生产总值1673.7亿元，增长3.9%，年初确定的增长7.5%的目标受疫情影响未能实现。\n",
			wants: []fig{
				{"怀化市", 2020, "", Reported, "gdp_growth", 3.9, Exactly, ""},
				{"怀化市", 2020, "", Planned, "gdp_growth", 7.5, Exactly, ""},
			},
		},
		{
			name: "a mid-year report names the year's targets with 等目标",
			text: "关于益阳市2023年上半年国民经济和社会发展计划执行情况的报告\n——2023年7月25日在益阳市人大常委会会议上\n" +
				"年初确定的地区生产总值增长6%、固定资产投资增长8%、一般公共预算收入增长5%等目标，多数指标进度过半。\n",
			wants: []fig{
				{"益阳市", 2023, "", Planned, "gdp_growth", 6, Exactly, ""},
				{"益阳市", 2023, "", Planned, "fai_growth", 8, Exactly, ""},
				{"益阳市", 2023, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
			},
		},
		{
			name: "next year's revenue budget in a budget review",
			text: "关于岳阳市2023年预算执行情况和2024年预算草案的审查报告\n2023年，全市一般公共预算收入完成201.5亿元，增长6.1%。\n2024年全市一般公共预算收入预算为210亿元，增长4.2%。\n",
			wants: []fig{
				{"岳阳市", 2023, "", Reported, "budget_revenue", 201.5, Exactly, ""},
				{"岳阳市", 2023, "", Reported, "budget_revenue_growth", 6.1, Exactly, ""},
				{"岳阳市", 2024, "", Planned, "budget_revenue", 210, Exactly, ""},
				{"岳阳市", 2024, "", Planned, "budget_revenue_growth", 4.2, Exactly, ""},
			},
		},
	}
	checkReading(t, cases)
	// A target read as a result, or a result given to the other series, is a wrong number shown as fact.
	notRead(t, cases[1].text, fig{"郴州市", 2021, "", Reported, "rural_disposable_income", 39560, Exactly, ""})
	notRead(t, cases[3].text, fig{"益阳市", 2023, "", Reported, "gdp_growth", 6, Exactly, ""}, fig{"益阳市", 2023, "", Reported, "fai_growth", 8, Exactly, ""})
	notRead(t, cases[4].text, fig{"岳阳市", 2024, "", Reported, "budget_revenue", 210, Exactly, ""})
}

// A level, then the year's target rate and the result rate in the clauses
// after it with no name of their own (…完成1120.6亿元,预期增长6.5%,实际增长
// 6.9%): the target is a planned figure of the level's growth, the result
// its result. A 调控目标 named after the result is the year's target too.
func TestLevelThenTargetAndResultRates(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a county-level city's review",
		text: "2022年长葛市政府工作报告\n一、2021年工作回顾\n全市地区生产总值完成632.8亿元，预期增长7%，实际增长7.4%。一般公共预算收入完成31.6亿元，年初计划增长5%，实际完成6.2%。居民消费价格涨幅1.1%，低于3%左右的调控目标。\n",
		wants: []fig{
			{"长葛市", 2021, "", Reported, "gdp", 632.8, Exactly, ""},
			{"长葛市", 2021, "", Planned, "gdp_growth", 7, Exactly, ""},
			{"长葛市", 2021, "", Reported, "gdp_growth", 7.4, Exactly, ""},
			{"长葛市", 2021, "", Reported, "budget_revenue", 31.6, Exactly, ""},
			{"长葛市", 2021, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
			{"长葛市", 2021, "", Reported, "budget_revenue_growth", 6.2, Exactly, ""},
			{"长葛市", 2021, "", Reported, "cpi", 1.1, Exactly, ""},
			{"长葛市", 2021, "", Planned, "cpi", 3, About, ""},
		},
	}, {
		name: "traditional script; an estimate is no result",
		text: "2022年長葛市政府工作報告\n一、2021年工作回顧\n全市地區生產總值完成632.8億元，預期增長7%，預計增長7.4%。\n",
		wants: []fig{
			{"长葛市", 2021, "", Reported, "gdp", 632.8, Exactly, ""},
		},
	}})
}
