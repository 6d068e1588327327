package targets

import "testing"

// A year's rate followed by its average over the years counted (增长8%,两年
// 平均增长6.1%, in the review of 2021 after the epidemic year) gives both:
// the year's, and the average with the years it spans.
func TestAverageOverTheYearsCounted(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "两年平均 after the year's rate",
			text: "福建省2022年政府工作报告\n一、2021年工作回顾\n全省地区生产总值达到4.89万亿元,增长8%,两年平均增长6.1%;规模以上工业增加值增长9.9%,两年平均增长6.7%。\n",
			wants: []fig{
				{"福建省", 2021, "", Reported, "gdp", 48900, Exactly, ""},
				{"福建省", 2021, "", Reported, "gdp_growth", 8, Exactly, ""},
				{"福建省", 2021, "2020-2021", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"福建省", 2021, "", Reported, "industry_va_growth", 9.9, Exactly, ""},
				{"福建省", 2021, "2020-2021", Reported, "industry_va_growth", 6.7, Exactly, ""},
			},
		},
		{
			name: "三年平均, a fall, traditional script",
			text: "珠海市2023年政府工作報告\n一、2022年工作回顧\n全市社會消費品零售總額下降2.1%,三年平均下降1.2%。\n",
			wants: []fig{
				{"珠海市", 2022, "", Reported, "retail_sales_growth", -2.1, Exactly, ""},
				{"珠海市", 2022, "2020-2022", Reported, "retail_sales_growth", -1.2, Exactly, ""},
			},
		},
		{
			name: "years ahead are no span of the review",
			text: "福建省2022年政府工作报告\n一、2021年工作回顾\n全省地区生产总值增长8%,今后两年平均增长7%以上。\n",
			wants: []fig{
				{"福建省", 2021, "", Reported, "gdp_growth", 8, Exactly, ""},
			},
		},
	})
}
