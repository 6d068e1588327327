package targets

import "testing"

// A line that ends on an indicator's name, with the next opening on a verb
// that takes a value and its number (一般公共预算收入\n完成286.5亿元), is one
// sentence broken by the copy: the figure is read, and a 预计 that opens the
// sentence still covers the clauses after the break.
func TestWrapBeforeValueVerb(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "完成 after the break",
			text: "六盘水市2024年政府工作报告\n——2024年1月20日在六盘水市第九届人民代表大会第四次会议上\n一、2023年工作回顾\n" +
				"全市税收收入\n完成68.2亿元、增长5.4%；固定资产投资增长3.1%。\n",
			wants: []fig{
				{"六盘水市", 2023, "", Reported, "tax_revenue", 68.2, Exactly, ""},
				{"六盘水市", 2023, "", Reported, "tax_revenue_growth", 5.4, Exactly, ""},
				{"六盘水市", 2023, "", Reported, "fai_growth", 3.1, Exactly, ""},
			},
		},
		{
			name: "达到 after the break",
			text: "六盘水市2024年政府工作报告\n——2024年1月20日在六盘水市第九届人民代表大会第四次会议上\n一、2023年工作回顾\n" +
				"全市地方一般公共预算收入\n达到86.4亿元，增长6.2%。\n",
			wants: []fig{
				{"六盘水市", 2023, "", Reported, "local_budget_revenue", 86.4, Exactly, ""},
				{"六盘水市", 2023, "", Reported, "local_budget_revenue_growth", 6.2, Exactly, ""},
			},
		},
	})
	text := "铜仁市2024年政府工作报告\n——2024年1月18日在铜仁市第四届人民代表大会第四次会议上\n一、2023年工作回顾\n" +
		"预计全市地区生产总值增长5.1%；一般公共预算收入\n完成75.6亿元；城镇和农村居民人均可支配收入分别增长4.3%、7.2%。\n" +
		"全年接待游客9800万人次。\n"
	want := map[string]bool{"gdp_growth": true, "budget_revenue": true, "urban_disposable_income_growth": true,
		"rural_disposable_income_growth": true, "tourists": false}
	got := map[string]bool{}
	for _, f := range Extract(text) {
		if p, ok := want[f.Indicator]; ok {
			got[f.Indicator] = true
			if f.Preliminary != p {
				t.Errorf("%v «%s»: preliminary %v, want %v", f, f.Quote, f.Preliminary, p)
			}
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("no %s read", k)
		}
	}
}

// A line that ends on a name with a year opening the next line stays a
// paragraph end: 2023年完成… opens a sentence of its own.
func TestWrapKeepsYearOpeningNextLine(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "a heading naming an indicator, then a year",
		text: "铜仁市2024年政府工作报告\n——2024年1月18日在铜仁市第四届人民代表大会第四次会议上\n" +
			"二、2024年工作安排\n地区生产总值\n2023年完成1650亿元。今年力争增长6%。\n",
		wants: []fig{
			{"铜仁市", 2023, "", Reported, "gdp", 1650, Exactly, ""},
			{"铜仁市", 2024, "", Planned, "gdp_growth", 6, Exactly, ""},
		},
	}})
}
