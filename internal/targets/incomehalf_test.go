package targets

import "testing"

// The second group of an urban and rural income pair named alone (…,农村
// 居民增长10.6%) is that group's income; a noun of its own after the group
// (农村居民人均消费支出) is another indicator.
func TestIncomeHalfNamedAlone(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "rates, urban first",
			text: "福建省2022年政府工作报告\n一、2021年工作回顾\n城镇居民人均可支配收入增长7.9%,农村居民增长10.6%。\n",
			wants: []fig{
				{"福建省", 2021, "", Reported, "urban_disposable_income_growth", 7.9, Exactly, ""},
				{"福建省", 2021, "", Reported, "rural_disposable_income_growth", 10.6, Exactly, ""},
			},
		},
		{
			name: "levels and rates, rural first, 常住",
			text: "渭南市2024年政府工作报告\n一、2023年工作回顾\n农村常住居民人均可支配收入16230元、增长7.6%;城镇常住居民41880元、增长4.9%。\n",
			wants: []fig{
				{"渭南市", 2023, "", Reported, "rural_disposable_income", 16230, Exactly, ""},
				{"渭南市", 2023, "", Reported, "rural_disposable_income_growth", 7.6, Exactly, ""},
				{"渭南市", 2023, "", Reported, "urban_disposable_income", 41880, Exactly, ""},
				{"渭南市", 2023, "", Reported, "urban_disposable_income_growth", 4.9, Exactly, ""},
			},
		},
		{
			name: "targets",
			text: "渭南市2024年政府工作报告\n今年主要预期目标:城镇居民人均可支配收入增长5%,农村居民增长7%。\n",
			wants: []fig{
				{"渭南市", 2024, "", Planned, "urban_disposable_income_growth", 5, Exactly, ""},
				{"渭南市", 2024, "", Planned, "rural_disposable_income_growth", 7, Exactly, ""},
			},
		},
		{
			name: "a noun of its own is another indicator",
			text: "福建省2022年政府工作报告\n一、2021年工作回顾\n城镇居民人均可支配收入增长7.9%,农村居民人均消费支出增长10.6%。\n",
			wants: []fig{
				{"福建省", 2021, "", Reported, "urban_disposable_income_growth", 7.9, Exactly, ""},
			},
		},
		{
			name: "traditional script",
			text: "汕頭市2020年政府工作報告\n一、2019年工作回顧\n城鎮居民人均可支配收入增長8.1%,農村居民增長9.2%。\n",
			wants: []fig{
				{"汕头市", 2019, "", Reported, "urban_disposable_income_growth", 8.1, Exactly, ""},
				{"汕头市", 2019, "", Reported, "rural_disposable_income_growth", 9.2, Exactly, ""},
			},
		},
	})
}
