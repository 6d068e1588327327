package targets

import "testing"

// The income of a group of residents (低收入农户, 脱贫人口, 脱贫户) is not
// the catalogue's per-capita disposable income, beside which it stands in
// the plan; the residents' own figures are still read.
func TestIncomeOfAGroupIsNotDisposableIncome(t *testing.T) {
	head := "德清县2024年政府工作报告\n——2024年1月12日在德清县第十七届人民代表大会第四次会议上\n"
	checkReading(t, []readingCase{
		{
			name: "低收入农户 in the work plan",
			text: head + "二、2024年工作安排\n城乡居民人均可支配收入分别增长6%、7%。（六）扎实推动共同富裕。低收入农户人均可支配收入增长13%以上。\n",
			wants: []fig{
				{"德清县", 2024, "", Planned, "urban_disposable_income_growth", 6, Exactly, ""},
				{"德清县", 2024, "", Planned, "rural_disposable_income_growth", 7, Exactly, ""},
			},
			none: []string{"disposable_income_growth", "disposable_income"},
		},
		{
			name: "脱贫人口 and 脱贫户 in the review",
			text: head + "一、2023年工作回顾\n脱贫人口人均可支配收入达到16800元，增长14.2%；脱贫户人均可支配收入增长12.5%。全体居民人均可支配收入增长6.1%。\n",
			wants: []fig{
				{"德清县", 2023, "", Reported, "disposable_income_growth", 6.1, Exactly, ""},
			},
			none: []string{"disposable_income"},
		},
	})
	for _, f := range Extract(head + "一、2023年工作回顾\n脱贫人口人均可支配收入达到16800元，增长14.2%；脱贫户人均可支配收入增长12.5%。全体居民人均可支配收入增长6.1%。\n") {
		if f.Value == 14.2 || f.Value == 12.5 || f.Value == 16800 {
			t.Errorf("read %v «%s»: a group's income", f, f.Quote)
		}
	}
}
