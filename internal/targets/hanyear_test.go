package targets

import "testing"

// A year written in Chinese numerals digit by digit (二〇一七年, 二零二一年,
// 二○二〇年) is read as the digits are: in the title it dates the report,
// in the text it dates the sentence, and 到二〇三〇年 is a target year.
func TestChineseNumeralYears(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "title with 〇, 上年 in the text",
			text: "攸县二〇一七年政府工作报告\n上年,全县规模工业增加值增长7.4%,固定资产投资增长14%。\n",
			wants: []fig{
				{"攸县", 2016, "", Reported, "industry_va_growth", 7.4, Exactly, ""},
				{"攸县", 2016, "", Reported, "fai_growth", 14, Exactly, ""},
			},
		},
		{
			name: "title with 零, year of the review and of the plan in 零",
			text: "衡阳市二零二一年政府工作报告\n二零二零年,全市一般公共预算收入增长3.1%。二零二一年,全市地区生产总值预期增长7%以上。\n",
			wants: []fig{
				{"衡阳市", 2020, "", Reported, "budget_revenue_growth", 3.1, Exactly, ""},
				{"衡阳市", 2021, "", Planned, "gdp_growth", 7, AtLeast, ""},
			},
		},
		{
			name: "title with ○, the text undated",
			text: "湘潭县二○二○年政府工作报告\n过去一年,全县税收收入增长6.3%。\n",
			wants: []fig{
				{"湘潭县", 2019, "", Reported, "tax_revenue_growth", 6.3, Exactly, ""},
			},
		},
		{
			name: "title in 〇, the text's year in digits",
			text: "攸县二〇一七年政府工作报告\n2016年,全县规模工业增加值增长7.4%。\n",
			wants: []fig{
				{"攸县", 2016, "", Reported, "industry_va_growth", 7.4, Exactly, ""},
			},
		},
		{
			name: "a year a line break cuts",
			text: "攸县2017年政府工作报告\n各位代表:过去一年,全县地区生产总值增长7.9%,二〇一\n六年全县固定资产投资增长14%,城镇居民人均可支配收入增长8.6%。\n",
			wants: []fig{
				{"攸县", 2016, "", Reported, "gdp_growth", 7.9, Exactly, ""},
				{"攸县", 2016, "", Reported, "fai_growth", 14, Exactly, ""},
				{"攸县", 2016, "", Reported, "urban_disposable_income_growth", 8.6, Exactly, ""},
			},
		},
		{
			name: "digit title, 到 a year in 〇 is a target year",
			text: "岳阳市2024年政府工作报告\n到二〇三〇年,全市森林覆盖率达到48%。\n",
			wants: []fig{
				{"岳阳市", 2030, "", Planned, "forest_coverage", 48, Exactly, ""},
			},
		},
	})
}

// Only a four-digit 19xx or 20xx counts: a count of years in numerals (二十年)
// or a numeral run before a year-like one is left alone.
func TestChineseNumeralYearsBounds(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"二〇一六年", "2016年"},
		{"一九九八年", "1998年"},
		{"二零二三年,", "2023年,"},
		{"二十年", "二十年"},
		{"三二〇一六年", "三二〇一六年"},
		{"二〇一六", "二〇一六"},
		{"三〇一六年", "三〇一六年"},
	} {
		if got := Normalize(tt.in).String(); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A delivery date written in Chinese numerals (——二〇二二年一月六日在…会议上,
// (二〇二一年十二月二十九日)) dates the report as its digits would: the
// month decides which year is reviewed.
func TestChineseNumeralDeliveryDate(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "January meeting line",
			text: "醴陵市人民政府工作报告\n——二〇二二年一月六日在醴陵市第十七届人民代表大会第一次会议上\n" +
				"过去一年,全市规模工业增加值增长9.1%。今年,全市规模工业增加值增长8%以上。\n",
			wants: []fig{
				{"醴陵市", 2021, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
				{"醴陵市", 2022, "", Planned, "industry_va_growth", 8, AtLeast, ""},
			},
		},
		{
			name: "December date under a title of the next year",
			text: "醴陵市二〇二二年政府工作报告\n(二〇二一年十二月二十九日)\n今年以来,全市固定资产投资增长10.2%。\n",
			wants: []fig{
				{"醴陵市", 2021, "", Reported, "fai_growth", 10.2, Exactly, ""},
			},
		},
	})
	for s, want := range map[string]int{"12": 12, "一": 1, "十": 10, "十二": 12, "二十六": 26, "三十一": 31, "十十": 0, "月": 0} {
		if got := dateNumber(s); got != want {
			t.Errorf("dateNumber(%q) = %d, want %d", s, got, want)
		}
	}
}
