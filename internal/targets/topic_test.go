package targets

import "testing"

// A sentence that turns to one side of the indicator the sentence before
// spoke of (从增速看, 从增幅看, 增速方面) without naming it again gives its
// values to that indicator, and only when the sentence before spoke of one.
func TestAspectSentenceCarriesTopic(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "a province's cities: levels, then 从增速看 with a rank clause before 分别",
				text: "江西省2026年政府工作报告\n一、2025年工作回顾\n" +
					"南昌市地区生产总值突破7500亿元，赣州市、九江市均超过4000亿元。" +
					"从增速看，吉安、上饶、抚州位居全省前三，分别增长6.8%、6.5%和6.3%，萍乡、新余增长6%以上。\n",
				wants: []fig{
					{"南昌市", 2025, "", Reported, "gdp", 7500, AtLeast, ""},
					{"赣州市", 2025, "", Reported, "gdp", 4000, AtLeast, ""},
					{"九江市", 2025, "", Reported, "gdp", 4000, AtLeast, ""},
					{"吉安市", 2025, "", Reported, "gdp_growth", 6.8, Exactly, ""},
					{"上饶市", 2025, "", Reported, "gdp_growth", 6.5, Exactly, ""},
					{"抚州市", 2025, "", Reported, "gdp_growth", 6.3, Exactly, ""},
					{"萍乡市", 2025, "", Reported, "gdp_growth", 6, AtLeast, ""},
					{"新余市", 2025, "", Reported, "gdp_growth", 6, AtLeast, ""},
				},
			},
			not: []fig{{"江西省", 2025, "", Reported, "gdp_growth", 6.8, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "a city's own revenue, then 从增幅看 with no unit named",
				text: "岳阳市2024年政府工作报告\n一、2023年工作回顾\n" +
					"全市一般公共预算收入完成185.6亿元。从增幅看，同比增长6.2%，高于全省平均1.1个百分点。\n",
				wants: []fig{
					{"岳阳市", 2023, "", Reported, "budget_revenue", 185.6, Exactly, ""},
					{"岳阳市", 2023, "", Reported, "budget_revenue_growth", 6.2, Exactly, ""},
				},
			},
		},
		{
			readingCase: readingCase{
				name: "counties after 其中, 从增速看 and a rank clause naming 增速",
				text: "衡阳市2025年政府工作报告\n一、2024年工作回顾\n" +
					"全市规模以上工业增加值增长7.4%。其中，从增速看，常宁市、耒阳市增速位居全市前二，分别增长9.3%和8.9%。\n",
				wants: []fig{
					{"衡阳市", 2024, "", Reported, "industry_va_growth", 7.4, Exactly, ""},
					{"常宁市", 2024, "", Reported, "industry_va_growth", 9.3, Exactly, ""},
					{"耒阳市", 2024, "", Reported, "industry_va_growth", 8.9, Exactly, ""},
				},
			},
			not: []fig{{"衡阳市", 2024, "", Reported, "industry_va_growth", 9.3, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "units named in a shape the list reader does not take: not the report's own",
				text: "衡阳市2025年政府工作报告\n一、2024年工作回顾\n" +
					"全市规模以上工业增加值增长7.4%。其中，从增速看，常宁市、耒阳市增速居全市第2位和第3位，分别增长9.3%和8.9%。\n",
				wants: []fig{
					{"衡阳市", 2024, "", Reported, "industry_va_growth", 7.4, Exactly, ""},
				},
			},
			not: []fig{{"衡阳市", 2024, "", Reported, "industry_va_growth", 9.3, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "the sentence before spoke of two indicators: the rates are nobody's",
				text: "株洲市2026年政府工作报告\n一、2025年工作回顾\n" +
					"全市地区生产总值增长5.1%，一般公共预算收入增长3%。从增速看，醴陵、攸县分别增长6%和5.5%。\n",
				wants: []fig{
					{"株洲市", 2025, "", Reported, "gdp_growth", 5.1, Exactly, ""},
					{"株洲市", 2025, "", Reported, "budget_revenue_growth", 3, Exactly, ""},
				},
			},
			not: []fig{{"醴陵市", 2025, "", Reported, "gdp_growth", 6, Exactly, ""}, {"醴陵市", 2025, "", Reported, "budget_revenue_growth", 6, Exactly, ""}, {"株洲市", 2025, "", Reported, "budget_revenue_growth", 6, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "a sentence with no figure between: the topic is over",
				text: "宜春市2026年政府工作报告\n一、2025年工作回顾\n" +
					"全市地区生产总值达到3780亿元。区域发展更加协调。从增速看，樟树、丰城分别增长6.6%和6.1%。\n",
				wants: []fig{
					{"宜春市", 2025, "", Reported, "gdp", 3780, Exactly, ""},
				},
			},
			not: []fig{{"樟树市", 2025, "", Reported, "gdp_growth", 6.6, Exactly, ""}, {"宜春市", 2025, "", Reported, "gdp_growth", 6.6, Exactly, ""}},
		},
	})
}
