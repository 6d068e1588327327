package targets

import "testing"

// Reports (and their spoken transcripts) sometimes write percentages out
// (增长百分之六左右): the bound after them is read as after digits, so a
// target stated that way is not shown as an exact value.
func TestPercentagesWrittenOut(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "targets written out with 左右, 以内, 以上 and a range",
			text: "晋中市2026年政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长百分之五至百分之五点五；规模以上工业增加值增长百分之六以上；城镇调查失业率控制在百分之五点五以内；居民消费价格涨幅百分之二左右。\n",
			wants: []fig{
				{"晋中市", 2026, "", Planned, "gdp_growth", 5, AtLeast, ""},
				{"晋中市", 2026, "", Planned, "industry_va_growth", 6, AtLeast, ""},
				{"晋中市", 2026, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"晋中市", 2026, "", Planned, "cpi", 2, About, ""},
			},
		},
		{
			name: "a review written out beside the plan in digits",
			text: "关于铜川市2024年国民经济和社会发展计划执行情况的报告\n一、2024年计划执行情况\n全市地区生产总值增长百分之五点八，一般公共预算收入增长百分之三左右。\n二、2025年计划\n地区生产总值增长6%左右。\n",
			wants: []fig{
				{"铜川市", 2024, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"铜川市", 2024, "", Reported, "budget_revenue_growth", 3, About, ""},
				{"铜川市", 2025, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
		{
			name: "counts written out with the places below 万 and 亿",
			text: "沅陵县2019年政府工作报告\n一、2018年工作回顾\n全县新增城镇就业四千八百人，减少农村贫困人口一万零六百人，转移农村劳动力两万一千人，一般公共预算收入完成9亿七千万元。\n",
			wants: []fig{
				{"沅陵县", 2018, "", Reported, "new_urban_jobs", 4800, Exactly, ""},
				{"沅陵县", 2018, "", Reported, "poverty_exits", 10600, Exactly, ""},
				{"沅陵县", 2018, "", Reported, "rural_labour_transfer", 21000, Exactly, ""},
				{"沅陵县", 2018, "", Reported, "budget_revenue", 9.7, Exactly, ""},
			},
		},
	})
}

// A fall is written with a sign or as 负增长 as often as with 下降; it had
// been shown as growth.
func TestFallsWrittenWithASign(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "minus signs of each kind and 负增长; a range and a period keep their hyphens",
			text: "合江县2021年政府工作报告\n一、2020年工作回顾\n全县地区生产总值增长-0.6%，规模以上工业增加值同比增长−2.4%，固定资产投资增速为-5%；社会消费品零售总额负增长3.1%。“十三五”时期（2016-2020年）一般公共预算收入年均增长4.2%。\n二、2021年主要目标\n地区生产总值增长6%-7%。\n",
			wants: []fig{
				{"合江县", 2020, "", Reported, "gdp_growth", -0.6, Exactly, ""},
				{"合江县", 2020, "", Reported, "industry_va_growth", -2.4, Exactly, ""},
				{"合江县", 2020, "", Reported, "fai_growth", -5, Exactly, ""},
				{"合江县", 2020, "", Reported, "retail_sales_growth", -3.1, Exactly, ""},
				{"合江县", 2020, "2016-2020", Reported, "budget_revenue_growth", 4.2, Exactly, ""},
				{"合江县", 2021, "", Planned, "gdp_growth", 6, AtLeast, ""},
			},
		},
	})
}

// An amount of 亿 written out past 万 (一万二千亿元) had lost its 万 place:
// the number was read from the place after it, 2000 for 12000.
func TestAmountsOfYiWrittenOutPastWan(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "一万…亿元 with and without 零, beside a plain 万亿元 and a count of 万人",
			text: "东莞市2024年政府工作报告\n一、2023年工作回顾\n全市地区生产总值达到一万一千五百亿元，一般公共预算收入七百零八亿元，进出口总额一万零三百亿元，城镇新增就业三万二千人。\n",
			wants: []fig{
				{"东莞市", 2023, "", Reported, "gdp", 11500, Exactly, ""},
				{"东莞市", 2023, "", Reported, "budget_revenue", 708, Exactly, ""},
				{"东莞市", 2023, "", Reported, "import_export", 10300, Exactly, ""},
				{"东莞市", 2023, "", Reported, "new_urban_jobs", 32000, Exactly, ""},
			},
		},
		{
			name: "a threshold target of 六万二千亿元 beside 两万亿元",
			text: "湖北省2025年政府工作报告\n今年主要预期目标是：全省地区生产总值突破六万二千亿元，固定资产投资超过两万亿元。\n",
			wants: []fig{
				{"湖北省", 2025, "", Planned, "gdp", 62000, AtLeast, ""},
				{"湖北省", 2025, "", Planned, "fai", 20000, AtLeast, ""},
			},
		},
	})
}
