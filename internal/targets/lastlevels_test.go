package targets

import "testing"

// A 分别 list of rates after a list of levels is the growth of those
// levels, in order; where the sentence stated other levels before (each
// with or without its own rate), the rates are the last levels'.
func TestRatesOfTheLastLevels(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a level with its rate first",
			text: "黔东南州2025年政府工作报告\n一、2024年工作回顾\n全州地区生产总值完成1350.2亿元、增长5.3%,城乡居民人均可支配收入分别达到38560元和14210元,分别增长4.2%和6.9%。\n",
			wants: []fig{
				{"黔东南苗族侗族自治州", 2024, "", Reported, "gdp", 1350.2, Exactly, ""},
				{"黔东南苗族侗族自治州", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""},
				{"黔东南苗族侗族自治州", 2024, "", Reported, "urban_disposable_income", 38560, Exactly, ""},
				{"黔东南苗族侗族自治州", 2024, "", Reported, "rural_disposable_income", 14210, Exactly, ""},
				{"黔东南苗族侗族自治州", 2024, "", Reported, "urban_disposable_income_growth", 4.2, Exactly, ""},
				{"黔东南苗族侗族自治州", 2024, "", Reported, "rural_disposable_income_growth", 6.9, Exactly, ""},
			},
		},
		{
			name: "levels with no rate first",
			text: "岳西县2024年政府工作报告\n2023年,全县社会消费品零售总额62.5亿元,一般公共预算收入完成9.3亿元,城镇、农村居民人均可支配收入分别达到41020元、18630元,分别增长5.1%、7.8%。\n",
			wants: []fig{
				{"岳西县", 2023, "", Reported, "retail_sales", 62.5, Exactly, ""},
				{"岳西县", 2023, "", Reported, "budget_revenue", 9.3, Exactly, ""},
				{"岳西县", 2023, "", Reported, "urban_disposable_income", 41020, Exactly, ""},
				{"岳西县", 2023, "", Reported, "rural_disposable_income", 18630, Exactly, ""},
				{"岳西县", 2023, "", Reported, "urban_disposable_income_growth", 5.1, Exactly, ""},
				{"岳西县", 2023, "", Reported, "rural_disposable_income_growth", 7.8, Exactly, ""},
			},
		},
		{
			name: "three levels, the last two's rates, in traditional script",
			text: "恩平市2024年政府工作報告\n2023年,全市地區生產總值285.3億元,規模以上工業增加值45.2億元,社會消費品零售總額110.4億元,分別增長4.6%、3.9%。\n",
			wants: []fig{
				{"恩平市", 2023, "", Reported, "gdp", 285.3, Exactly, ""},
				{"恩平市", 2023, "", Reported, "industry_va", 45.2, Exactly, ""},
				{"恩平市", 2023, "", Reported, "industry_va_growth", 4.6, Exactly, ""},
				{"恩平市", 2023, "", Reported, "retail_sales", 110.4, Exactly, ""},
				{"恩平市", 2023, "", Reported, "retail_sales_growth", 3.9, Exactly, ""},
			},
		},
	})
}
