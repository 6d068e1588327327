package targets

import "testing"

// Digest and infographic copies: a name over its figures, block headings
// that look back at one year and ahead to the next.
func TestReadingDigests(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "names on their own lines, figures below, one or two lines of them",
			text: "一图读懂2024年湖北省政府工作报告\n来源：湖北日报 2024-01-25\n2023年主要指标完成情况\n地区生产总值\n55803.63亿元\n增长6%\n" +
				"规上工业增加值\n增长5.6%\n一般公共预算收入\n3692.3亿元 增长12.3%\n2024年预期目标\n地区生产总值增长6%左右\n",
			wants: []fig{
				{"湖北省", 2023, "", Reported, "gdp", 55803.63, Exactly, ""},
				{"湖北省", 2023, "", Reported, "gdp_growth", 6, Exactly, ""},
				{"湖北省", 2023, "", Reported, "industry_va_growth", 5.6, Exactly, ""},
				{"湖北省", 2023, "", Reported, "budget_revenue", 3692.3, Exactly, ""},
				{"湖北省", 2023, "", Reported, "budget_revenue_growth", 12.3, Exactly, ""},
				{"湖北省", 2024, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
		{
			name: "values first, their names below, under a 数说 heading with the year",
			text: "政府工作报告解读：今年GDP预期增长6%左右\n烟台新闻网 2024-01-15 08:30\n报告显示，2023年全市经济运行稳中向好。\n数说2023\n" +
				"10162.5亿元\n地区生产总值\n6.2%\n地区生产总值增长\n612.3亿元\n一般公共预算收入\n89.6%\n空气质量优良率\n报告提出，2024年地区生产总值增长6%左右。\n",
			wants: []fig{
				{"烟台市", 2023, "", Reported, "gdp", 10162.5, Exactly, ""},
				{"烟台市", 2023, "", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"烟台市", 2023, "", Reported, "budget_revenue", 612.3, Exactly, ""},
				{"烟台市", 2023, "", Reported, "air_quality_rate", 89.6, Exactly, ""},
				{"烟台市", 2024, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
		{
			name: "values first, a name's own rate under it, bounds, and a value in words",
			text: "一图读懂 | 2026年漯河市政府工作报告\n来源：漯河日报 发布时间：2026-01-14\n2025年工作回顾\n（初步核算数）\n" +
				"2120.4亿元\n地区生产总值\n增长5.6%\n7.9%\n规上工业增加值增长\n2026年主要预期目标\n5.5%左右\n地区生产总值增长\n" +
				"与经济增长同步\n居民人均可支配收入增长\n5.5%以内\n城镇调查失业率\n",
			wants: []fig{
				{"漯河市", 2025, "", Reported, "gdp", 2120.4, Exactly, ""},
				{"漯河市", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"漯河市", 2025, "", Reported, "industry_va_growth", 7.9, Exactly, ""},
				{"漯河市", 2026, "", Planned, "gdp_growth", 5.5, About, ""},
				{"漯河市", 2026, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
			},
			none: []string{"disposable_income_growth"},
		},
		{
			name: "values first, a rate with its verb before the next name: that name's",
			text: "数说醴陵2025年政府工作报告\n数说2024\n3408亿元\n地区生产总值\n增长5.6%\n规模以上工业增加值\n1520亿元\n社会消费品零售总额\n63%\n常住人口城镇化率\n",
			wants: []fig{
				{"醴陵市", 2024, "", Reported, "gdp", 3408, Exactly, ""},
				{"醴陵市", 2024, "", Reported, "industry_va_growth", 5.6, Exactly, ""},
				{"醴陵市", 2024, "", Reported, "retail_sales", 1520, Exactly, ""},
				{"醴陵市", 2024, "", Reported, "urbanization_rate", 63, Exactly, ""},
			},
			none: []string{"gdp_growth", "industry_va", "retail_sales_growth"},
		},
		{
			name: "a bullet's value over a name that carries its own rate, then name-first bullets",
			text: "一图读懂2024年绵阳市政府工作报告\n\n【2023年成绩单】\n● 4038.7亿元\n地区生产总值 增长6.3%\n● 规上工业增加值 增长9.1%\n",
			wants: []fig{
				{"绵阳市", 2023, "", Reported, "gdp", 4038.7, Exactly, ""},
				{"绵阳市", 2023, "", Reported, "gdp_growth", 6.3, Exactly, ""},
				{"绵阳市", 2023, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
			},
			none: []string{"industry_va"},
		},
		{
			name: "a value under a name line with a number of its own is that name's, not the next line's",
			text: "一图读懂2020年武侯区政府工作报告\n2020年主要目标\n引进重大项目50个以上\n其中100亿元以上项目\n3个\n高新技术企业达到\n600家\n空气质量优良天数比例\n达到70%以上\n",
			wants: []fig{
				{"武侯区", 2020, "", Planned, "hitech_enterprises", 600, Exactly, ""},
				{"武侯区", 2020, "", Planned, "air_quality_rate", 70, AtLeast, ""},
			},
		},
		{
			name: "block headings 回眸 and 展望 with a year, and a five-year 回眸",
			text: "数说襄阳2023年政府工作报告\n2023-01-12 来源：襄阳日报\n【回眸2022】\n地区生产总值增长5.1%\n固定资产投资增长12%\n" +
				"【“十三五”回眸】\n地区生产总值年均增长6.8%\n【展望2023】\n地区生产总值增长7%左右\n固定资产投资增长10%以上\n",
			wants: []fig{
				{"襄阳市", 2022, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"襄阳市", 2022, "", Reported, "fai_growth", 12, Exactly, ""},
				{"襄阳市", 2020, "2016-2020", Reported, "gdp_growth", 6.8, Exactly, ""},
				{"襄阳市", 2023, "", Planned, "gdp_growth", 7, About, ""},
				{"襄阳市", 2023, "", Planned, "fai_growth", 10, AtLeast, ""},
			},
		},
		{
			name: "a five-year average in a sentence that also names this year; the year's paragraph after the summary",
			text: "襄阳市人民政府工作报告\n——2022年1月8日在襄阳市第十八届人民代表大会第一次会议上\n一、过去五年工作回顾\n" +
				"五年来，全市地区生产总值年均增长6.2%，今年预计达到5800亿元。\n" +
				"2021年是“十四五”开局之年。全市地区生产总值增长12.4%，固定资产投资增长16.5%。\n",
			wants: []fig{
				{"襄阳市", 2021, "2017-2021", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"襄阳市", 2021, "", Reported, "gdp_growth", 12.4, Exactly, ""},
				{"襄阳市", 2021, "", Reported, "fai_growth", 16.5, Exactly, ""},
			},
		},
	})
}

// A mid-year report: the second half's plan is the year it was given in;
// a county written by its short name and its level word in a list.
func TestReadingMidYearAndShortCountyNames(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name:  "下半年 targets are this year's",
			text:  "关于2021年上半年全市经济运行情况的报告\n——2021年7月20日在威海市第十七届人民代表大会常务委员会第三十次会议上\n一、上半年经济运行基本情况\n上半年，全市地区生产总值增长12.1%。\n二、下半年工作安排\n下半年，确保完成全年地区生产总值增长6%以上的目标。\n",
			wants: []fig{{"威海市", 2021, "", Planned, "gdp_growth", 6, AtLeast, ""}},
		},
		{
			name: "巴里坤县 in a list of units is 巴里坤哈萨克自治县",
			text: "2025年哈密市政府工作报告\n一、2024年工作回顾\n伊州区、巴里坤县、伊吾县地区生产总值分别增长6.9%、8.1%和9.7%。\n",
			wants: []fig{
				{"伊州区", 2024, "", Reported, "gdp_growth", 6.9, Exactly, ""},
				{"巴里坤哈萨克自治县", 2024, "", Reported, "gdp_growth", 8.1, Exactly, ""},
				{"伊吾县", 2024, "", Reported, "gdp_growth", 9.7, Exactly, ""},
			},
		},
		{
			name: "banners by their contracted names in a city's review",
			text: "2024年通辽市政府工作报告\n一、2023年工作回顾\n科左中旗地区生产总值增长7.2%，扎鲁特旗规模以上工业增加值增长11.4%。\n",
			wants: []fig{
				{"科尔沁左翼中旗", 2023, "", Reported, "gdp_growth", 7.2, Exactly, ""},
				{"扎鲁特旗", 2023, "", Reported, "industry_va_growth", 11.4, Exactly, ""},
			},
		},
		{
			name: "a united banner and a left banner named in a list",
			text: "包头市人民政府工作报告\n一、2025年工作回顾\n旗县区发展各具特色，达茂旗一般公共预算收入增长18.3%，土右旗固定资产投资增长12.6%。\n",
			wants: []fig{
				{"达尔罕茂明安联合旗", 2025, "", Reported, "budget_revenue_growth", 18.3, Exactly, ""},
				{"土默特右旗", 2025, "", Reported, "fai_growth", 12.6, Exactly, ""},
			},
		},
	})
}
