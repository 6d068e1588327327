package targets

import "testing"

// The report's own region inside a list of units a 分别 gives one value
// each keeps its place: every unit gets the value in its own position, and
// the own region's is the report's figure.
func TestOwnRegionInUnitList(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "全市 heads the list, joined by 及",
			text: "赣州市2026年政府工作报告\n一、2025年工作回顾\n" +
				"全市及瑞金市、南康区、信丰县规模以上工业增加值分别增长7.3%、8%、6.6%和9.1%。\n",
			wants: []fig{
				{"赣州市", 2025, "", Reported, "industry_va_growth", 7.3, Exactly, ""},
				{"瑞金市", 2025, "", Reported, "industry_va_growth", 8, Exactly, ""},
				{"南康区", 2025, "", Reported, "industry_va_growth", 6.6, Exactly, ""},
				{"信丰县", 2025, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
			},
		},
		{
			name: "我县 heads a list of two, joined by 与",
			text: "长兴县2026年政府工作报告\n一、2025年工作回顾\n" +
				"我县与德清县一般公共预算收入分别增长3.8%和4.6%。\n",
			wants: []fig{
				{"长兴县", 2025, "", Reported, "budget_revenue_growth", 3.8, Exactly, ""},
				{"德清县", 2025, "", Reported, "budget_revenue_growth", 4.6, Exactly, ""},
			},
		},
		{
			name: "the report's own name first, before a count of the units",
			text: "绵阳市2026年政府工作报告\n一、2025年工作回顾\n" +
				"绵阳、德阳两市地区生产总值分别增长6.2%和5.7%。\n",
			wants: []fig{
				{"绵阳市", 2025, "", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"德阳市", 2025, "", Reported, "gdp_growth", 5.7, Exactly, ""},
			},
		},
		{
			name: "the report's own name in the middle of the list",
			text: "宜宾市2026年政府工作报告\n一、2025年工作回顾\n" +
				"泸州、宜宾、自贡三市外贸进出口分别增长11%、14.5%和9%。\n",
			wants: []fig{
				{"泸州市", 2025, "", Reported, "import_export_growth", 11, Exactly, ""},
				{"宜宾市", 2025, "", Reported, "import_export_growth", 14.5, Exactly, ""},
				{"自贡市", 2025, "", Reported, "import_export_growth", 9, Exactly, ""},
			},
		},
		{
			name: "我市 last in the list",
			text: "昆山市2026年政府工作报告\n一、2025年工作回顾\n" +
				"苏州市和我市地区生产总值分别增长5.4%和5.9%。\n",
			wants: []fig{
				{"苏州市", 2025, "", Reported, "gdp_growth", 5.4, Exactly, ""},
				{"昆山市", 2025, "", Reported, "gdp_growth", 5.9, Exactly, ""},
			},
		},
		{
			name: "全省 in a province's report, a city after it",
			text: "四川省2026年政府工作报告\n一、2025年工作回顾\n" +
				"全省和成都市规模以上工业增加值分别增长6.1%和5.4%。\n",
			wants: []fig{
				{"四川省", 2025, "", Reported, "industry_va_growth", 6.1, Exactly, ""},
				{"成都市", 2025, "", Reported, "industry_va_growth", 5.4, Exactly, ""},
			},
		},
		{
			name: "全省 in a city's report is its province, 我市 the city",
			text: "南充市2026年政府工作报告\n一、2025年工作回顾\n" +
				"全省和我市地区生产总值分别增长5.8%和6.3%。\n",
			wants: []fig{
				{"四川省", 2025, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"南充市", 2025, "", Reported, "gdp_growth", 6.3, Exactly, ""},
			},
		},
		{
			name: "joined by 、 and 和, a remark after the values",
			text: "赣州市2026年政府工作报告\n一、2025年工作回顾\n" +
				"全市、瑞金市和信丰县地区生产总值分别增长5.1%、6.4%和5.5%，均高于全省平均水平。\n",
			wants: []fig{
				{"赣州市", 2025, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"瑞金市", 2025, "", Reported, "gdp_growth", 6.4, Exactly, ""},
				{"信丰县", 2025, "", Reported, "gdp_growth", 5.5, Exactly, ""},
			},
		},
		{
			name: "全市 heads a list of units that climb steps with no noun",
			text: "赣州市2026年政府工作报告\n一、2025年工作回顾\n" +
				"全市和瑞金市分别迈上5000亿元和600亿元台阶。\n",
			wants: []fig{
				{"赣州市", 2025, "", Reported, "gdp", 5000, AtLeast, ""},
				{"瑞金市", 2025, "", Reported, "gdp", 600, AtLeast, ""},
			},
		},
		{
			name: "a word for a whole region the report cannot place heads the list: no value is shifted",
			text: "赣州市2026年政府工作报告\n一、2025年工作回顾\n" +
				"全区和瑞金市一般公共预算收入分别增长2.2%和3.1%。\n",
			none: []string{"budget_revenue_growth"},
		},
	})
}

// Units listed with 、 before 均, in a clause after another unit's, all
// share the value: the list is the clause's subject, not its last unit.
func TestUnitListBeforeJun(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "two units after another unit's clause",
			text: "湖南省2026年政府工作报告\n一、2025年工作回顾\n" +
				"长沙市地区生产总值达到1.6万亿元，岳阳、常德均超过5000亿元。\n",
			wants: []fig{
				{"长沙市", 2025, "", Reported, "gdp", 16000, Exactly, ""},
				{"岳阳市", 2025, "", Reported, "gdp", 5000, AtLeast, ""},
				{"常德市", 2025, "", Reported, "gdp", 5000, AtLeast, ""},
			},
		},
		{
			name: "three units, two clauses after the first",
			text: "湖南省2026年政府工作报告\n一、2025年工作回顾\n" +
				"长沙市地区生产总值迈上1.6万亿元台阶，岳阳市达到5200亿元，常德市、衡阳市、株洲市均突破4000亿元。\n",
			wants: []fig{
				{"岳阳市", 2025, "", Reported, "gdp", 5200, Exactly, ""},
				{"常德市", 2025, "", Reported, "gdp", 4000, AtLeast, ""},
				{"衡阳市", 2025, "", Reported, "gdp", 4000, AtLeast, ""},
				{"株洲市", 2025, "", Reported, "gdp", 4000, AtLeast, ""},
			},
		},
	})
}
