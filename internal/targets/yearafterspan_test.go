package targets

import "testing"

// A review part that names a five-year plan and its last year (一、“十三五”
// 时期和2020年工作回顾) gives the five years first, then a paragraph that
// opens on the last year (2020年,面对…): from there on, the part's numbered
// items included, the figures are that year's, with no period. The summary's
// own 年均 rates keep theirs.
func TestYearParagraphAfterFiveYears(t *testing.T) {
	head := "宁国市人民政府工作报告\n——2021年1月15日在宁国市第十七届人民代表大会第五次会议上\n"
	five := "五年来，全市地区生产总值年均增长7.9%，一般公共预算收入年均增长8.6%，五年累计新增城镇就业3.2万人。\n"
	items := "（二）聚力产业升级。全年新开工亿元以上项目46个，新增高新技术企业38家；港口镇、梅林镇规模以上工业增加值分别增长9.1%和7.7%。\n" +
		"（三）聚力乡村振兴。中溪镇农村居民人均可支配收入增长8.4%。\n"
	wants := []fig{
		{"宁国市", 2020, "2016-2020", Reported, "gdp_growth", 7.9, Exactly, ""},
		{"宁国市", 2020, "2016-2020", Reported, "budget_revenue_growth", 8.6, Exactly, ""},
		{"宁国市", 2020, "2016-2020", Reported, "new_urban_jobs", 32000, Exactly, ""},
		{"宁国市", 2020, "", Reported, "projects_started", 46, Exactly, ""},
		{"宁国市", 2020, "", Reported, "hitech_enterprises_new", 38, Exactly, ""},
		{"港口镇", 2020, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
		{"梅林镇", 2020, "", Reported, "industry_va_growth", 7.7, Exactly, ""},
		{"中溪镇", 2020, "", Reported, "rural_disposable_income_growth", 8.4, Exactly, ""},
	}
	not := []fig{
		{"宁国市", 2020, "2016-2020", Reported, "projects_started", 46, Exactly, ""},
		{"宁国市", 2020, "2016-2020", Reported, "hitech_enterprises_new", 38, Exactly, ""},
		{"宁国市", 2020, "", Reported, "gdp_growth", 7.9, Exactly, ""},
	}
	for _, tt := range []struct{ name, part, year string }{
		{"时期和, a year paragraph without figures", "一、“十三五”时期和2020年工作回顾\n",
			"2020年，面对新冠肺炎疫情的严重冲击，全市上下迎难而上，经济社会发展稳中有进。\n"},
		{"及, a year paragraph with figures", "一、“十三五”及2020年工作回顾\n",
			"2020年，全市地区生产总值增长4.2%，固定资产投资增长6.3%。\n"},
	} {
		checkRegions(t, []regionCase{{
			readingCase: readingCase{name: tt.name, text: head + tt.part + five + tt.year + items, wants: wants},
			not:         not,
		}})
	}
	// The year named inside a summary paragraph, not opening one, leaves
	// the five years open.
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "a year inside the summary",
			text: head + "一、“十三五”时期和2020年工作回顾\n五年来，全市地区生产总值年均增长7.9%，2020年，全市常住人口城镇化率达到58.6%，一般公共预算收入年均增长8.6%。\n",
			wants: []fig{
				{"宁国市", 2020, "2016-2020", Reported, "gdp_growth", 7.9, Exactly, ""},
				{"宁国市", 2020, "2016-2020", Reported, "budget_revenue_growth", 8.6, Exactly, ""},
			},
		},
		not: []fig{{"宁国市", 2020, "", Reported, "budget_revenue_growth", 8.6, Exactly, ""}},
	}})
}
