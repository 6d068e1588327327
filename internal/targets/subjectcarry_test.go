package targets

import "testing"

// 其中 goes on with the clause before it: after 全省…,全市…, the sub-item is
// the report's own, not the province's that opened the sentence.
func TestQizhongAfterOwnRegionAgain(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a county's report: the province, then 全县, then 其中",
			text: "平江县2025年政府工作报告\n一、2024年工作回顾\n全省居民人均可支配收入增长5.5%，全县增长6.9%，其中农村居民人均可支配收入增长7.8%。\n",
			wants: []fig{
				{"湖南省", 2024, "", Reported, "disposable_income_growth", 5.5, Exactly, ""},
				{"平江县", 2024, "", Reported, "disposable_income_growth", 6.9, Exactly, ""},
				{"平江县", 2024, "", Reported, "rural_disposable_income_growth", 7.8, Exactly, ""},
			},
		},
		{
			name: "a city's report: revenue, then tax revenue; a 其中 right after 全省 stays the province's",
			text: "岳阳市2025年政府工作报告\n一、2024年工作回顾\n全省一般公共预算收入增长3.2%，全市增长4.5%，其中税收收入增长5.9%。全省地区生产总值增长4.8%，其中规模以上工业增加值增长6.2%。\n",
			wants: []fig{
				{"湖南省", 2024, "", Reported, "budget_revenue_growth", 3.2, Exactly, ""},
				{"岳阳市", 2024, "", Reported, "budget_revenue_growth", 4.5, Exactly, ""},
				{"岳阳市", 2024, "", Reported, "tax_revenue_growth", 5.9, Exactly, ""},
				{"湖南省", 2024, "", Reported, "industry_va_growth", 6.2, Exactly, ""},
			},
		},
	})
}

// Units listed after a semicolon with only a verb or a number take the
// indicator the sentence before was about, as they do after a comma.
func TestUnitsAfterASemicolon(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "growth rates: 分别 then a unit of its own",
			text: "湘西土家族苗族自治州2025年政府工作报告\n一、2024年工作回顾\n全州地区生产总值增长5.1%；吉首市、凤凰县分别增长6.2%和5.8%，泸溪县增长4.9%。\n",
			wants: []fig{
				{"湘西土家族苗族自治州", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"吉首市", 2024, "", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"凤凰县", 2024, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"泸溪县", 2024, "", Reported, "gdp_growth", 4.9, Exactly, ""},
			},
		},
		{
			name: "levels: a unit and its number, then a 分别 list with 完成",
			text: "黑龙江省2019年政府工作报告\n一、2018年工作回顾\n哈尔滨市规模以上工业增加值增长3.1%；大庆市增长2.2%。牡丹江市一般公共预算收入52.4亿元，居第3位；绥化市41.7亿元；鸡西市、双鸭山市分别完成30.5亿元和28.9亿元。\n",
			wants: []fig{
				{"大庆市", 2018, "", Reported, "industry_va_growth", 2.2, Exactly, ""},
				{"绥化市", 2018, "", Reported, "budget_revenue", 41.7, Exactly, ""},
				{"鸡西市", 2018, "", Reported, "budget_revenue", 30.5, Exactly, ""},
				{"双鸭山市", 2018, "", Reported, "budget_revenue", 28.9, Exactly, ""},
			},
		},
	})
}

// A unit whose name opens with a numeral (七台河市, 三台县) holds no number:
// 七台 had been read as seven machines and the list after it lost.
func TestNumeralInAUnitsName(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "an aspect sentence listing 七台河市",
			text: "黑龙江省2019年政府工作报告\n一、2018年工作回顾\n鹤岗市地区生产总值338.2亿元。从增速看，双鸭山市、七台河市分别增长6.1%和5.7%。\n",
			wants: []fig{
				{"双鸭山市", 2018, "", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"七台河市", 2018, "", Reported, "gdp_growth", 5.7, Exactly, ""},
			},
		},
	})
}

// A count after the units listed (衡阳、郴州两市) restates the list: the
// clause goes on as after the names.
func TestCountAfterListedUnits(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a plan's threshold for two cities and a review's for three counties",
			text: "湖南省2026年政府工作报告\n一、2025年工作回顾\n长沙市地区生产总值达到1.6万亿元，浏阳、宁乡、湘乡三市均超过1500亿元。\n二、2026年工作安排\n衡阳市地区生产总值力争增长6%，郴州、永州两市力争迈上3500亿元台阶。\n",
			wants: []fig{
				{"浏阳市", 2025, "", Reported, "gdp", 1500, AtLeast, ""},
				{"宁乡市", 2025, "", Reported, "gdp", 1500, AtLeast, ""},
				{"湘乡市", 2025, "", Reported, "gdp", 1500, AtLeast, ""},
				{"郴州市", 2026, "", Planned, "gdp", 3500, AtLeast, ""},
				{"永州市", 2026, "", Planned, "gdp", 3500, AtLeast, ""},
			},
		},
	})
}

// In a sentence giving other units' figures, a clause that says something
// of one unit with no number (伊春市林区转型步伐加快,) makes the figures after
// it with no owner of their own that unit's.
func TestUnitRemarkBeforeItsFigure(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a province's report ranking its cities, then one city's remark and its growth",
			text: "吉林省2019年政府工作报告\n一、2018年工作回顾\n长春市、四平市地区生产总值分别增长7.2%和4.6%，白山市转型发展步伐加快，地区生产总值增长5.3%。\n",
			wants: []fig{
				{"长春市", 2018, "", Reported, "gdp_growth", 7.2, Exactly, ""},
				{"四平市", 2018, "", Reported, "gdp_growth", 4.6, Exactly, ""},
				{"白山市", 2018, "", Reported, "gdp_growth", 5.3, Exactly, ""},
			},
		},
		{
			name: "a city's report: one county's figure, another county's remark and its revenue",
			text: "赣州市2025年政府工作报告\n一、2024年工作回顾\n南康区规模以上工业增加值增长9.1%，瑞金市红色旅游持续升温，一般公共预算收入增长6.4%。\n",
			wants: []fig{
				{"南康区", 2024, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
				{"瑞金市", 2024, "", Reported, "budget_revenue_growth", 6.4, Exactly, ""},
			},
		},
	})
}

// A rank remark headed by the side of the value it ranks (增速居全市第1位,
// 总量位居全省第三) lets the next unit's value carry the indicator, as a bare
// 居全市第1位 does.
func TestRankRemarkWithItsAspect(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "增速居… then another district's growth; 总量位居… then another county's level",
			text: "南阳市2025年政府工作报告\n一、2024年工作回顾\n宛城区规模以上工业增加值增长8.7%，增速居全市第2位，卧龙区增长7.9%。邓州市地区生产总值512.3亿元，总量位居全市第1位，唐河县401.6亿元。\n",
			wants: []fig{
				{"宛城区", 2024, "", Reported, "industry_va_growth", 8.7, Exactly, ""},
				{"卧龙区", 2024, "", Reported, "industry_va_growth", 7.9, Exactly, ""},
				{"邓州市", 2024, "", Reported, "gdp", 512.3, Exactly, ""},
				{"唐河县", 2024, "", Reported, "gdp", 401.6, Exactly, ""},
			},
		},
	})
}
