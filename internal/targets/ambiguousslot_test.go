package targets

import "testing"

// An ambiguous subject heading a list of levels (财政收入, 一般公共预算总收入)
// keeps its place when a 分别 of rates follows the list: the second rate is
// the second item's, and the first rate is nobody's.
func TestAmbiguousSlotKeepsItsPlaceForRates(t *testing.T) {
	head := "莆田市2024年政府工作报告\n——2024年1月10日在莆田市第八届人民代表大会第四次会议上\n一、2023年工作回顾\n"
	checkReading(t, []readingCase{
		{
			name: "bare 财政收入 first, 分别增长 after",
			text: head + "财政收入、地方一般公共预算收入分别完成180.3亿元、112.6亿元，分别增长3.2%、4.5%。\n",
			wants: []fig{
				{"莆田市", 2023, "", Reported, "local_budget_revenue", 112.6, Exactly, ""},
				{"莆田市", 2023, "", Reported, "local_budget_revenue_growth", 4.5, Exactly, ""},
			},
		},
		{
			name: "一般公共预算总收入 first, 同口径分别增长 after",
			text: head + "一般公共预算总收入、地方一般公共预算收入分别完成180.3亿元、112.6亿元，同口径分别增长3.2%、4.5%。\n",
			wants: []fig{
				{"莆田市", 2023, "", Reported, "local_budget_revenue", 112.6, Exactly, ""},
				{"莆田市", 2023, "", Reported, "local_budget_revenue_growth", 4.5, Exactly, ""},
			},
		},
	})
	for _, text := range []string{
		head + "财政收入、地方一般公共预算收入分别完成180.3亿元、112.6亿元，分别增长3.2%、4.5%。\n",
		head + "一般公共预算总收入、地方一般公共预算收入分别完成180.3亿元、112.6亿元，同口径分别增长3.2%、4.5%。\n",
	} {
		for _, f := range Extract(text) {
			if f.Value == 3.2 || f.Value == 180.3 {
				t.Errorf("read %v «%s»: the ambiguous subject's value is nobody's", f, f.Quote)
			}
		}
	}
}

// A list whose items are all known is read as before: each level and each
// rate its own item's.
func TestKnownListWithRatesAfterLevels(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "财政总收入 and 地方一般公共预算收入",
		text: "莆田市2024年政府工作报告\n——2024年1月10日在莆田市第八届人民代表大会第四次会议上\n一、2023年工作回顾\n" +
			"财政总收入、地方一般公共预算收入分别完成180.3亿元、112.6亿元，分别增长3.2%、4.5%。\n",
		wants: []fig{
			{"莆田市", 2023, "", Reported, "fiscal_revenue", 180.3, Exactly, ""},
			{"莆田市", 2023, "", Reported, "fiscal_revenue_growth", 3.2, Exactly, ""},
			{"莆田市", 2023, "", Reported, "local_budget_revenue", 112.6, Exactly, ""},
			{"莆田市", 2023, "", Reported, "local_budget_revenue_growth", 4.5, Exactly, ""},
		},
	}})
}
