package targets

import "testing"

// A clause that names its year relatively (去年…) and ends at a semicolon
// dates the items after it, in a part about this year's targets too.
func TestRelativeYearGoesOnPastTheSemicolon(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a press conference on this year's targets",
			text: "昌吉州举行《政府工作报告》解读新闻发布会\n来源:昌吉日报 发布时间:2024-01-26 10:12\n《政府工作报告》确定的今年主要预期目标\n" +
				"州发展和改革委员会主任:居民收入方面,去年全州城镇居民人均可支配收入达到45360元,增长5.1%;农牧民人均可支配收入26980元,增长8.3%;城镇新增就业1.2万人。今年我们提出城镇居民人均可支配收入增长6%。\n",
			wants: []fig{
				{"昌吉回族自治州", 2023, "", Reported, "urban_disposable_income", 45360, Exactly, ""},
				{"昌吉回族自治州", 2023, "", Reported, "urban_disposable_income_growth", 5.1, Exactly, ""},
				{"昌吉回族自治州", 2023, "", Reported, "rural_disposable_income", 26980, Exactly, ""},
				{"昌吉回族自治州", 2023, "", Reported, "rural_disposable_income_growth", 8.3, Exactly, ""},
				{"昌吉回族自治州", 2023, "", Reported, "new_urban_jobs", 12000, Exactly, ""},
				{"昌吉回族自治州", 2024, "", Planned, "urban_disposable_income_growth", 6, Exactly, ""},
			},
		},
	})
}
