package targets

import "testing"

// A list of years before one indicator and a 分别 (2021年、2022年,…分别增长a、b)
// gives each year its own value, in order, when there are as many values
// as years; a list that mixes a result's year with the plan's, a count that
// does not match, and years that are bases are not read that way.
func TestYearListRespective(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "two years opening the sentence",
		text: "湘潭市2025年政府工作报告\n2023年、2024年，全市一般公共预算收入分别增长3.2%、5.5%。\n",
		wants: []fig{
			{"湘潭市", 2023, "", Reported, "budget_revenue_growth", 3.2, Exactly, ""},
			{"湘潭市", 2024, "", Reported, "budget_revenue_growth", 5.5, Exactly, ""},
		},
	}, {
		name: "three years after the indicator, joined by 和",
		text: "茶陵县2025年政府工作报告\n全县固定资产投资2022年、2023年和2024年分别增长9.1%、7.4%、6%。\n",
		wants: []fig{
			{"茶陵县", 2022, "", Reported, "fai_growth", 9.1, Exactly, ""},
			{"茶陵县", 2023, "", Reported, "fai_growth", 7.4, Exactly, ""},
			{"茶陵县", 2024, "", Reported, "fai_growth", 6, Exactly, ""},
		},
	}, {
		name: "levels then rates of the two years",
		text: "湘潭市2025年政府工作报告\n2023年、2024年，全市地区生产总值分别达到2800亿元、2950亿元，分别增长4.9%、5.3%。\n",
		wants: []fig{
			{"湘潭市", 2023, "", Reported, "gdp", 2800, Exactly, ""},
			{"湘潭市", 2024, "", Reported, "gdp", 2950, Exactly, ""},
			{"湘潭市", 2023, "", Reported, "gdp_growth", 4.9, Exactly, ""},
			{"湘潭市", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""},
		},
	}, {
		name: "a past year and the plan's year: only the first, as before",
		text: "湘潭市2025年政府工作报告\n2024年、2025年，全市地区生产总值分别增长5.3%、5.5%左右。\n",
		none: []string{"gdp"},
		wants: []fig{
			{"湘潭市", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""},
		},
	}, {
		name: "more values than years",
		text: "湘潭市2025年政府工作报告\n2023年、2024年，全市地区生产总值分别增长4.9%、5.3%、6%。\n",
		wants: []fig{
			{"湘潭市", 2023, "", Reported, "gdp_growth", 4.9, Exactly, ""},
		},
	}})
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "two indicators for two years keep the sentence's way",
			text: "湘潭市2025年政府工作报告\n2023年、2024年，全市地区生产总值、一般公共预算收入分别增长4.9%、5.3%。\n",
		},
		not: []fig{
			{"湘潭市", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""},
			{"湘潭市", 2024, "", Reported, "budget_revenue_growth", 5.3, Exactly, ""},
		},
	}, {
		readingCase: readingCase{
			name: "years that are the bases",
			text: "湘潭市2025年政府工作报告\n与2022年、2023年相比，全市地区生产总值分别增长10.4%、5.3%。\n",
		},
		not: []fig{
			{"湘潭市", 2023, "", Reported, "gdp_growth", 5.3, Exactly, ""},
		},
	}})
}

// A list of a result's year and the plan's with no bound word: the result
// alone, the plan's year never read as a result.
func TestYearListMixedKinds(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "2024 and 2025 in a 2025 report",
		text: "湘潭市2025年政府工作报告\n2024年、2025年，全市规模工业增加值分别增长6.8%、7%。\n",
		wants: []fig{
			{"湘潭市", 2024, "", Reported, "industry_va_growth", 6.8, Exactly, ""},
		},
	}})
}
