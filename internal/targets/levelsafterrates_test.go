package targets

import "testing"

// A 分别 list of levels after a 分别 list of rates for the same subjects
// (城镇、农村居民人均可支配收入分别增长a和b,分别达到X和Y) gives each subject
// its level in order, as rates after levels do.
func TestLevelsAfterRatesList(t *testing.T) {
	head := "淳安县人民政府工作报告\n——2024年1月9日在淳安县第十七届人民代表大会第三次会议上\n一、2023年工作回顾\n"
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "incomes, 分别达到",
			text: head + "城镇、农村居民人均可支配收入分别增长5.1%和7.3%，分别达到61250元和32410元。\n",
			wants: []fig{
				{"淳安县", 2023, "", Reported, "urban_disposable_income_growth", 5.1, Exactly, ""},
				{"淳安县", 2023, "", Reported, "rural_disposable_income_growth", 7.3, Exactly, ""},
				{"淳安县", 2023, "", Reported, "urban_disposable_income", 61250, Exactly, ""},
				{"淳安县", 2023, "", Reported, "rural_disposable_income", 32410, Exactly, ""},
			},
		},
		{
			name: "revenues, the year before the levels",
			text: head + "一般公共预算收入、税收收入分别增长6.2%、4.8%，2023年分别完成38.6亿元、30.2亿元。\n",
			wants: []fig{
				{"淳安县", 2023, "", Reported, "budget_revenue_growth", 6.2, Exactly, ""},
				{"淳安县", 2023, "", Reported, "tax_revenue_growth", 4.8, Exactly, ""},
				{"淳安县", 2023, "", Reported, "budget_revenue", 38.6, Exactly, ""},
				{"淳安县", 2023, "", Reported, "tax_revenue", 30.2, Exactly, ""},
			},
		},
	})
	// Three values after two rates are not the two subjects' levels.
	for _, f := range Extract(head + "城镇、农村居民人均可支配收入分别增长5.1%和7.3%，分别达到61250元、32410元和45600元。\n") {
		if f.Indicator == "urban_disposable_income" && f.Value == 61250 {
			t.Errorf("read %v «%s»: three values do not pair with two subjects", f, f.Quote)
		}
	}
}
